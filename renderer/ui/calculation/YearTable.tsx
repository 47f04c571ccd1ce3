import { Table } from '@mantine/core';
import type { ProposalCalculation } from '../../domain/costs/engine';
import { formatEuroCents } from '../../domain/format';

const factor = (v: number) => v.toLocaleString('de-DE', { minimumFractionDigits: 6, maximumFractionDigits: 6 });

/** The calculation year by year with its sums; shared by the proposal page and the report. */
export function YearTable({ c, label = 'Berechnung je Jahr' }: { c: Pick<ProposalCalculation, 'rows' | 'totals' | 'kapitalwert'>; label?: string }) {
  return (
    <Table withTableBorder striped aria-label={label} data-testid="year-table" fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Jahr</Table.Th>
          <Table.Th ta="right">n</Table.Th>
          <Table.Th ta="right">Ist</Table.Th>
          <Table.Th ta="right">Kooperation</Table.Th>
          <Table.Th ta="right">Ersparnis</Table.Th>
          <Table.Th ta="right">Kumuliert</Table.Th>
          <Table.Th ta="right">Abzinsungsfaktor</Table.Th>
          <Table.Th ta="right">Barwert</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {c.rows.map((r) => (
          <Table.Tr key={r.year}>
            <Table.Td>{r.year}</Table.Td>
            <Table.Td ta="right">{r.n}</Table.Td>
            <Table.Td ta="right">{formatEuroCents(r.ist)}</Table.Td>
            <Table.Td ta="right">{formatEuroCents(r.koop)}</Table.Td>
            <Table.Td ta="right">{formatEuroCents(r.savings)}</Table.Td>
            <Table.Td ta="right">{formatEuroCents(r.cumulative)}</Table.Td>
            <Table.Td ta="right">{factor(r.discountFactor)}</Table.Td>
            <Table.Td ta="right">{formatEuroCents(Math.round(r.presentValue))}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>Summe</Table.Th>
          <Table.Th />
          <Table.Th ta="right">{formatEuroCents(c.totals.ist)}</Table.Th>
          <Table.Th ta="right">{formatEuroCents(c.totals.koop)}</Table.Th>
          <Table.Th ta="right">{formatEuroCents(c.totals.savings)}</Table.Th>
          <Table.Th />
          <Table.Th />
          <Table.Th ta="right">{formatEuroCents(Math.round(c.kapitalwert))}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
