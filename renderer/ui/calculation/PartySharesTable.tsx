import { Badge, Table, Title } from '@mantine/core';
import { formatEuroWhole } from '../../domain/money';
import type { PartyResult } from '../../domain/costs/engine';
import { formatEuroCents } from '../../domain/format';

/** Each party's share and savings over the period; a party that pays more is marked. Shared by the proposal page and the report. */
export function PartySharesTable({
  parties,
  paysMore,
  partyName,
  headingId = 'shares-heading',
}: {
  parties: readonly PartyResult[];
  paysMore: ReadonlySet<string>;
  partyName(id: string): string;
  /** Unique per page: the report shows one table per proposal. */
  headingId?: string;
}) {
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="xs">
        Anteile je Kommune (gesamter Zeitraum)
      </Title>
      <Table withTableBorder striped fz="sm" data-testid="party-shares">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kommune</Table.Th>
            <Table.Th ta="right">Anteil gemeinsamer Kosten</Table.Th>
            <Table.Th ta="right">Ist</Table.Th>
            <Table.Th ta="right">Kooperation</Table.Th>
            <Table.Th ta="right">Ersparnis</Table.Th>
            <Table.Th ta="right">Kapitalwert</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parties.map((p) => (
            <Table.Tr key={p.partyId} data-pays-more={paysMore.has(p.partyId) || undefined}>
              <Table.Td>
                {partyName(p.partyId)}
                {paysMore.has(p.partyId) ? (
                  <Badge color="red" variant="light" ml="xs" styles={{ label: { color: '#000' } }}>
                    zahlt mehr als heute
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">{formatEuroCents(p.jointShare)}</Table.Td>
              <Table.Td ta="right">{formatEuroCents(p.ist.reduce((a, b) => a + b, 0))}</Table.Td>
              <Table.Td ta="right">{formatEuroCents(p.koop.reduce((a, b) => a + b, 0))}</Table.Td>
              <Table.Td ta="right" c={p.totalSavings < 0 ? 'red.9' : undefined} fw={p.totalSavings < 0 ? 700 : undefined}>
                {formatEuroCents(p.totalSavings)}
              </Table.Td>
              <Table.Td ta="right">{formatEuroWhole(p.kapitalwert)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
