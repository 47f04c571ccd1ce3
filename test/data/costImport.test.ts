import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError, parseCsv, parseXlsx } from '../../renderer/data/import/costImport';
import { parseGermanAmount } from '../../renderer/domain/costs/germanNumber';

const ctx = {
  proposalId: 'p',
  parties: [
    { id: 'luenen', name: 'Lünen' },
    { id: 'selm', name: 'Selm' },
  ],
  years: [2027, 2028, 2029],
};
const HEADER = 'Kommune;Variante;Kategorie;Art;Haushaltswirksam;Bezeichnung;2027;2028;2029';
const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
/** Windows-1252: the umlauts and the euro sign as single bytes. */
function cp1252(s: string): Uint8Array {
  const map: Record<string, number> = { ü: 0xfc, ö: 0xf6, ä: 0xe4, Ü: 0xdc, ß: 0xdf, '€': 0x80 };
  return new Uint8Array([...s].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

describe('German numbers', () => {
  it('reads the forms Excel and people write', () => {
    expect(parseGermanAmount('1.234,56')).toEqual({ ok: true, cents: 123_456 });
    expect(parseGermanAmount('1234,5')).toEqual({ ok: true, cents: 123_450 });
    expect(parseGermanAmount('1 234 €')).toEqual({ ok: true, cents: 123_400 });
    expect(parseGermanAmount('-500')).toEqual({ ok: true, cents: -50_000 });
    expect(parseGermanAmount('')).toEqual({ ok: true, cents: 0 });
  });
  it('accepts the euro sign before or after the amount', () => {
    expect(parseGermanAmount('€ 12.000')).toEqual({ ok: true, cents: 1_200_000 });
    expect(parseGermanAmount('12.000 €')).toEqual({ ok: true, cents: 1_200_000 });
    expect(parseGermanAmount('€12.000,50')).toEqual({ ok: true, cents: 1_200_050 });
    expect(parseGermanAmount('\u20ac\u00a012.000')).toEqual({ ok: true, cents: 1_200_000 });
  });
  it('refuses text, English decimals and fractions of cents with a German message', () => {
    expect(parseGermanAmount('zwölf')).toMatchObject({ ok: false, message: expect.stringContaining('keine Zahl') });
    expect(parseGermanAmount('12.5')).toMatchObject({ ok: false, message: expect.stringContaining('12,5') });
    expect(parseGermanAmount('1,234')).toMatchObject({ ok: false, message: expect.stringContaining('Nachkommastellen') });
  });
});

describe('CSV import', () => {
  it('imports a correct German CSV with BOM', () => {
    const preview = parseCsv(
      withBom(
        `${HEADER}\nLünen;Ist;Personal;laufend;ja;Sachbearbeitung;1.234,56;1.300;\ngemeinsam;Kooperation;Lizenzen/IT-Betrieb;laufend;nein;Rahmenvertrag;500;500;500\n`,
      ),
      ctx,
    );
    expect(preview.errors).toEqual([]);
    expect(preview.lines).toHaveLength(2);
    expect(preview.lines[0]).toMatchObject({
      partyId: 'luenen',
      variant: 'ist',
      category: 'personal',
      budgetRelevant: true,
      entry: { mode: 'years', byYear: { '2027': 123_456, '2028': 130_000 } },
    });
    expect(preview.lines[1]).toMatchObject({ partyId: null, category: 'lizenzen_it', budgetRelevant: false });
  });

  it('reads Windows-1252 umlauts', () => {
    const preview = parseCsv(cp1252(`${HEADER}\nLünen;Ist;Personal;laufend;ja;Prüfung;100;100;100\n`), ctx);
    expect(preview.errors).toEqual([]);
    expect(preview.lines[0]!.label).toBe('Prüfung');
  });

  it('names row, column and reason for each bad cell and keeps the good rows', () => {
    const preview = parseCsv(
      utf8(
        `${HEADER}\nLünen;Ist;Personal;laufend;ja;Gut;1;2;3\nUnna;Ist;Personal;laufend;ja;Fremd;1;2;3\nSelm;Ist;Personal;laufend;ja;Text;zwölf;2;3\nSelm;Ist;Personal;laufend;ja;Negativ;-5;2;3\nSelm;Ist;Kaffee;laufend;ja;Kat;1;2;3\n`,
      ),
      ctx,
    );
    expect(preview.lines.map((l) => l.label)).toEqual(['Gut']);
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      // Excel's row numbers: the header is row 1.
      [3, 'Kommune'],
      [4, '2027'],
      [5, '2027'],
      [6, 'Kategorie'],
    ]);
    expect(preview.errors[0]!.message).toContain('„Unna“ ist an diesem Vorschlag nicht beteiligt');
  });

  it('refuses a year outside the period', () => {
    const preview = parseCsv(utf8(`${HEADER};2035\nLünen;Ist;Personal;laufend;ja;Spät;1;2;3;99\n`), ctx);
    expect(preview.lines).toEqual([]);
    expect(preview.errors[0]).toMatchObject({ row: 2, column: '2035', message: expect.stringContaining('außerhalb des Betrachtungszeitraums') });
  });

  it('maps year columns to calendar years by their heading, in any order and with gaps', () => {
    const preview = parseCsv(
      utf8('Kommune;Variante;Kategorie;Art;Haushaltswirksam;Bezeichnung;2029;2027\nLünen;Ist;Personal;laufend;ja;Umgestellt;9;7\n'),
      ctx,
    );
    expect(preview.errors).toEqual([]);
    expect(preview.lines[0]!.entry).toEqual({ mode: 'years', byYear: { '2027': 700, '2029': 900 } });
  });

  it('skips a duplicated header row with a message', () => {
    const preview = parseCsv(utf8(`${HEADER}\nLünen;Ist;Personal;laufend;ja;A;1;1;1\n${HEADER}\nSelm;Ist;Personal;laufend;ja;B;1;1;1\n`), ctx);
    expect(preview.lines.map((l) => l.label)).toEqual(['A', 'B']);
    expect(preview.errors).toEqual([{ row: 3, column: '–', message: expect.stringContaining('Kopfzeile') }]);
  });

  it('refuses the wrong delimiter, an empty file, a binary file and a 50 MB file', () => {
    expect(() => parseCsv(utf8(HEADER.replaceAll(';', ',') + '\nLünen,Ist,Personal,laufend,ja,A,1,1,1\n'), ctx)).toThrow(/Semikolon/);
    expect(() => parseCsv(utf8(''), ctx)).toThrow(/leer/);
    expect(() => parseCsv(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]), ctx)).toThrow(/keine CSV-Datei/);
    expect(() => parseCsv(new Uint8Array(50 * 1024 * 1024), ctx)).toThrow(/zu groß \(50 MB\)/);
    expect(() => parseCsv(utf8('Name;Betrag\nx;1\n'), ctx)).toThrow(ImportError);
  });
});

describe('XLSX import', () => {
  async function workbook(sheets: Record<string, (string | number)[][]>): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const header = HEADER.split(';').map((h) => (/^\d+$/.test(h) ? Number(h) : h));

  it('imports numbers from a one-sheet workbook', async () => {
    const preview = await parseXlsx(
      await workbook({ Tabelle1: [header, ['Selm', 'Kooperation', 'Sachkosten', 'einmalig', 'ja', 'Umzug', 2500.5, 0, 0]] }),
      ctx,
    );
    expect(preview.errors).toEqual([]);
    expect(preview.lines[0]).toMatchObject({ partyId: 'selm', recurrence: 'einmalig', entry: { byYear: { '2027': 250_050 } } });
  });

  it('refuses several sheets with data unless one is named „Kosten“', async () => {
    const two = await workbook({ A: [header], B: [header] });
    await expect(parseXlsx(two, ctx)).rejects.toThrow(/mehrere Tabellenblätter.*„A“, „B“/);
    const named = await workbook({ Notizen: [['egal']], Kosten: [header, ['Lünen', 'Ist', 'Personal', 'laufend', 'ja', 'X', 1, 1, 1]] });
    expect((await parseXlsx(named, ctx)).lines).toHaveLength(1);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(parseXlsx(utf8('kein excel'), ctx)).rejects.toThrow(/nicht als Excel-Arbeitsmappe/);
  });
});

describe('export', () => {
  it('a cost table exported as CSV or XLSX imports back to the same lines', async () => {
    const { costTable } = await import('../../renderer/data/export/costExport');
    const { toGermanCsv, toXlsx } = await import('../../renderer/data/export/tableFiles');
    const preview = parseCsv(
      utf8(
        `${HEADER}\nLünen;Ist;Personal;laufend;ja;Sachbearbeitung;1.234,56;1.300;\ngemeinsam;Kooperation;Erlöse/Restwert;einmalig;nein;Verkauf Altgeräte;500;;\n`,
      ),
      ctx,
    );
    const lines = preview.lines.map(({ sourceRow: _r, ...l }, i) => ({ ...l, id: `l${i}`, createdAt: '', updatedAt: '', revision: 1 }));
    const table = costTable(lines, { startYear: 2027, years: 3 }, [], (id) => ctx.parties.find((p) => p.id === id)!.name);
    const csv = toGermanCsv(table);
    expect(csv.startsWith('\ufeffKommune;Variante')).toBe(true);
    expect(csv).toContain('1234,56');
    const strip = (ls: typeof preview.lines) => ls.map(({ sourceRow: _r, ...l }) => l);
    expect(strip(parseCsv(utf8(csv), ctx).lines)).toEqual(strip(preview.lines));
    expect(strip((await parseXlsx(await toXlsx(table, 'Kosten'), ctx)).lines)).toEqual(strip(preview.lines));
  });

  it('exports each amount under its calendar year, whatever period the plan shows', async () => {
    const { costTable } = await import('../../renderer/data/export/costExport');
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
      label: 'A',
      isExample: false,
      entry: { mode: 'years' as const, byYear: { '2027': 100_00, '2028': 200_00, '2030': 400_00 } },
    };
    const table = costTable([line], { startYear: 2028, years: 3 }, [], () => 'Lünen');
    expect(table[0]!.slice(6)).toEqual(['2028', '2029', '2030']);
    expect(table[1]!.slice(6)).toEqual([200, 0, 400]);
  });
});
