import { Badge, Title } from '@mantine/core';
import type { PartyResult } from '../../domain/costs/engine';
import { formatEuroCents } from '../../domain/format';
import { CalcTable, type CalcTableModel } from './CalcTable';

const PAYS_MORE = 'zahlt mehr als heute';

/**
 * Each party's share and savings over the period; a party that pays more is marked. Shared
 * by the proposal page and the report (`plain`: bare markup, see CalcTable).
 */
export function PartySharesTable({
  parties,
  paysMore,
  partyName,
  headingId = 'shares-heading',
  plain = false,
}: {
  parties: readonly PartyResult[];
  paysMore: ReadonlySet<string>;
  partyName(id: string): string;
  /** Unique per page: the report shows one table per proposal. */
  headingId?: string;
  plain?: boolean;
}) {
  const badge = plain ? (
    <span className="calc-badge">{PAYS_MORE}</span>
  ) : (
    <Badge color="red" variant="light" ml="xs" styles={{ label: { color: '#000' } }}>
      {PAYS_MORE}
    </Badge>
  );
  const right = (content: string) => ({ content, right: true });
  const model: CalcTableModel = {
    head: [{ content: 'Kommune' }, ...['Anteil gemeinsamer Kosten', 'Ist', 'Kooperation', 'Ersparnis', 'Kapitalwert'].map(right)],
    rows: parties.map((p) => ({
      key: p.partyId,
      paysMore: paysMore.has(p.partyId),
      cells: [
        {
          content: (
            <>
              {partyName(p.partyId)}
              {paysMore.has(p.partyId) ? badge : null}
            </>
          ),
        },
        right(formatEuroCents(p.jointShare)),
        right(formatEuroCents(p.ist.reduce((a, b) => a + b, 0))),
        right(formatEuroCents(p.koop.reduce((a, b) => a + b, 0))),
        { ...right(formatEuroCents(p.totalSavings)), negative: p.totalSavings < 0 },
        right(formatEuroCents(Math.round(p.kapitalwert))),
      ],
    })),
  };
  const title = 'Anteile je Kommune (gesamter Zeitraum)';
  return (
    <section aria-labelledby={headingId}>
      {plain ? (
        <h3 id={headingId}>{title}</h3>
      ) : (
        <Title order={3} size="h5" id={headingId} mb="xs">
          {title}
        </Title>
      )}
      <CalcTable model={model} plain={plain} testId="party-shares" />
    </section>
  );
}
