import { describe, expect, it } from 'vitest';
import { toGermanCsv } from '../../renderer/data/export/tableFiles';

describe('CSV export', () => {
  it('writes text that Excel would run as a formula as text, and amounts as numbers', () => {
    const csv = toGermanCsv([
      ['Bezeichnung', 'Kommune', '2027'],
      ['=HYPERLINK("http://evil.example";"klick")', '@Lünen', -1234.5],
      ['+49 Telefon', 'Unna', 60000],
    ]);
    const lines = csv.replace('\ufeff', '').split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"";""klick"")";'@Lünen;-1234,50`);
    expect(lines[2]).toBe("'+49 Telefon;Unna;60000,00");
  });
});
