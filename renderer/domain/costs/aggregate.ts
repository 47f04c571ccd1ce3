/** Totals across proposals: per area, per party (stacked by area), and per calendar year. */
import type { ProposalStatus } from '../status';
import type { ProposalCalculation } from './engine';

export interface CalculatedProposal {
  id: string;
  title: string;
  areaId: string;
  status: ProposalStatus;
  /** Shipped example proposal (the dashboard can leave these out). */
  isExample: boolean;
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

export function totalsByArea(items: readonly CalculatedProposal[], options: AggregateOptions): AreaTotal[] {
  const map = new Map<string, AreaTotal>();
  for (const item of items) {
    if (!countsInTotals(item.status, options.includeOnHold)) continue;
    const t = map.get(item.areaId) ?? { areaId: item.areaId, savings: 0, kapitalwert: 0, ist: 0, koop: 0, proposals: 0 };
    t.savings += savingsIn(item.calc, options.year);
    t.kapitalwert += item.calc.kapitalwert;
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
