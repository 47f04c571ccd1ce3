import { Anchor, Button, Card, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Link } from 'react-router-dom';
import { type AgendaItem, type Proposal } from '../../domain/schemas';
import { AGENDA_OUTCOME_LABELS, AGENDA_OUTCOMES, type AgendaOutcome } from '../../domain/vocabulary';
import { MoveButtons } from '../../ui/MoveButtons';
import { StatusBadge } from '../../ui/StatusBadge';
import { DecisionText } from './DecisionText';

const OPEN = 'offen';
const OUTCOME_OPTIONS = [{ value: OPEN, label: 'noch offen' }, ...AGENDA_OUTCOMES.map((o) => ({ value: o, label: AGENDA_OUTCOME_LABELS[o] }))];

interface Props {
  meetingId: string;
  item: AgendaItem;
  position: number;
  count: number;
  proposal: Proposal | undefined;
  name: string;
  onMove(toIndex: number): void;
  onRemove(): void;
  onOutcome(outcome: AgendaOutcome | null): void;
}

/**
 * One TOP: the handle drags it (mouse, or keyboard: Space, arrows, Space), „Nach oben“ /
 * „Nach unten“ move it one place for those who prefer a plain button. The buttons stay
 * focusable at the ends of the list (marked disabled), so the focus never drops to the page.
 */
export function AgendaItemCard({ meetingId, item, position, count, proposal, name, onMove, onRemove, onOutcome }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    attributes: { roleDescription: 'verschiebbarer Tagesordnungspunkt' },
  });
  const first = position === 1;
  const last = position === count;
  return (
    <Card
      withBorder
      ref={setNodeRef}
      component="li"
      data-testid="agenda-item"
      style={{ transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 2 : undefined, listStyle: 'none' }}
      shadow={isDragging ? 'md' : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Button
            ref={setActivatorNodeRef}
            variant="default"
            size="compact-sm"
            aria-label={`TOP ${position} „${name}“ verschieben`}
            style={{ cursor: 'grab', touchAction: 'none' }}
            {...attributes}
            {...listeners}
          >
            ⠿
          </Button>
          <div>
            <Text fw={700} component="span" mr="xs">
              TOP {position}
            </Text>
            {proposal ? (
              <Anchor component={Link} to={`/vorschlaege/${proposal.id}`} fw={600}>
                {name}
              </Anchor>
            ) : (
              <Text component="span">Vorschlag nicht gefunden</Text>
            )}{' '}
            {proposal ? <StatusBadge status={proposal.status} /> : null}
          </div>
        </Group>
        <Group gap={4} wrap="nowrap">
          <MoveButtons name={`„${name}“`} first={first} last={last} onUp={() => onMove(position - 2)} onDown={() => onMove(position)} />
          <Button size="compact-sm" variant="subtle" color="red" aria-label={`„${name}“ von der Tagesordnung nehmen`} onClick={onRemove}>
            Entfernen
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} mt="sm">
        <div style={{ gridColumn: 'span 2' }}>
          <DecisionText meetingId={meetingId} itemId={item.id} stored={item.decisionRequested} label={`Beschlussvorschlag zu „${name}“`} />
        </div>
        <Select
          label="Ergebnis"
          aria-label={`Ergebnis zu „${name}“`}
          data={OUTCOME_OPTIONS}
          value={item.outcome ?? OPEN}
          onChange={(v) => v && v !== (item.outcome ?? OPEN) && onOutcome(v === OPEN ? null : (v as AgendaOutcome))}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      {/* Print hides form fields: the printed agenda still needs the decision asked for and the outcome. */}
      <div className="print-only" data-testid="agenda-item-print">
        <Text mt="xs">
          <strong>Beschlussvorschlag:</strong> {item.decisionRequested.trim() || '–'}
        </Text>
        <Text>
          <strong>Ergebnis:</strong> {item.outcome ? AGENDA_OUTCOME_LABELS[item.outcome] : 'noch offen'}
        </Text>
      </div>
    </Card>
  );
}
