import { describe, expect, it } from 'vitest';
import { formatCsvAmount, formatEuroCents, formatEuroTick, formatEuroWhole, formatGermanAmount } from '../../renderer/domain/money';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('money as text (one module for every place a figure appears)', () => {
  it('writes German amounts from integer cents', () => {
    expect(plain(formatEuroCents(123_456))).toBe('1.234,56 €');
    expect(plain(formatEuroCents(-50_000))).toBe('-500,00 €');
    expect(plain(formatEuroWhole(123_456_789))).toBe('1.234.568 €');
    expect(plain(formatEuroTick(120_000_000))).toBe('1,2 Mio. €');
    expect(formatGermanAmount(6_000_000)).toBe('60.000,00');
    expect(formatCsvAmount(1234.5)).toBe('1234,50');
  });
});
