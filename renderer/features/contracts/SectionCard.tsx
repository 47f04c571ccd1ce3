import { Button, Card, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback } from 'react';
import { setSectionComment, updateSection } from '../../data/repositories/contracts';
import { sectionNumber, type ContractSection } from '../../domain/contracts/model';
import { useDb } from '../../state/DbContext';
import { useReportPending } from './editor/flushRegistry';
import { SectionEditor } from './editor/SectionEditor';
import { useFieldDraft } from '../../ui/useFieldDraft';
import { MoveButtons } from '../../ui/MoveButtons';

interface Props {
  contractId: string;
  section: ContractSection;
  index: number;
  count: number;
  onMove(sectionId: string, toIndex: number): void;
  onRemove(section: ContractSection): void;
}

const sectionName = (index: number, section: ContractSection) => `${sectionNumber(index)} ${section.heading.trim() || 'ohne Überschrift'}`;

/**
 * One section: the handle drags it (mouse, or keyboard: Space, arrows, Space), „Nach oben“ /
 * „Nach unten“ move it one place; the heading, the text (TipTap) and the internal note are
 * each saved on their own, so typing in one never rewrites another.
 */
export const SectionCard = memo(function SectionCard(props: Props) {
  const { section } = props;
  // useSortable reads dnd-kit's context, which changes whenever the list renders (after
  // every save): this shell renders then, the body below (fields, editor, autosizing note)
  // only when its own section changed. In a 100-section contract that is the difference
  // between one card and a hundred after each autosave.
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: section.id,
    attributes: { roleDescription: 'verschiebbarer Abschnitt' },
  });
  return (
    <Card
      withBorder
      ref={setNodeRef}
      component="li"
      className="contract-section-card"
      data-testid="contract-section"
      style={{ transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 2 : undefined, listStyle: 'none' }}
      shadow={isDragging ? 'md' : undefined}
    >
      <SectionBody {...props} handle={{ attributes, listeners, ref: setActivatorNodeRef }} />
    </Card>
  );
}, sameCard);

/** What the drag handle needs from useSortable (its listeners act on the shell's node). */
interface Handle {
  attributes: ReturnType<typeof useSortable>['attributes'];
  listeners: ReturnType<typeof useSortable>['listeners'];
  ref: (element: HTMLElement | null) => void;
}
type BodyProps = Props & { handle: Handle };

const SectionBody = memo(function SectionBody({ contractId, section, index, count, onMove, onRemove, handle }: BodyProps) {
  const db = useDb();
  const number = sectionNumber(index);
  const name = sectionName(index, section);
  const first = index === 0;
  const last = index === count - 1;
  const saveText = useCallback((html: string) => updateSection(db, contractId, section.id, { html }).then(() => undefined), [db, contractId, section.id]);
  const heading = useFieldDraft(section.heading, (v) => updateSection(db, contractId, section.id, { heading: v }));
  const comment = useFieldDraft(section.comment, (v) => setSectionComment(db, contractId, section.id, v));
  // A heading typed but not yet left is a change of the text („Version speichern“ must allow it).
  useReportPending(heading.value !== section.heading);

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap" align="flex-end">
        <Group gap="sm" wrap="nowrap" align="flex-end" style={{ flex: 1 }}>
          <Button
            ref={handle.ref}
            variant="default"
            size="compact-sm"
            aria-label={`${name} verschieben`}
            style={{ cursor: 'grab', touchAction: 'none' }}
            mb={6}
            {...handle.attributes}
            {...handle.listeners}
          >
            ⠿
          </Button>
          <span className="section-card-number" aria-hidden="true" style={{ paddingBottom: 8 }}>
            {number}
          </span>
          <TextInput
            label={`Überschrift von ${number}`}
            value={heading.value}
            onChange={(e) => heading.change(e.currentTarget.value)}
            onFocus={heading.focus}
            onBlur={heading.blur}
            style={{ flex: 1 }}
            maxLength={300}
          />
        </Group>
        <Group gap={4} wrap="nowrap" mb={4}>
          <MoveButtons name={name} first={first} last={last} onUp={() => onMove(section.id, index - 1)} onDown={() => onMove(section.id, index + 1)} />
          <Button size="compact-sm" variant="subtle" color="red" aria-label={`${name} entfernen`} onClick={() => onRemove(section)}>
            Entfernen
          </Button>
        </Group>
      </Group>
      <SectionEditor stored={section.html} label={`Text von ${name}`} onSave={saveText} />
      <Textarea
        className="section-comment"
        label="Interne Notiz (wird nicht exportiert)"
        aria-label={`Interne Notiz zu ${name}`}
        placeholder="z. B. Rechtsamt prüfen"
        autosize
        minRows={1}
        maxRows={6}
        value={comment.value}
        onChange={(e) => comment.change(e.currentTarget.value)}
        onFocus={comment.focus}
        onBlur={comment.blur}
      />
    </Stack>
  );
}, sameBody);

/** Each save gives every section a new object: compare what the card shows, so only the changed one renders again. */
function sameCard(a: Props, b: Props): boolean {
  return (
    a.contractId === b.contractId &&
    a.index === b.index &&
    a.count === b.count &&
    a.onMove === b.onMove &&
    a.onRemove === b.onRemove &&
    a.section.id === b.section.id &&
    a.section.heading === b.section.heading &&
    a.section.html === b.section.html &&
    a.section.comment === b.section.comment
  );
}

/** dnd-kit gives a new attributes object on every render: compare its values (they change only while dragging). */
function sameBody(a: BodyProps, b: BodyProps): boolean {
  const x = a.handle.attributes as unknown as Record<string, unknown>;
  const y = b.handle.attributes as unknown as Record<string, unknown>;
  return (
    sameCard(a, b) &&
    a.handle.listeners === b.handle.listeners &&
    a.handle.ref === b.handle.ref &&
    Object.keys(x).length === Object.keys(y).length &&
    Object.keys(x).every((k) => x[k] === y[k])
  );
}
