/** Totals across proposals: per area, per party (stacked by area), and per calendar year. */
import type { ProposalStatus } from '../status';
import { breakEven, type ProposalCalculation, type YearRow } from './engine';
import type { Discounting } from './model';
import { presentValueAt } from './referenceYear';

export interface CalculatedProposal {
  id: string;
  title: string;
  areaId: string;
  status: ProposalStatus;
  /** Shipped example proposal (the dashboard can leave these out). */
  isExample: boolean;
  /** The plan's discounting, to re-discount to a common reference year. */
  discounting: Discounting;
  calc: ProposalCalculation;
}

export interface AggregateOptions {
  includeOnHold: boolean;
  /** A single calendar year, or null for the whole period of each proposal. */
  year: number | null;
}

/** Verworfen never counts; Auf Eis only when asked for. */
export function countsInTotals(status: ProposalStatus, includeOnHold: boolean): boolean {
  if (status === 'verworfen') return false;
  if (status === 'auf_eis') return includeOnHold;
  return true;
}

/** Whether any cost was entered (a proposal without costs has no break-even, no sensitivity, no chart). */
export function hasCostData(calc: ProposalCalculation): boolean {
  return calc.rows.some((r) => r.ist !== 0 || r.koop !== 0);
}

/** Parties for which the cooperation costs more than today over the period (savings < 0). */
export function partiesPayingMore(calc: ProposalCalculation): { partyId: string; extraCost: number }[] {
  return calc.parties.filter((p) => p.totalSavings < 0).map((p) => ({ partyId: p.partyId, extraCost: -p.totalSavings }));
}

/**
 * The proposal as one party sees it: its own Ist, its own cooperation costs (with its
 * share of the joint costs), its savings and Kapitalwert. Every aggregate below then
 * yields that party's figures, so key figures and charts agree. Null if the party does
 * not take part.
 */
export function forParty(item: CalculatedProposal, partyId: string): CalculatedProposal | null {
  const party = item.calc.parties.find((p) => p.partyId === partyId);
  if (!party) return null;
  let cumulative = 0;
  const rows: YearRow[] = item.calc.rows.map((r, i) => {
    const savings = party.savings[i] ?? 0;
    cumulative += savings;
    return { ...r, ist: party.ist[i] ?? 0, koop: party.koop[i] ?? 0, savings, cumulative, presentValue: savings * r.discountFactor };
  });
  const ist = party.ist.reduce((a, b) => a + b, 0);
  const koop = party.koop.reduce((a, b) => a + b, 0);
  return {
    ...item,
    calc: {
      ...item.calc,
      rows,
      totals: { ...item.calc.totals, ist, koop, savings: ist - koop, savingsPercent: ist !== 0 ? ((ist - koop) / ist) * 100 : null },
      kapitalwert: party.kapitalwert,
      breakEvenYear: breakEven(rows),
      annualSavingsFullEffect: rows[rows.length - 1]?.savings ?? 0,
      parties: [party],
    },
  };
}

/** The common reference year of a dashboard: the earliest start year of the proposals. */
export function referenceYearOf(items: readonly CalculatedProposal[]): number | null {
  let min: number | null = null;
  for (const i of items) if (i.calc.years.length > 0 && (min === null || i.calc.years[0]! < min)) min = i.calc.years[0]!;
  return min;
}

/** The proposal's Kapitalwert as present value on 01.01. of the reference year. */
export function kapitalwertAt(item: CalculatedProposal, referenceYear: number): number {
  return presentValueAt(
    item.calc.years,
    item.calc.rows.map((r) => r.savings),
    item.discounting,
    referenceYear,
  );
}

function savingsIn(calc: ProposalCalculation, year: number | null): number {
  if (year === null) return calc.totals.savings;
  return calc.rows.find((r) => r.year === year)?.savings ?? 0;
}

export interface AreaTotal {
  areaId: string;
  savings: number;
  kapitalwert: number;
  ist: number;
  koop: number;
  proposals: number;
}

/** Sums per area; with a reference year the Kapitalwert is the present value on that date. */
export function totalsByArea(items: readonly CalculatedProposal[], options: AggregateOptions & { referenceYear?: number | null }): AreaTotal[] {
  const map = new Map<string, AreaTotal>();
  for (const item of items) {
    if (!countsInTotals(item.status, options.includeOnHold)) continue;
    const t = map.get(item.areaId) ?? { areaId: item.areaId, savings: 0, kapitalwert: 0, ist: 0, koop: 0, proposals: 0 };
    t.savings += savingsIn(item.calc, options.year);
    t.kapitalwert += options.referenceYear == null ? item.calc.kapitalwert : kapitalwertAt(item, options.referenceYear);
    t.ist += options.year === null ? item.calc.totals.ist : (item.calc.rows.find((r) => r.year === options.year)?.ist ?? 0);
    t.koop += options.year === null ? item.calc.totals.koop : (item.calc.rows.find((r) => r.year === options.year)?.koop ?? 0);
    t.proposals += 1;
    map.set(item.areaId, t);
  }
  return [...map.values()];
}

export interface PartyAreaTotal {
  partyId: string;
  total: number;
  byArea: Record<string, number>;
}

export function totalsByParty(items: readonly CalculatedProposal[], options: AggregateOptions): PartyAreaTotal[] {
  const map = new Map<string, PartyAreaTotal>();
  for (const item of items) {
    if (!countsInTotals(item.status, options.includeOnHold)) continue;
    for (const party of item.calc.parties) {
      const value = options.year === null ? party.totalSavings : (party.savings[item.calc.years.indexOf(options.year)] ?? 0);
      const t = map.get(party.partyId) ?? { partyId: party.partyId, total: 0, byArea: {} };
      t.total += value;
      t.byArea[item.areaId] = (t.byArea[item.areaId] ?? 0) + value;
      map.set(party.partyId, t);
    }
  }
  return [...map.values()];
}

export interface CalendarYearTotal {
  year: number;
  savings: number;
  cumulative: number;
}

/** Savings per calendar year over all counted proposals, with the running sum. */
export function savingsByCalendarYear(items: readonly CalculatedProposal[], includeOnHold: boolean): CalendarYearTotal[] {
  const byYear = new Map<number, number>();
  for (const item of items) {
    if (!countsInTotals(item.status, includeOnHold)) continue;
    for (const row of item.calc.rows) byYear.set(row.year, (byYear.get(row.year) ?? 0) + row.savings);
  }
  let cumulative = 0;
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, savings]) => {
      cumulative += savings;
      return { year, savings, cumulative };
    });
}
