/**
 * Yearly amounts that lie outside a plan's period. They are kept in the data but not
 * calculated; before a period change hides them, the user is asked (keep or delete).
 */
import { yearsOutside, type CostLine, type Period } from './model';

export interface OutsideAmounts {
  /** Lines that hold at least one amount outside the period. */
  lineIds: string[];
  labels: string[];
  /** Number of non-zero amounts outside the period. */
  amounts: number;
  /** Their calendar years, ascending and distinct. */
  years: number[];
}

export function amountsOutside(lines: readonly Pick<CostLine, 'id' | 'label' | 'entry'>[], period: Period): OutsideAmounts {
  const result: OutsideAmounts = { lineIds: [], labels: [], amounts: 0, years: [] };
  const years = new Set<number>();
  for (const line of lines) {
    if (line.entry.mode !== 'years') continue;
    const outside = yearsOutside(line.entry.byYear, period);
    if (outside.length === 0) continue;
    result.lineIds.push(line.id);
    result.labels.push(line.label);
    result.amounts += outside.length;
    outside.forEach((y) => years.add(y));
  }
  result.years = [...years].sort((a, b) => a - b);
  return result;
}

/** The same amounts without those outside the period (for "delete"). */
export function withoutOutside<T extends Pick<CostLine, 'entry'>>(line: T, period: Period): T {
  if (line.entry.mode !== 'years') return line;
  const drop = new Set(yearsOutside(line.entry.byYear, period).map(String));
  const byYear = Object.fromEntries(Object.entries(line.entry.byYear).filter(([y]) => !drop.has(y)));
  return { ...line, entry: { mode: 'years', byYear } };
}

/** Years as people read them: „2025, 2026 und 2038“. */
export function yearList(years: readonly number[]): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} und ${years[years.length - 1]}`;
}
