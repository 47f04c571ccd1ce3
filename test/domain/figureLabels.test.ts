import { describe, expect, it } from 'vitest';
import { fundingThresholdText, kapitalwertBasis, kapitalwertBasisLong } from '../../renderer/domain/figures/labels';

describe('words that explain a figure', () => {
  it('the Kapitalwert sum names its reference year and where it comes from (QA: „Barwert zum 01.01.2025“ read as a date in the past)', () => {
    expect(kapitalwertBasis(2025)).toBe('bezogen auf 2025, Beginn des frühesten Vorschlags');
    expect(kapitalwertBasisLong(2025)).toBe('bezogen auf 2025, Beginn des frühesten Vorschlags (alle Vorschläge auf den 01.01.2025 abgezinst)');
  });

  it('the funding threshold says what was compared with what (QA: „Laufende Kosten −18,45 % · erreicht“)', () => {
    expect(fundingThresholdText(18.45, true)).toEqual({
      label: 'Förderschwelle NRW: laufende Kosten mindestens 15 % niedriger',
      change: 'Laufende Kosten mit Kooperation 18,45 % niedriger als heute',
      verdict: 'erreicht',
    });
    expect(fundingThresholdText(-3.2, false).change).toBe('Laufende Kosten mit Kooperation 3,20 % höher als heute');
    expect(fundingThresholdText(10, false).verdict).toBe('nicht erreicht');
    expect(fundingThresholdText(null, false).change).toBe('Keine laufenden Kosten im Ist erfasst');
  });
});
