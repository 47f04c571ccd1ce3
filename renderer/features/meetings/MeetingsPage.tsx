import { Anchor, Button, Card, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useDb } from '../../state/DbContext';
import { deleteMeeting } from '../../data/repositories/meetings';
import { useMeetings, useProposals } from '../../state/useWorkspace';
import { formatDate } from '../../domain/format';
import type { Meeting } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { MeetingFormDialog } from './MeetingFormDialog';

export function MeetingsPage() {
  const db = useDb();
  const meetings = useMeetings();
  const proposals = useProposals();
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Meeting | null>(null);
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
        subtitle="Sitzungen des Arbeitskreises und der Bürgermeisterkonferenz mit den dafür vorgesehenen Vorschlägen. Tagesordnungen und Sitzungsunterlagen folgen."
        actions={<Button onClick={() => setEditing('new')}>Termin hinzufügen</Button>}
      />
      <Stack>
        {meetings.length === 0 ? <Text>Noch keine Termine.</Text> : null}
        {meetings.map((m) => {
          const planned = proposals.filter((p) => p.nextMeetingId === m.id);
          return (
            <Card withBorder key={m.id} data-testid="meeting-card">
              <Group justify="space-between" align="flex-start">
                <div>
                  <Title order={2} size="h4">
                    {formatDate(m.date)} – {m.title}
                  </Title>
                  <Text c="gray.7" mb="xs">
                    {m.location || 'Ort noch offen'}
                    {m.seedKey && m.revision === 1 ? ' · Datum vorläufig, bitte mit der Einladung abgleichen' : ''}
                  </Text>
                </div>
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => setEditing(m)} aria-label={`${m.title} bearbeiten`}>
                    {de.common.edit}
                  </Button>
                  <Button size="xs" variant="outline" color="red" onClick={() => setDeleting(m)} aria-label={`${m.title} löschen`}>
                    {de.common.delete}
                  </Button>
                </Group>
              </Group>
              {planned.length === 0 ? (
                <Text>Noch keine Vorschläge für diesen Termin vorgesehen.</Text>
              ) : (
                <Stack gap={2}>
                  {planned.map((p) => (
                    <Anchor key={p.id} component={Link} to={`/vorschlaege/${p.id}`}>
                      {p.title}
                    </Anchor>
                  ))}
                </Stack>
              )}
            </Card>
          );
        })}
      </Stack>
      {editing ? <MeetingFormDialog meeting={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Termin löschen?">
        {deleting ? (
          <Stack>
            <Text>
              Der Termin „{deleting.title}“ am {formatDate(deleting.date)} wird gelöscht. {proposals.filter((p) => p.nextMeetingId === deleting.id).length}{' '}
              Vorschläge verlieren diesen Termin als „nächster Termin“; sonst bleibt alles erhalten.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)} data-autofocus>
                {de.common.cancel}
              </Button>
              <Button color="red" onClick={() => remove(deleting)}>
                Termin löschen
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
