import { describe, expect, it } from 'vitest';
import { discountFactor, netPresentValue, presentValue } from '../../../renderer/domain/costs/discounting';

describe('present value (DOMAIN.md hand-checked facts)', () => {
  it('10.000 € due in 6 years at 4 % is worth 7.903,15 €', () => {
    expect(Math.round(presentValue(1_000_000, 6, { mode: 'flat', ratePercent: 4 }))).toBe(790_315);
  });
  it('5.000 € due in 4 years at 5 % is worth 4.113,51 €', () => {
    expect(Math.round(presentValue(500_000, 4, { mode: 'flat', ratePercent: 5 }))).toBe(411_351);
  });
  it('uses the curve rate of each maturity, and the last rate beyond the curve', () => {
    const curve = { mode: 'curve' as const, ratesPercent: [1, 2, 3] };
    expect(discountFactor(2, curve)).toBeCloseTo(1 / 1.02 ** 2, 12);
    expect(discountFactor(5, curve)).toBeCloseTo(1 / 1.03 ** 5, 12);
  });
  it('at 0 % the net present value is the plain sum', () => {
    expect(netPresentValue([100, -50, 25], { mode: 'flat', ratePercent: 0 })).toBe(75);
  });
});
