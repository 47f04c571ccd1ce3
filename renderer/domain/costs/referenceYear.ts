/**
 * Present values of several proposals on one date. Each proposal's Kapitalwert is its
 * value at the start of its own period (01.01. of its start year); summing values at
 * different dates mixes money of different years. For a sum, every proposal is
 * discounted to 01.01. of one reference year instead: a payment at the end of calendar
 * year y has maturity m = y − R + 1, and its factor is 1 / (1 + p_m)^m with the
 * proposal's own rate (flat) or curve rate for maturity m (the curve's first rate for
 * years before R, its last rate beyond its end). A payment before R (m ≤ 0) is thereby
 * compounded up to R. With a flat rate this is the Kapitalwert times (1 + p)^−(start − R).
 */
import type { Discounting } from './model';

function rateFor(m: number, discounting: Discounting): number {
  if (discounting.mode === 'flat') return discounting.ratePercent;
  const rates = discounting.ratesPercent;
  return rates[Math.min(Math.max(m, 1), rates.length) - 1]!;
}

export function factorAt(year: number, referenceYear: number, discounting: Discounting): number {
  const m = year - referenceYear + 1;
  return 1 / Math.pow(1 + rateFor(m, discounting) / 100, m);
}

/** Σ amount_y / (1 + p_m)^m for payments at the end of calendar years `years`. */
export function presentValueAt(years: readonly number[], amounts: readonly number[], discounting: Discounting, referenceYear: number): number {
  return years.reduce((sum, y, i) => sum + (amounts[i] ?? 0) * factorAt(y, referenceYear, discounting), 0);
}
