import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByKey, allocationProblem, allocationWeights, largestRemainder } from '../../../renderer/domain/costs/allocation';
import { DEFAULT_ALLOCATION } from '../../../renderer/domain/costs/model';
import { netPresentValue } from '../../../renderer/domain/costs/discounting';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('largest remainder', () => {
  it('100,00 € over 3 parties: 33,34 / 33,33 / 33,33', () => {
    expect(largestRemainder(10_000, [1, 1, 1])).toEqual([3_334, 3_333, 3_333]);
  });
  it('0,01 € goes to one party', () => {
    expect(largestRemainder(1, [1, 1, 1])).toEqual([1, 0, 0]);
    expect(largestRemainder(1, [1, 5, 1])).toEqual([0, 1, 0]);
  });
  it('negative amounts (revenues) are shared like positive ones', () => {
    expect(largestRemainder(-10_000, [1, 1, 1])).toEqual([-3_334, -3_333, -3_333]);
  });
  it('a party with weight 0 pays nothing; all weights 0 means equal shares', () => {
    expect(largestRemainder(1_000, [0, 1, 1])).toEqual([0, 500, 500]);
    expect(largestRemainder(1_001, [0, 1, 1])).toEqual([0, 501, 500]);
    expect(largestRemainder(999, [0, 0, 0])).toEqual([333, 333, 333]);
  });
  it('185 slips pay five times 37 slips', () => {
    expect(largestRemainder(600_000, [185, 37])).toEqual([500_000, 100_000]);
  });
});

describe('allocation keys', () => {
  const parties = [
    { id: 'luenen', inhabitants: 86_460 },
    { id: 'selm', inhabitants: 26_000 },
    { id: 'kreis', inhabitants: null },
  ];
  it('mixed: 30 % equal base + 70 % by population', () => {
    const w = allocationWeights({ ...DEFAULT_ALLOCATION, key: 'gemischt', basePercent: 30, variableKey: 'einwohner' }, parties);
    expect(w[2]).toBeCloseTo(0.1, 12);
    expect(sum(w)).toBeCloseTo(1, 12);
  });
  it('by cases uses the counts entered for the proposal', () => {
    const shares = allocateByKey(12_000, { ...DEFAULT_ALLOCATION, key: 'faelle', cases: { luenen: 185, selm: 37 } }, parties);
    expect([...shares.values()]).toEqual([10_000, 2_000, 0]);
  });
});

describe('properties (fast-check)', () => {
  it('shares always add up to the total exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 15 }),
        (total, weights) => {
          const shares = largestRemainder(total, weights);
          expect(sum(shares)).toBe(total);
          expect(shares.every(Number.isInteger)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('no share differs from its exact proportion by a cent or more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const shares = largestRemainder(total, weights);
          const w = sum(weights);
          shares.forEach((s, i) => expect(Math.abs(s - (total * weights[i]!) / w)).toBeLessThan(1));
        },
      ),
    );
  });

  it('the Kapitalwert at 0 % equals the plain sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 30 }), (payments) => {
        expect(netPresentValue(payments, { mode: 'flat', ratePercent: 0 })).toBe(sum(payments));
      }),
    );
  });
});

describe('allocation problems', () => {
  const parties = [
    { id: 'a', name: 'Kamen', inhabitants: 42_000 },
    { id: 'b', name: 'Bergkamen', inhabitants: null },
  ];
  it('a party without population under the population key is named, not silently 0,00 €', () => {
    expect(allocationProblem(DEFAULT_ALLOCATION, parties)).toContain('Für Bergkamen ist keine Einwohnerzahl eingetragen');
    expect(allocationProblem({ ...DEFAULT_ALLOCATION, key: 'gemischt', variableKey: 'einwohner' }, parties)).toContain('Bergkamen');
  });
  it('keys that do not use the population do not warn about it', () => {
    expect(allocationProblem({ ...DEFAULT_ALLOCATION, key: 'gleich' }, parties)).toBeNull();
    expect(allocationProblem(DEFAULT_ALLOCATION, [parties[0]!, { ...parties[1]!, inhabitants: 1 }])).toBeNull();
  });
});
