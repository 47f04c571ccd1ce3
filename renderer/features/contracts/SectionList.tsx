import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ConfirmActions } from '../../ui/FormParts';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addSection, moveSection, removeSection } from '../../data/repositories/contracts';
import { moveItem } from '../../domain/agenda';
import { sectionNumber, type Contract, type ContractSection } from '../../domain/contracts/model';
import { useDb } from '../../state/DbContext';
import { notifyError, notifySuccess } from '../../ui/notify';
import { SectionCard } from './SectionCard';
import { SECTION_DRAG_INSTRUCTIONS, sectionAnnouncements } from './sectionAnnouncements';
import './contracts.css';

/**
 * One object for the life of the app: useSensor memoises on the options' identity, and new
 * sensors give every card's drag handle new listeners, which renders all hundred cards of a
 * long contract again after each autosave.
 */
const KEYBOARD = { coordinateGetter: sortableKeyboardCoordinates };

/** The sections in order (§ numbers follow the order): reorder by mouse or keyboard, add, remove after asking. */
export function SectionList({ contract }: { contract: Contract }) {
  const db = useDb();
  // A moved section is shown in its new place at once, until the stored order (next revision) arrives.
  const [pending, setPending] = useState<{ revision: number; sections: ContractSection[] } | null>(null);
  const sections = pending && pending.revision === contract.revision ? pending.sections : contract.sections;
  const [removing, setRemoving] = useState<ContractSection | null>(null);
  const [heading, setHeading] = useState('');
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, KEYBOARD));
  // The same array while the order stays: SortableContext would otherwise render every card again after each save.
  const order = sections.map((s) => s.id).join(',');
  const ids = useMemo(() => (order ? order.split(',') : []), [order]);
  const name = (id: string | number) => sections.find((s) => s.id === id)?.heading || 'Abschnitt';
  // Stable callbacks (the contract read through a ref): a saved keystroke must not render every section card again.
  const current = useRef(contract);
  useEffect(() => {
    current.current = contract;
  });
  const move = useCallback(
    (sectionId: string, to: number) => {
      const c = current.current;
      const from = c.sections.findIndex((s) => s.id === sectionId);
      setPending({ revision: c.revision, sections: moveItem(c.sections, from, to) });
      moveSection(db, c.id, sectionId, to).catch((e) => {
        setPending(null);
        notifyError(e);
      });
    },
    [db],
  );
  const askRemove = useCallback((s: ContractSection) => setRemoving(s), []);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(String(active.id), ids.indexOf(String(over.id)));
  };

  const remove = async (s: ContractSection) => {
    setRemoving(null);
    try {
      await removeSection(db, contract.id, s.id);
      notifySuccess(`Abschnitt „${s.heading || 'ohne Überschrift'}“ entfernt; die folgenden Abschnitte rücken auf. In den Versionen bleibt er erhalten.`);
    } catch (e) {
      notifyError(e);
    }
  };

  const add = async () => {
    const title = heading.trim() || 'Neuer Abschnitt';
    try {
      await addSection(db, contract.id, { heading: title });
      setHeading('');
      notifySuccess(`Abschnitt „${title}“ als ${sectionNumber(sections.length)} angefügt.`);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Stack>
      {sections.length === 0 ? <Text>Dieser Entwurf hat noch keine Abschnitte.</Text> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements: sectionAnnouncements(ids, name), screenReaderInstructions: SECTION_DRAG_INSTRUCTIONS }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <Stack component="ol" gap="md" p={0} m={0} aria-label="Abschnitte des Vertrags">
            {sections.map((s, i) => (
              <SectionCard key={s.id} contractId={contract.id} section={s} index={i} count={sections.length} onMove={move} onRemove={askRemove} />
            ))}
          </Stack>
        </SortableContext>
      </DndContext>
      <Group align="flex-end">
        <TextInput
          label="Überschrift des neuen Abschnitts"
          placeholder="z. B. Schlussbestimmungen"
          value={heading}
          onChange={(e) => setHeading(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && void add()}
          maxLength={300}
          w={360}
        />
        <Button variant="light" onClick={add}>
          Abschnitt hinzufügen
        </Button>
      </Group>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Abschnitt entfernen?">
        {removing ? (
          <Stack>
            <Text>
              {sectionNumber(sections.findIndex((s) => s.id === removing.id))} „{removing.heading || 'ohne Überschrift'}“ wird mit seinem Text und seiner Notiz
              aus dem Entwurf entfernt; die folgenden Abschnitte rücken auf. Gespeicherte Versionen behalten ihn.
            </Text>
            <ConfirmActions onCancel={() => setRemoving(null)} confirmLabel="Abschnitt entfernen" onConfirm={() => remove(removing)} />
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
