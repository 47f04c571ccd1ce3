import { describe, expect, it } from 'vitest';
import { nextOrder, sortLinesByOrder } from '../../../renderer/domain/costs/lineOrder';

const l = (label: string, order: number | undefined, createdAt = '2026-01-01', variant: 'ist' | 'kooperation' = 'ist') => ({
  label,
  order,
  createdAt,
  variant,
});

describe('line order', () => {
  it('sorts by the stored order; older lines without one come first, by creation', () => {
    const sorted = sortLinesByOrder([l('C', 2), l('Alt2', undefined, '2026-02-01'), l('A', 0), l('Alt1', undefined, '2026-01-01'), l('B', 1)]);
    expect(sorted.map((x) => x.label)).toEqual(['Alt1', 'Alt2', 'A', 'B', 'C']);
  });
  it('a new line goes after the last line of its variant', () => {
    const lines = sortLinesByOrder([l('Alt', undefined), l('A', 3), l('K', 9, '2026-01-01', 'kooperation')]);
    expect(nextOrder(lines, 'ist')).toBe(4);
    expect(nextOrder(lines, 'kooperation')).toBe(10);
    expect(nextOrder([], 'ist')).toBe(0);
    const appended = sortLinesByOrder([...lines, l('Neu', nextOrder(lines, 'ist'), '2025-01-01')]).filter((x) => x.variant === 'ist');
    expect(appended.at(-1)!.label).toBe('Neu');
  });
});
