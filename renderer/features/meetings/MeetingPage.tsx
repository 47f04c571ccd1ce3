import { Alert, Anchor, Button, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useDb } from '../../state/DbContext';
import { useAreas, useMeeting, useMeetings, useNameLookup, useParties, useProposals } from '../../state/useWorkspace';
import { addAgendaItem } from '../../data/repositories/meetingAgenda';
import { formatDate } from '../../domain/format';
import { isProvisionalMeetingDate } from '../../domain/masterData';
import { proposalDisplayNames } from '../../domain/proposalNames';
import { MEETING_KIND_LABELS } from '../../domain/vocabulary';
import { de } from '../../i18n/de';
import { ChangeLogTable } from '../../ui/ChangeLogTable';
import { notifyError } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { StatusBadge } from '../../ui/StatusBadge';
import { AgendaEditor } from './AgendaEditor';
import { MeetingFormDialog } from './MeetingFormDialog';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600} c="gray.7">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/** One meeting: its details, its agenda (Tagesordnung) with outcomes, and its change log. */
export function MeetingPage() {
  const { id } = useParams();
  const db = useDb();
  const meeting = useMeeting(id);
  const meetings = useMeetings();
  const proposals = useProposals();
  const parties = useParties();
  const areas = useAreas();
  const names = useNameLookup(parties, areas);
  const displayNames = useMemo(() => proposalDisplayNames(proposals ?? [], names.partyName), [proposals, names]);
  const [editing, setEditing] = useState(false);

  if (meeting === undefined || !meetings || !proposals || !parties) return <Loader aria-label={de.common.loading} />;
  if (meeting === null)
    return (
      <Alert color="orange" title="Diesen Termin gibt es nicht (mehr).">
        <Anchor component={Link} to="/termine">
          Zu den Terminen
        </Anchor>
      </Alert>
    );

  const onAgenda = new Set(meeting.agenda.map((i) => i.proposalId));
  // Planned through the proposal form („nächster Termin“) but not yet on the agenda.
  const plannedOnly = proposals.filter((p) => p.nextMeetingId === meeting.id && !onAgenda.has(p.id));

  return (
    <>
      <Anchor component={Link} to="/termine" size="sm" data-print-hide>
        ← {de.nav.meetings}
      </Anchor>
      <PageHeader
        title={meeting.title}
        subtitle={`${MEETING_KIND_LABELS[meeting.kind]} · ${formatDate(meeting.date)}${isProvisionalMeetingDate(meeting) ? ' (vorläufig, bitte mit der Einladung abgleichen)' : ''}${meeting.location ? ` · ${meeting.location}` : ''}`}
        actions={
          <Button variant="default" onClick={() => setEditing(true)}>
            Termin bearbeiten
          </Button>
        }
      />
      <Stack gap="lg">
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Field label="Art">{MEETING_KIND_LABELS[meeting.kind]}</Field>
            <Field label="Datum und Ort">{`${formatDate(meeting.date)}, ${meeting.location || 'Ort noch offen'}`}</Field>
            <Field label="Teilnehmende Kommunen">{meeting.participantIds.map(names.partyName).join(', ') || 'noch nicht eingetragen'}</Field>
          </SimpleGrid>
        </Card>
        <section aria-labelledby="agenda">
          <Title order={2} size="h4" id="agenda" mb="sm">
            Tagesordnung
          </Title>
          <AgendaEditor meeting={meeting} meetings={meetings} proposals={proposals} displayNames={displayNames} />
        </section>
        {plannedOnly.length > 0 ? (
          <section aria-labelledby="planned">
            <Title order={2} size="h4" id="planned" mb="xs">
              Für diesen Termin vorgesehen, noch nicht auf der Tagesordnung
            </Title>
            <List spacing="xs">
              {plannedOnly.map((p) => (
                <List.Item key={p.id}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/vorschlaege/${p.id}`}>
                      {displayNames.get(p.id) ?? p.title}
                    </Anchor>
                    <StatusBadge status={p.status} />
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={`„${displayNames.get(p.id) ?? p.title}“ auf die Tagesordnung setzen`}
                      onClick={() => void addAgendaItem(db, meeting.id, p.id).catch(notifyError)}
                    >
                      Auf die Tagesordnung
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          </section>
        ) : null}
        <section aria-labelledby="meeting-log">
          <Title order={2} size="h4" id="meeting-log" mb="sm">
            Änderungsprotokoll
          </Title>
          <ChangeLogTable table="meetings" recordId={meeting.id} />
        </section>
      </Stack>
      {editing ? <MeetingFormDialog meeting={meeting} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
