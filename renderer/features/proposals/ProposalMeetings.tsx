import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ProposalOnAgenda } from '../../domain/agenda';
import { formatDate } from '../../domain/format';
import { AGENDA_OUTCOME_LABELS, MEETING_KIND_LABELS } from '../../domain/vocabulary';

/** The meetings whose agenda held this proposal, earliest first, with the outcome recorded there. */
export function ProposalMeetings({ entries }: { entries: ProposalOnAgenda[] }) {
  if (entries.length === 0) return <Text>Dieser Vorschlag stand noch auf keiner Tagesordnung.</Text>;
  return (
    <Table withTableBorder aria-label="Termine dieses Vorschlags" data-testid="proposal-meetings">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Datum</Table.Th>
          <Table.Th>Termin</Table.Th>
          <Table.Th>Art</Table.Th>
          <Table.Th>TOP</Table.Th>
          <Table.Th>Ergebnis</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map(({ meeting, item, position }) => (
          <Table.Tr key={meeting.id}>
            <Table.Td>{formatDate(meeting.date)}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/termine/${meeting.id}`}>
                {meeting.title}
              </Anchor>
            </Table.Td>
            <Table.Td>{MEETING_KIND_LABELS[meeting.kind]}</Table.Td>
            <Table.Td>{position}</Table.Td>
            <Table.Td>{item.outcome ? AGENDA_OUTCOME_LABELS[item.outcome] : 'noch offen'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
