/** Turns a cost line's entry into one amount (cents) per year of the period. */
import type { CostLine, Period } from './model';

export interface PayRate {
  payGroup: string;
  /** Annual personnel cost per full-time equivalent, in cents. */
  annualCents: number;
  /** The year the rate applies to; later years are indexed from it. */
  year: number;
}

export function lineAmounts(line: Pick<CostLine, 'entry' | 'recurrence'>, period: Period, rates: readonly PayRate[] = []): number[] {
  const out = new Array<number>(period.years).fill(0);
  const entry = line.entry;
  switch (entry.mode) {
    case 'years':
      // Amounts are stored by calendar year; years outside the period are kept but not counted.
      for (let i = 0; i < period.years; i++) out[i] = entry.byYear[String(period.startYear + i)] ?? 0;
      if (line.recurrence === 'einmalig') {
        // A one-time cost counts once, in the year it is paid: keep the first year of the period with an amount.
        const first = out.findIndex((x) => x !== 0);
        for (let i = 0; i < out.length; i++) if (i !== first) out[i] = 0;
      }
      return out;
    // Growth and staff lines are relative to the plan: they start in the period's first year.
    case 'growth':
      for (let i = 0; i < period.years; i++) out[i] = Math.round(entry.startCents * Math.pow(1 + entry.increasePercent / 100, i));
      if (line.recurrence === 'einmalig') out.fill(0, 1);
      return out;
    case 'staff': {
      const rate = rates.find((r) => r.payGroup === entry.payGroup);
      if (!rate) return out;
      for (let i = 0; i < period.years; i++) {
        const yearsFromRate = period.startYear + i - rate.year;
        out[i] = Math.round(entry.fte * rate.annualCents * Math.pow(1 + entry.increasePercent / 100, yearsFromRate));
      }
      if (line.recurrence === 'einmalig') out.fill(0, 1);
      return out;
    }
  }
}
