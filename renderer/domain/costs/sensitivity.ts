/**
 * Sensitivity: for each key input, how far it may change before the Kapitalwert turns
 * zero (the cooperation stops paying off). The Kapitalwert is linear in a cost
 * multiplier m: KW(m) = KW + (m − 1)·ΔPV, so the critical m is found exactly.
 */
import { netPresentValue } from './discounting';
import { CATEGORY_LABELS, COST_CATEGORIES, type CostCategory } from './model';
import type { ProposalCalculation } from './engine';

export interface SensitivityRow {
  label: string;
  /** Change in percent at which the Kapitalwert becomes zero; null: it never does. */
  criticalChangePercent: number | null;
}

function critical(kapitalwert: number, slope: number): number | null {
  // KW(m) = kapitalwert + (m - 1) * slope = 0  →  m - 1 = -kapitalwert / slope
  if (Math.abs(slope) < 1e-9) return null;
  const change = (-kapitalwert / slope) * 100;
  return change < -100 ? null : change;
}

export function sensitivity(calc: ProposalCalculation): SensitivityRow[] {
  const pv = calc.presentValueByCategory;
  const sum = (v: 'ist' | 'kooperation', cats: readonly CostCategory[]) => cats.reduce((s, c) => s + pv[v][c], 0);
  const rows: SensitivityRow[] = [
    { label: 'Kosten der Kooperation insgesamt', criticalChangePercent: critical(calc.kapitalwert, -sum('kooperation', COST_CATEGORIES)) },
    { label: 'Kosten des Ist-Zustands insgesamt', criticalChangePercent: critical(calc.kapitalwert, sum('ist', COST_CATEGORIES)) },
  ];
  for (const c of COST_CATEGORIES) {
    if (pv.kooperation[c] !== 0)
      rows.push({ label: `Kooperation: ${CATEGORY_LABELS[c]}`, criticalChangePercent: critical(calc.kapitalwert, -pv.kooperation[c]) });
  }
  return rows;
}

/**
 * The discount rate (in %) at which the Kapitalwert becomes zero (internal rate of
 * return of the savings), found by bisection; null when there is none in −50 … 100 %.
 */
export function criticalDiscountRate(savingsByYear: readonly number[]): number | null {
  // Without any savings the Kapitalwert is zero at every rate: no rate is critical
  // (bisection would report the search bound, −50 %).
  if (savingsByYear.every((z) => z === 0)) return null;
  const npv = (rate: number) => netPresentValue(savingsByYear, { mode: 'flat', ratePercent: rate });
  let lo = -50;
  let hi = 100;
  let fLo = npv(lo);
  const fHi = npv(hi);
  if (fLo === 0) return lo;
  if (Math.sign(fLo) === Math.sign(fHi)) return null;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    const f = npv(mid);
    if (Math.abs(f) < 1e-6) return mid;
    if (Math.sign(f) === Math.sign(fLo)) {
      lo = mid;
      fLo = f;
    } else hi = mid;
  }
  return (lo + hi) / 2;
}
