/**
 * Present values the way the federal guide computes them: payments at year end,
 * discounted to the start of the period. A payment Z in year n at p % is worth
 * Z / (1 + p/100)^n today. With a yield curve, maturity n uses its own rate.
 */
import type { Discounting } from './model';

export function discountFactor(n: number, discounting: Discounting): number {
  const rate =
    discounting.mode === 'flat' ? discounting.ratePercent : (discounting.ratesPercent[n - 1] ?? discounting.ratesPercent[discounting.ratesPercent.length - 1]!);
  return 1 / Math.pow(1 + rate / 100, n);
}

export function presentValue(amount: number, n: number, discounting: Discounting): number {
  return amount * discountFactor(n, discounting);
}

/** Sum of the present values of payments in years 1…k (index 0 = year 1). */
export function netPresentValue(payments: readonly number[], discounting: Discounting): number {
  return payments.reduce((sum, z, i) => sum + presentValue(z, i + 1, discounting), 0);
}
