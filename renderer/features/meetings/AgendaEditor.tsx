import { Button, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo, useRef, useState } from 'react';
import { useDb } from '../../state/DbContext';
import { addAgendaItem, moveAgendaItem, recordOutcome, removeAgendaItem, restoreAgenda } from '../../data/repositories/meetingAgenda';
import { meetingForDeferred, moveItem, statusSuggestionForOutcome } from '../../domain/agenda';
import { formatDate } from '../../domain/format';
import { type AgendaItem, type Meeting, type Proposal } from '../../domain/schemas';
import { AGENDA_OUTCOME_LABELS, type AgendaOutcome } from '../../domain/vocabulary';
import { STATUS_LABELS } from '../../domain/status';
import { notifyError, notifySuccess } from '../../ui/notify';
import { notifyUndoable } from '../../ui/notifyUndoable';
import { AgendaItemCard } from './AgendaItemCard';
import { AGENDA_DRAG_INSTRUCTIONS, agendaAnnouncements } from './agendaAnnouncements';
import { OutcomeDialog } from './OutcomeDialog';

interface Props {
  meeting: Meeting;
  /** All meetings, to offer a later one for a deferred item. */
  meetings: Meeting[];
  proposals: Proposal[];
  displayNames: ReadonlyMap<string, string>;
}

type Asking = { item: AgendaItem; proposal: Proposal; outcome: AgendaOutcome; suggestion: NonNullable<ReturnType<typeof statusSuggestionForOutcome>> };

/** The agenda of one meeting: add proposals, order them, type the Beschlussvorschlag, record outcomes. Every change is saved at once. */
export function AgendaEditor({ meeting, meetings, proposals, displayNames }: Props) {
  const db = useDb();
  const byId = useMemo(() => new Map(proposals.map((p) => [p.id, p])), [proposals]);
  const name = (proposalId: string) => displayNames.get(proposalId) ?? byId.get(proposalId)?.title ?? 'Vorschlag nicht gefunden';
  // A moved item is shown in its new place at once, until the stored agenda (next revision) arrives.
  const [pending, setPending] = useState<{ revision: number; agenda: AgendaItem[] } | null>(null);
  const agenda = pending && pending.revision === meeting.revision ? pending.agenda : meeting.agenda;
  const [asking, setAsking] = useState<Asking | null>(null);
  // The removed item's buttons are gone: the focus goes to the search, not to the page's start.
  const search = useRef<HTMLInputElement>(null);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = agenda.map((i) => i.id);
  const itemName = (id: string | number) => name(agenda.find((i) => i.id === id)?.proposalId ?? '');

  const onAgenda = new Set(agenda.map((i) => i.proposalId));
  const options = proposals
    .filter((p) => !onAgenda.has(p.id))
    .map((p) => ({ value: p.id, label: `${displayNames.get(p.id) ?? p.title} (${STATUS_LABELS[p.status]})` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));

  const move = async (item: AgendaItem, to: number) => {
    const from = agenda.findIndex((i) => i.id === item.id);
    setPending({ revision: meeting.revision, agenda: moveItem(agenda, from, to) });
    await moveAgendaItem(db, meeting.id, item.id, to).catch((e) => {
      setPending(null);
      notifyError(e);
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const item = agenda.find((i) => i.id === active.id);
    if (item) void move(item, ids.indexOf(String(over.id)));
  };

  const add = async (proposalId: string | null) => {
    if (!proposalId) return;
    try {
      await addAgendaItem(db, meeting.id, proposalId);
      notifySuccess(`„${name(proposalId)}“ steht jetzt auf der Tagesordnung (TOP ${agenda.length + 1}).`);
    } catch (e) {
      notifyError(e);
    }
  };

  const remove = async (item: AgendaItem) => {
    try {
      const before = await removeAgendaItem(db, meeting.id, item.id);
      search.current?.focus();
      notifyUndoable(`„${name(item.proposalId)}“ von der Tagesordnung genommen.`, () => restoreAgenda(db, meeting.id, before));
    } catch (e) {
      notifyError(e);
    }
  };

  const setOutcome = async (item: AgendaItem, outcome: AgendaOutcome | null) => {
    const proposal = byId.get(item.proposalId);
    const suggestion = outcome && proposal ? statusSuggestionForOutcome(outcome, proposal, meeting) : null;
    if (outcome && proposal && suggestion) return setAsking({ item, proposal, outcome, suggestion });
    try {
      await recordOutcome(db, meeting.id, item.id, outcome, null);
      const stays = proposal ? `; der Status von „${name(proposal.id)}“ bleibt „${STATUS_LABELS[proposal.status]}“` : '';
      const text = outcome ? `Ergebnis „${AGENDA_OUTCOME_LABELS[outcome]}“ gespeichert${stays}.` : 'Ergebnis zurückgesetzt.';
      const later = outcome === 'vertagt' ? meetingForDeferred(meetings, meeting, item.proposalId) : null;
      if (later) offerLater(item, later, text);
      else notifySuccess(text);
    } catch (e) {
      notifyError(e);
    }
  };

  // A deferred proposal usually comes back at the next meeting: one click puts it there.
  const offerLater = (item: AgendaItem, later: Meeting, text: string) => {
    const id = `agenda-later-${item.id}`;
    notifications.show({
      id,
      color: 'teal',
      autoClose: 15_000,
      message: (
        <Stack gap={4} align="flex-start">
          <Text size="sm">{text}</Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              void addAgendaItem(db, later.id, item.proposalId).then(
                () => notifySuccess(`„${name(item.proposalId)}“ steht auf der Tagesordnung von „${later.title}“.`),
                notifyError,
              );
            }}
          >
            Auf „{later.title}“ am {formatDate(later.date)} setzen
          </Button>
        </Stack>
      ),
    });
  };

  return (
    <Stack>
      <Select
        ref={search}
        label="Vorschlag auf die Tagesordnung setzen"
        placeholder={options.length ? 'Vorschlag suchen …' : 'Alle Vorschläge stehen bereits auf der Tagesordnung'}
        data={options}
        value={null}
        onChange={(v) => void add(v)}
        searchable
        nothingFoundMessage="Kein passender Vorschlag"
        disabled={options.length === 0}
        comboboxProps={{ withinPortal: true }}
        maw={640}
      />
      {agenda.length === 0 ? (
        <Text>Noch keine Tagesordnungspunkte. Wählen Sie oben einen Vorschlag aus.</Text>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements: agendaAnnouncements(ids, itemName), screenReaderInstructions: AGENDA_DRAG_INSTRUCTIONS }}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <Stack component="ol" gap="sm" p={0} m={0} aria-label="Tagesordnung">
              {agenda.map((item, index) => (
                <AgendaItemCard
                  key={item.id}
                  meetingId={meeting.id}
                  item={item}
                  position={index + 1}
                  count={agenda.length}
                  proposal={byId.get(item.proposalId)}
                  name={name(item.proposalId)}
                  onMove={(to) => void move(item, to)}
                  onRemove={() => void remove(item)}
                  onOutcome={(o) => void setOutcome(item, o)}
                />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}
      {asking ? <OutcomeDialog meeting={meeting} {...asking} name={name(asking.item.proposalId)} onClose={() => setAsking(null)} /> : null}
    </Stack>
  );
}
