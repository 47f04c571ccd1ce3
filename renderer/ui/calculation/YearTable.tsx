import type { ProposalCalculation } from '../../domain/costs/engine';
import { formatEuroCents } from '../../domain/format';
import { CalcTable, type CalcTableModel } from './CalcTable';

const factor = (v: number) => v.toLocaleString('de-DE', { minimumFractionDigits: 6, maximumFractionDigits: 6 });

type YearCalc = Pick<ProposalCalculation, 'rows' | 'totals' | 'kapitalwert'>;

/** The cells of the year table: one source for the screen and the report. */
export function yearTableModel(c: YearCalc): CalcTableModel {
  const right = (content: string | number) => ({ content, right: true });
  return {
    head: [{ content: 'Jahr' }, ...['n', 'Ist', 'Kooperation', 'Ersparnis', 'Kumuliert', 'Abzinsungsfaktor', 'Barwert'].map(right)],
    rows: c.rows.map((r) => ({
      key: String(r.year),
      cells: [
        { content: r.year },
        right(r.n),
        right(formatEuroCents(r.ist)),
        right(formatEuroCents(r.koop)),
        right(formatEuroCents(r.savings)),
        right(formatEuroCents(r.cumulative)),
        right(factor(r.discountFactor)),
        right(formatEuroCents(Math.round(r.presentValue))),
      ],
    })),
    foot: [
      { content: 'Summe' },
      {},
      right(formatEuroCents(c.totals.ist)),
      right(formatEuroCents(c.totals.koop)),
      right(formatEuroCents(c.totals.savings)),
      {},
      {},
      right(formatEuroCents(Math.round(c.kapitalwert))),
    ],
  };
}

/**
 * The calculation year by year with its sums; shared by the proposal page and the report
 * (`plain`: bare table markup, see CalcTable).
 */
export function YearTable({ c, label = 'Berechnung je Jahr', plain = false }: { c: YearCalc; label?: string; plain?: boolean }) {
  return <CalcTable model={yearTableModel(c)} plain={plain} label={label} testId="year-table" />;
}
