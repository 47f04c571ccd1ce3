import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ALLOCATION, yearAmounts } from '../../../renderer/domain/costs/model';
import { breakEven, calculateProposal, type EngineInput } from '../../../renderer/domain/costs/engine';
import { DEFAULT_SCENARIOS } from '../../../renderer/domain/costs/scenarios';
import { criticalDiscountRate, sensitivity } from '../../../renderer/domain/costs/sensitivity';
import { euro, line, years, yearsFrom } from './fixtures';

/*
 * Worked example, computed by hand (and checked with a pocket calculator):
 *   Parties A (30.000 inhabitants, lead) and B (10.000); period 2027–2029; yield curve 1 %, 2 %, 3 %.
 *   Ist:  A personnel 100.000 €/year, B personnel 40.000 €/year           → Ist 140.000 € every year
 *   Koop: joint operation 60.000 €/year, joint introduction 200.000 € once in 2027
 *         → Koop 260.000 / 60.000 / 60.000; shared 3 : 1 by population
 *   Savings: −120.000 / 80.000 / 80.000; cumulative −120.000 / −40.000 / 40.000 → break-even 2029
 *   Discount factors: 1/1,01 = 0,990099; 1/1,02² = 0,961169; 1/1,03³ = 0,915142
 *   Present values: −118.811,88 + 76.893,50 + 73.211,33 = Kapitalwert 31.292,95 €
 *   Party A: Ist 100.000; Koop share 195.000 / 45.000 / 45.000 → savings −95.000 / 55.000 / 55.000 (sum 15.000)
 *   Party B: Ist 40.000; Koop share 65.000 / 15.000 / 15.000 → savings −25.000 / 25.000 / 25.000 (sum 25.000)
 */
function example(overrides: Partial<EngineInput> = {}): EngineInput {
  return {
    proposal: { id: 'p', leadPartyId: 'A', participantIds: ['B'] },
    plan: { period: { startYear: 2027, years: 3 }, discounting: { mode: 'curve', ratesPercent: [1, 2, 3] }, allocation: DEFAULT_ALLOCATION },
    parties: [
      { id: 'A', inhabitants: 30_000 },
      { id: 'B', inhabitants: 10_000 },
    ],
    lines: [
      line({ variant: 'ist', partyId: 'A', category: 'personal', entry: years(100_000, 100_000, 100_000) }),
      line({ variant: 'ist', partyId: 'B', category: 'personal', entry: years(40_000, 40_000, 40_000) }),
      line({ variant: 'kooperation', partyId: null, category: 'sachkosten', entry: { mode: 'growth', startCents: euro(60_000), increasePercent: 0 } }),
      line({ variant: 'kooperation', partyId: null, category: 'investition', recurrence: 'einmalig', entry: years(200_000) }),
    ],
    ...overrides,
  };
}

describe('calculateProposal: the worked example', () => {
  const calc = calculateProposal(example());

  it('computes Ist, Kooperation, savings and cumulative savings per year', () => {
    expect(calc.years).toEqual([2027, 2028, 2029]);
    expect(calc.rows.map((r) => [r.ist, r.koop, r.savings, r.cumulative])).toEqual([
      [euro(140_000), euro(260_000), euro(-120_000), euro(-120_000)],
      [euro(140_000), euro(60_000), euro(80_000), euro(-40_000)],
      [euro(140_000), euro(60_000), euro(80_000), euro(40_000)],
    ]);
  });

  it('discounts with the yield curve to a Kapitalwert of 31.292,95 €', () => {
    expect(calc.rows.map((r) => Math.round(r.presentValue))).toEqual([euro(-118_811.88), euro(76_893.5), euro(73_211.33)]);
    expect(Math.round(calc.kapitalwert)).toBe(euro(31_292.95));
  });

  it('finds the break-even year 2029', () => {
    expect(calc.breakEvenYear).toBe(2029);
  });

  it('shares the joint costs 3 : 1 by population', () => {
    const [a, b] = calc.parties;
    expect(a!.koop).toEqual([euro(195_000), euro(45_000), euro(45_000)]);
    expect(b!.koop).toEqual([euro(65_000), euro(15_000), euro(15_000)]);
    expect(a!.totalSavings).toBe(euro(15_000));
    expect(b!.totalSavings).toBe(euro(25_000));
    expect(a!.kapitalwert + b!.kapitalwert).toBeCloseTo(calc.kapitalwert, 6);
  });

  it('reports totals, savings in percent, and the NRW 15 % threshold on running costs', () => {
    expect(calc.totals).toMatchObject({ ist: euro(420_000), koop: euro(380_000), savings: euro(40_000) });
    expect(calc.totals.savingsPercent).toBeCloseTo((40_000 / 420_000) * 100, 9);
    // Running costs: Ist 420.000, Kooperation 180.000 → −57 % ≥ 15 %.
    expect(calc.runningCostReductionPercent).toBeCloseTo((240_000 / 420_000) * 100, 9);
    expect(calc.fundingThresholdMet).toBe(true);
    expect(calc.annualSavingsFullEffect).toBe(euro(80_000));
  });
});

describe('calculateProposal: details', () => {
  it('treats revenues as negative costs', () => {
    const calc = calculateProposal(example({ lines: [line({ variant: 'kooperation', partyId: 'A', category: 'erloese', entry: years(10_000) })] }));
    expect(calc.rows[0]!.savings).toBe(euro(10_000));
  });

  it('expands growth lines and staff lines', () => {
    const calc = calculateProposal(
      example({
        lines: [
          line({ variant: 'ist', partyId: 'A', category: 'personal', entry: { mode: 'growth', startCents: euro(100_000), increasePercent: 2 } }),
          line({ variant: 'kooperation', partyId: 'A', category: 'personal', entry: { mode: 'staff', fte: 0.5, payGroup: 'EG 9a', increasePercent: 3 } }),
        ],
        payRates: [{ payGroup: 'EG 9a', annualCents: euro(70_000), year: 2026 }],
      }),
    );
    expect(calc.rows.map((r) => r.ist)).toEqual([euro(100_000), euro(102_000), euro(104_040)]);
    // 0,5 × 70.000 € indexed from 2026 by 3 %: 36.050 / 37.131,50 / 38.245,45
    expect(calc.rows.map((r) => r.koop)).toEqual([euro(36_050), euro(37_131.5), euro(38_245.45)]);
  });

  it('warns about a staff line without a pay rate and a line of a party outside the proposal', () => {
    const calc = calculateProposal(
      example({
        lines: [
          line({
            variant: 'kooperation',
            partyId: 'A',
            category: 'personal',
            label: 'Sachbearbeitung',
            entry: { mode: 'staff', fte: 1, payGroup: 'X', increasePercent: 0 },
          }),
          line({ variant: 'ist', partyId: 'Z', label: 'Fremd', entry: years(5) }),
        ],
      }),
    );
    expect(calc.warnings.join(' ')).toContain('„X“');
    expect(calc.warnings.join(' ')).toContain('„Fremd“');
    expect(calc.totals.ist).toBe(0);
  });

  it('applies scenario multipliers: pessimistic lowers, optimistic raises the Kapitalwert', () => {
    const base = calculateProposal(example()).kapitalwert;
    const pessimistic = calculateProposal(example({ multipliers: DEFAULT_SCENARIOS.pessimistisch })).kapitalwert;
    const optimistic = calculateProposal(example({ multipliers: DEFAULT_SCENARIOS.optimistisch })).kapitalwert;
    expect(pessimistic).toBeLessThan(base);
    expect(optimistic).toBeGreaterThan(base);
  });

  it('break-even: null when savings end below zero, first year when never negative', () => {
    expect(
      breakEven([
        { year: 1, cumulative: -1 },
        { year: 2, cumulative: 5 },
        { year: 3, cumulative: -2 },
      ]),
    ).toBeNull();
    expect(
      breakEven([
        { year: 1, cumulative: 0 },
        { year: 2, cumulative: 5 },
      ]),
    ).toBe(1);
  });
});

describe('sensitivity', () => {
  it('finds the cost change at which the Kapitalwert becomes zero', () => {
    const calc = calculateProposal(example());
    const rows = sensitivity(calc);
    const koop = rows.find((r) => r.label === 'Kosten der Kooperation insgesamt')!;
    // Check by recomputing with that multiplier: the Kapitalwert must be (nearly) zero.
    const m = 1 + koop.criticalChangePercent! / 100;
    const scaled = {
      ist: { personal: 1, sachkosten: 1, lizenzen_it: 1, investition: 1, erloese: 1, sonstiges: 1 },
      kooperation: { personal: m, sachkosten: m, lizenzen_it: m, investition: m, erloese: m, sonstiges: m },
    };
    expect(Math.abs(calculateProposal(example({ multipliers: scaled })).kapitalwert)).toBeLessThan(100);
  });

  it('finds the discount rate at which the Kapitalwert becomes zero', () => {
    const savings = [-120_000, 80_000, 80_000];
    const rate = criticalDiscountRate(savings)!;
    const npv = savings.reduce((s, z, i) => s + z / (1 + rate / 100) ** (i + 1), 0);
    expect(Math.abs(npv)).toBeLessThan(0.01);
    expect(criticalDiscountRate([100, 100])).toBeNull();
  });
});

describe('engine properties', () => {
  it('at 0 % the Kapitalwert equals the plain sum of savings, and party results add up to the whole', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('ist' as const, 'kooperation' as const),
            fc.constantFrom('A', 'B', null),
            fc.array(fc.integer({ min: -1e6, max: 1e8 }), { minLength: 1, maxLength: 5 }),
          ),
          { maxLength: 12 },
        ),
        (specs) => {
          const lines = specs.map(([variant, partyId, amounts]) => line({ variant, partyId, entry: { mode: 'years', byYear: yearAmounts(2027, amounts) } }));
          const calc = calculateProposal(
            example({ lines, plan: { period: { startYear: 2027, years: 5 }, discounting: { mode: 'flat', ratePercent: 0 }, allocation: DEFAULT_ALLOCATION } }),
          );
          expect(calc.kapitalwert).toBe(calc.totals.savings);
          expect(calc.parties.reduce((s, p) => s + p.totalSavings, 0)).toBe(calc.totals.savings);
        },
      ),
    );
  });
});

describe('amounts belong to calendar years', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moving the clock across New Year and into March does not move any amount', () => {
    const results = ['2026-11-26T10:00:00', '2027-01-02T10:00:00', '2027-03-05T10:00:00', '2031-07-01T10:00:00'].map((now) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(now));
      const calc = calculateProposal(example());
      vi.useRealTimers();
      return { years: calc.years, rows: calc.rows.map((r) => [r.year, r.ist, r.koop]), kapitalwert: calc.kapitalwert };
    });
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]!.rows[0]).toEqual([2027, euro(140_000), euro(260_000)]);
  });

  it('a later start year shows each amount in its own calendar year, and amounts before the start are not counted', () => {
    const lines = [line({ variant: 'ist', partyId: 'A', entry: yearsFrom(2027, 1, 2, 3, 4) })];
    const calc = calculateProposal(example({ lines, plan: { ...example().plan, period: { startYear: 2028, years: 4 } } }));
    expect(calc.rows.map((r) => [r.year, r.ist])).toEqual([
      [2028, euro(2)],
      [2029, euro(3)],
      [2030, euro(4)],
      [2031, 0],
    ]);
  });

  it('a one-time yearly line counts its first amount within the period', () => {
    const lines = [line({ variant: 'kooperation', partyId: 'A', recurrence: 'einmalig', entry: yearsFrom(2026, 5, 7, 9) })];
    const calc = calculateProposal(example({ lines }));
    expect(calc.rows.map((r) => r.koop)).toEqual([euro(7), 0, 0]);
  });
});
