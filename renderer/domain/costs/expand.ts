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
      for (let i = 0; i < period.years; i++) out[i] = entry.amounts[i] ?? 0;
      if (line.recurrence === 'einmalig') {
        // A one-time cost counts once, in the year it is paid: keep the first year with an amount.
        const first = out.findIndex((x) => x !== 0);
        for (let i = 0; i < out.length; i++) if (i !== first) out[i] = 0;
      }
      return out;
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
