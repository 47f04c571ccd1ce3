import { describe, expect, it } from 'vitest';
import { factorAt, presentValueAt } from '../../../renderer/domain/costs/referenceYear';

// Hand-checkable facts from DOMAIN.md: 10.000 € due in 6 years at 4 % are worth 7.903,15 €;
// 5.000 € due in 4 years at 5 % are worth 4.113,51 €.
describe('present value on 01.01. of a reference year', () => {
  it('a payment at the end of 2032 seen from 01.01.2027 is due in 6 years', () => {
    expect(presentValueAt([2032], [10_000_00], { mode: 'flat', ratePercent: 4 }, 2027) / 100).toBeCloseTo(7_903.15, 2);
    expect(presentValueAt([2030], [5_000_00], { mode: 'flat', ratePercent: 5 }, 2027) / 100).toBeCloseTo(4_113.51, 2);
  });

  it('with the reference year equal to the start year it is the ordinary Kapitalwert', () => {
    // end of 2027 = maturity 1: 1.000 / 1,1 + 1.000 / 1,21 = 909,09 + 826,45 = 1.735,54
    expect(presentValueAt([2027, 2028], [1_000_00, 1_000_00], { mode: 'flat', ratePercent: 10 }, 2027) / 100).toBeCloseTo(1_735.54, 2);
  });

  it('a year before the reference year is compounded up to it', () => {
    // end of 2026 seen from 01.01.2027: maturity 0, factor 1; end of 2025: maturity −1, factor 1,1
    expect(factorAt(2026, 2027, { mode: 'flat', ratePercent: 10 })).toBe(1);
    expect(factorAt(2025, 2027, { mode: 'flat', ratePercent: 10 })).toBeCloseTo(1.1, 12);
  });

  it('a yield curve uses the rate of the maturity seen from the reference year', () => {
    const curve = { mode: 'curve' as const, ratesPercent: [1, 2, 3] };
    // 2029 from 2027: maturity 3 → 1 / 1,03³ = 0,915142
    expect(factorAt(2029, 2027, curve)).toBeCloseTo(0.915142, 6);
    // beyond the curve: its last rate; before the reference year: its first rate
    expect(factorAt(2030, 2027, curve)).toBeCloseTo(1 / 1.03 ** 4, 12);
    expect(factorAt(2026, 2027, curve)).toBe(1);
    expect(factorAt(2025, 2027, curve)).toBeCloseTo(1.01, 12);
  });
});
