import { Button, Loader, Modal, Stack, Text } from '@mantine/core';
import { ConfirmActions } from '../../ui/FormParts';
import { useMemo, useState } from 'react';
import { useDb } from '../../state/DbContext';
import { deleteMeeting } from '../../data/repositories/meetings';
import { useAreas, useMeetings, useNameLookup, useParties, useProposals } from '../../state/useWorkspace';
import { proposalDisplayNames } from '../../domain/proposalNames';
import { formatDate } from '../../domain/format';
import type { Meeting } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { MeetingCard } from './MeetingCard';
import { MeetingFormDialog } from './MeetingFormDialog';

export function MeetingsPage() {
  const db = useDb();
  const meetings = useMeetings();
  const proposals = useProposals();
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Meeting | null>(null);
  const parties = useParties();
  const areas = useAreas();
  const names = useNameLookup(parties, areas);
  const displayNames = useMemo(() => proposalDisplayNames(proposals ?? [], names.partyName), [proposals, names]);
  if (!meetings || !proposals) return <Loader aria-label={de.common.loading} />;

  const remove = async (m: Meeting) => {
    setDeleting(null);
    try {
      const n = await deleteMeeting(db, m.id);
      notifySuccess(`Termin „${m.title}“ gelöscht${n > 0 ? `; bei ${n} Vorschlägen ist kein Termin mehr eingetragen` : ''}.`);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <>
      <PageHeader
        title={de.nav.meetings}
        subtitle="Sitzungen des Arbeitskreises und der Bürgermeisterkonferenz mit ihren Tagesordnungen. Ein Klick auf den Titel öffnet die Tagesordnung."
        actions={<Button onClick={() => setEditing('new')}>Termin hinzufügen</Button>}
      />
      <Stack>
        {meetings.length === 0 ? <Text>Noch keine Termine.</Text> : null}
        {meetings.map((m) => (
          <MeetingCard key={m.id} meeting={m} proposals={proposals} displayNames={displayNames} onEdit={() => setEditing(m)} onDelete={() => setDeleting(m)} />
        ))}
      </Stack>
      {editing ? <MeetingFormDialog meeting={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Termin löschen?">
        {deleting ? (
          <Stack>
            <Text>
              Der Termin „{deleting.title}“ am {formatDate(deleting.date)} wird mit seiner Tagesordnung ({deleting.agenda.length} Punkte) gelöscht.{' '}
              {proposals.filter((p) => p.nextMeetingId === deleting.id).length} Vorschläge verlieren diesen Termin als „nächster Termin“; die Vorschläge selbst
              bleiben erhalten.
            </Text>
            <ConfirmActions onCancel={() => setDeleting(null)} confirmLabel="Termin löschen" onConfirm={() => remove(deleting)} />
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
