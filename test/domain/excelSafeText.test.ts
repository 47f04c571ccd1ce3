import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromExcelSafeText, toExcelSafeText } from '../../renderer/domain/excelSafeText';

describe('text that Excel would run as a formula', () => {
  it('gets a leading apostrophe, other text stays as it is', () => {
    for (const dangerous of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(toExcelSafeText(dangerous)).toBe(`'${dangerous}`);
    for (const plain of ['Lünen', 'Sachbearbeitung Personalabrechnung', '', "'quoted", '1.234,56', 'E-Mail']) expect(toExcelSafeText(plain)).toBe(plain);
  });

  it('round-trips through our own import for any text', () => {
    const tricky = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', 'ü', ' ') });
    fc.assert(
      fc.property(fc.oneof(fc.string(), tricky), (text) => fromExcelSafeText(toExcelSafeText(text)) === text),
      { numRuns: 2000 },
    );
    expect(fromExcelSafeText(toExcelSafeText("'=1"))).toBe("'=1");
  });
});
