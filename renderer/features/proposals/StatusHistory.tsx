import { Table } from '@mantine/core';
import { formatDateTime } from '../../domain/format';
import { STATUS_LABELS, type StatusHistoryEntry } from '../../domain/status';

export function StatusHistory({ history }: { history: StatusHistoryEntry[] }) {
  return (
    <Table withTableBorder aria-label="Statusverlauf">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Zeitpunkt</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Von</Table.Th>
          <Table.Th>Begründung</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...history].reverse().map((h, i) => (
          <Table.Tr key={`${h.at}-${i}`}>
            <Table.Td>{formatDateTime(h.at)}</Table.Td>
            <Table.Td>{STATUS_LABELS[h.status]}</Table.Td>
            <Table.Td>{h.by}</Table.Td>
            <Table.Td>{h.reason || '–'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
