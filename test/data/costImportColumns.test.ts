import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError, MAX_IMPORT_ROWS, excelColumnName, parseCsv, parseXlsx, rowsFromTable } from '../../renderer/data/import/costImport';

const ctx = {
  proposalId: 'p',
  parties: [
    { id: 'luenen', name: 'Lünen' },
    { id: 'selm', name: 'Selm' },
  ],
  years: [2027, 2028, 2029],
};
const FIXED = 'Kommune;Variante;Kategorie;Art;Haushaltswirksam;Bezeichnung';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('import columns and row numbers', () => {
  it('refuses a year column that appears twice, naming both columns (nothing is dropped)', () => {
    expect(() => parseCsv(utf8(`${FIXED};2027;2028;2028\nLünen;Ist;Personal;laufend;ja;A;1;2;3\n`), ctx)).toThrow(ImportError);
    expect(() => parseCsv(utf8(`${FIXED};2027;2028;2028\nLünen;Ist;Personal;laufend;ja;A;1;2;3\n`), ctx)).toThrow(/2028 steht zweimal.*Spalten H und I/);
  });

  it('names columns it does not know as ignored instead of dropping them silently', () => {
    const preview = parseCsv(utf8(`${FIXED};Bemerkung;2027;Summe\nLünen;Ist;Personal;laufend;ja;A;prüfen;1;1\n`), ctx);
    expect(preview.ignoredColumns).toEqual(['G: „Bemerkung“', 'I: „Summe“']);
    expect(preview.lines).toHaveLength(1);
  });

  it('counts rows as Excel does, also across empty lines', () => {
    const preview = parseCsv(utf8(`${FIXED};2027\n\nLünen;Ist;Personal;laufend;ja;A;1\n\n\nSelm;Ist;Personal;laufend;ja;B;zwölf\n`), ctx);
    expect(preview.lines.map((l) => l.sourceRow)).toEqual([3]);
    expect(preview.errors.map((e) => e.row)).toEqual([6]);
  });

  it('uses the sheet’s own row numbers in an XLSX file', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Kosten');
    sheet.getRow(1).values = [...FIXED.split(';'), 2027];
    sheet.getRow(4).values = ['Selm', 'Ist', 'Personal', 'laufend', 'ja', 'Später', 'zwölf'];
    const preview = await parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), ctx);
    expect(preview.errors.map((e) => e.row)).toEqual([4]);
  });

  it('refuses more rows than the limit with a message', () => {
    const row = ['Lünen', 'Ist', 'Personal', 'laufend', 'ja', 'A', '1'];
    const table = [[...FIXED.split(';'), '2027'], ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row)];
    expect(() => rowsFromTable(table, ctx)).toThrow(/höchstens 200\.000/);
  });

  it('names columns like Excel', () => {
    expect([0, 25, 26, 701, 702].map(excelColumnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('formula-like labels', () => {
  it('are written as text and come back unchanged through our own CSV export', async () => {
    const { costTable } = await import('../../renderer/data/export/costExport');
    const { toGermanCsv } = await import('../../renderer/data/export/tableFiles');
    const line = {
      id: 'l',
      createdAt: '',
      updatedAt: '',
      revision: 1,
      proposalId: 'p',
      variant: 'ist' as const,
      partyId: 'luenen',
      category: 'personal' as const,
      recurrence: 'laufend' as const,
      budgetRelevant: true,
      label: '=HYPERLINK("http://evil.example";"Sachbearbeitung")',
      isExample: false,
      entry: { mode: 'years' as const, byYear: { '2027': 250_00 } },
    };
    const csv = toGermanCsv(costTable([line], { startYear: 2027, years: 3 }, [], () => 'Lünen'));
    expect(csv).toContain(`"'=HYPERLINK(`);
    expect(csv).toContain(';250,00;');
    const back = parseCsv(utf8(csv), ctx);
    expect(back.errors.filter((e) => e.column === 'Bezeichnung')).toEqual([]);
    expect(back.lines[0]?.label ?? back.errors[0]?.message).toBe(line.label);
  });
});
