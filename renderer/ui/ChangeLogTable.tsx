import { Table, Text } from '@mantine/core';
import { useChangeLog } from '../state/useWorkspace';
import { formatDateTime } from '../domain/format';
import { AuthorName } from './AuthorName';

const FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  areaId: 'Aufgabenfeld',
  leadPartyId: 'Federführung',
  participantIds: 'Beteiligte',
  description: 'Beschreibung',
  goals: 'Ziele',
  benefits: 'Nutzen',
  risks: 'Risiken',
  responsible: 'Verantwortlich',
  nextMeetingId: 'Nächster Termin',
  dependsOn: 'Abhängigkeiten',
  status: 'Status',
  statusReason: 'Begründung',
  statusHistory: 'Statusverlauf',
  // cost lines
  entry: 'Beträge',
  label: 'Bezeichnung',
  partyId: 'Kommune',
  category: 'Kategorie',
  recurrence: 'Art',
  budgetRelevant: 'Haushaltswirksam',
  order: 'Reihenfolge',
  // calculation plan
  period: 'Betrachtungszeitraum',
  discounting: 'Abzinsung',
  allocation: 'Verteilung',
  // meetings
  date: 'Datum',
  location: 'Ort',
  kind: 'Art',
  agenda: 'Tagesordnung',
};

/** The change log of one record (a proposal's includes its costs), newest first. Shared by proposals and meetings. */

export function ChangeLogTable({ table, recordId }: { table: string; recordId: string }) {
  const entries = useChangeLog(table, recordId);
  if (!entries || entries.length === 0) return <Text>Noch keine Einträge.</Text>;
  return (
    <Table withTableBorder aria-label="Änderungsprotokoll">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Zeitpunkt</Table.Th>
          <Table.Th>Von</Table.Th>
          <Table.Th>Änderung</Table.Th>
          <Table.Th>Geänderte Felder</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{formatDateTime(e.at)}</Table.Td>
            <Table.Td>
              <AuthorName by={e.by} />
            </Table.Td>
            <Table.Td>{e.summary}</Table.Td>
            <Table.Td>{e.action === 'update' ? e.changes.map((c) => FIELD_LABELS[c.field] ?? c.field).join(', ') : '–'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
