import { describe, expect, it } from 'vitest';
import { criticalDiscountRate } from '../../../renderer/domain/costs/sensitivity';

describe('criticalDiscountRate', () => {
  it('has no critical rate without any savings (it reported −50 %, the search bound)', () => {
    expect(criticalDiscountRate([0, 0, 0])).toBeNull();
    expect(criticalDiscountRate([])).toBeNull();
  });

  it('finds the rate at which the Kapitalwert turns zero', () => {
    // −100 at the end of year 1, +110 at the end of year 2: 110 / (1 + r) = 100, r = 10 %
    expect(criticalDiscountRate([-100, 110])).toBeCloseTo(10, 4);
  });
});
