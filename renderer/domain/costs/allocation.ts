/**
 * Sharing a joint amount between parties. Shares are rounded with the largest-remainder
 * method, so they always add up to the total to the cent (DOMAIN.md).
 */
import type { Allocation } from './model';

/**
 * Splits `totalCents` in proportion to `weights`. Each party first gets the rounded-down
 * share; the cents left over go to the largest remainders (ties: the earlier party).
 * Negative totals are split like positive ones and negated. All weights 0 → equal shares.
 */
export function largestRemainder(totalCents: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(totalCents)) throw new Error('totalCents must be an integer');
  const n = weights.length;
  if (n === 0) return [];
  if (totalCents < 0) return largestRemainder(-totalCents, weights).map((x) => (x === 0 ? 0 : -x));
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const effective = sum > 0 ? clean : clean.map(() => 1);
  const effectiveSum = sum > 0 ? sum : n;
  const exact = effective.map((w) => (totalCents * w) / effectiveSum);
  const shares = exact.map((x) => Math.floor(x));
  let left = totalCents - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x), w: effective[i]! }))
    .filter((o) => o.w > 0)
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k]!.i]! += 1;
  return shares;
}

export interface PartyFacts {
  id: string;
  inhabitants: number | null;
  /** For messages only. */
  name?: string;
}

/** The weight of each party under an allocation key (before rounding). */
export function allocationWeights(allocation: Allocation, parties: readonly PartyFacts[]): number[] {
  const byKey = (key: Allocation['variableKey'] | 'gleich'): number[] => {
    switch (key) {
      case 'einwohner':
        return parties.map((p) => p.inhabitants ?? 0);
      case 'faelle':
        return parties.map((p) => allocation.cases[p.id] ?? 0);
      case 'gewichte':
        return parties.map((p) => allocation.weights[p.id] ?? 0);
      case 'gleich':
        return parties.map(() => 1);
    }
  };
  if (allocation.key !== 'gemischt') return byKey(allocation.key);
  const variable = byKey(allocation.variableKey);
  const variableSum = variable.reduce((a, b) => a + b, 0);
  const base = allocation.basePercent / 100;
  return parties.map((_, i) => base / parties.length + (variableSum > 0 ? ((1 - base) * variable[i]!) / variableSum : (1 - base) / parties.length));
}

/** Shares of `totalCents` per party id; they add up to the total exactly. */
export function allocateByKey(totalCents: number, allocation: Allocation, parties: readonly PartyFacts[]): Map<string, number> {
  const shares = largestRemainder(totalCents, allocationWeights(allocation, parties));
  return new Map(parties.map((p, i) => [p.id, shares[i]!]));
}

/** Why a key cannot share fairly (e.g. no case counts entered), or null. */
export function allocationProblem(allocation: Allocation, parties: readonly PartyFacts[]): string | null {
  const key = allocation.key === 'gemischt' ? allocation.variableKey : allocation.key;
  const weights = allocationWeights({ ...allocation, key }, parties);
  if (parties.length === 0) return 'Es sind keine Beteiligten eingetragen.';
  if (key !== 'gleich' && weights.every((w) => w === 0)) {
    return key === 'einwohner'
      ? 'Für keinen Beteiligten ist eine Einwohnerzahl eingetragen; die Kosten werden zu gleichen Teilen verteilt.'
      : 'Es sind keine Fallzahlen oder Gewichte eingetragen; die Kosten werden zu gleichen Teilen verteilt.';
  }
  // Some parties without population: they would silently carry 0,00 € of the joint costs.
  const missing = key === 'einwohner' ? parties.filter((p) => !p.inhabitants || p.inhabitants <= 0) : [];
  if (missing.length > 0) {
    const names = missing.map((p) => p.name ?? 'eine Kommune').join(', ');
    const share = allocation.key === 'gemischt' ? 'nur den Sockel' : '0,00 €';
    return `Für ${names} ist keine Einwohnerzahl eingetragen; ${missing.length === 1 ? 'sie trägt' : 'sie tragen'} so ${share} der gemeinsamen Kosten. Bitte die Einwohnerzahl unter Stammdaten eintragen oder einen anderen Schlüssel wählen.`;
  }
  return null;
}
