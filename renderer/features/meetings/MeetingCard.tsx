import { Anchor, Badge, Button, Card, Group, List, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatDate } from '../../domain/format';
import { isProvisionalMeetingDate } from '../../domain/masterData';
import { type Meeting, type Proposal } from '../../domain/schemas';
import { AGENDA_OUTCOME_LABELS, MEETING_KIND_LABELS } from '../../domain/vocabulary';
import { de } from '../../i18n/de';

interface Props {
  meeting: Meeting;
  proposals: Proposal[];
  displayNames: ReadonlyMap<string, string>;
  onEdit(): void;
  onDelete(): void;
}

/** A meeting in the list: kind, date, place and its agenda at a glance; the title opens the meeting page. */
export function MeetingCard({ meeting: m, proposals, displayNames, onEdit, onDelete }: Props) {
  const onAgenda = new Set(m.agenda.map((i) => i.proposalId));
  const plannedOnly = proposals.filter((p) => p.nextMeetingId === m.id && !onAgenda.has(p.id)).length;
  const name = (id: string) => displayNames.get(id) ?? 'Vorschlag nicht gefunden';
  return (
    <Card withBorder data-testid="meeting-card">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h4">
            <Anchor component={Link} to={`/termine/${m.id}`} inherit>
              {formatDate(m.date)} – {m.title}
            </Anchor>
          </Title>
          <Text c="gray.7" mb="xs">
            {MEETING_KIND_LABELS[m.kind]} · {m.location || 'Ort noch offen'}
            {isProvisionalMeetingDate(m) ? ' · Datum vorläufig, bitte mit der Einladung abgleichen' : ''}
          </Text>
        </div>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onEdit} aria-label={`${m.title} bearbeiten`}>
            {de.common.edit}
          </Button>
          <Button size="xs" variant="outline" color="red" onClick={onDelete} aria-label={`${m.title} löschen`}>
            {de.common.delete}
          </Button>
        </Group>
      </Group>
      {m.agenda.length === 0 ? (
        <Text>Noch keine Tagesordnung.</Text>
      ) : (
        <List type="ordered" spacing={2}>
          {m.agenda.map((item) => (
            <List.Item key={item.id}>
              <Anchor component={Link} to={`/vorschlaege/${item.proposalId}`}>
                {name(item.proposalId)}
              </Anchor>
              {item.outcome ? (
                <Badge variant="outline" color="gray.7" size="sm" ml="xs">
                  {AGENDA_OUTCOME_LABELS[item.outcome]}
                </Badge>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
      {plannedOnly > 0 ? (
        <Text size="sm" c="gray.7" mt="xs">
          {plannedOnly === 1 ? 'Ein weiterer Vorschlag ist' : `${plannedOnly} weitere Vorschläge sind`} für diesen Termin vorgesehen, aber noch nicht auf der
          Tagesordnung.
        </Text>
      ) : null}
    </Card>
  );
}
