/**
 * Import of cost data from CSV (German Excel: `;`, decimal comma, UTF-8 with BOM or
 * Windows-1252) and XLSX. Produces a preview: the rows that will be imported and the
 * rejected ones with row, column and reason. Nothing is written here.
 */
import Papa from 'papaparse';
import { FIXED_COLUMNS, parseCostRows, type CellError, type RawCostRow, type RowContext } from '../../domain/costs/costRows';
import type { CostLineInput } from '../../domain/costs/model';
import { fromExcelSafeText } from '../../domain/excelSafeText';
import { decodeText, looksBinary } from './decodeText';
import { xlsxCellText } from './xlsxCellText';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** More rows than any real cost table has; beyond it the preview alone would take minutes. */
export const MAX_IMPORT_ROWS = 200_000;

export interface ImportPreview {
  /** `sourceRow`: the row number Excel shows (header = row 1). */
  lines: (CostLineInput & { sourceRow: number })[];
  /** `row`: the row number Excel shows (header = row 1). */
  errors: CellError[];
  dataRows: number;
  /** Header cells that are neither a known column nor a year: not imported, and said so. */
  ignoredColumns: string[];
}

export class ImportError extends Error {}

/** A row of cells with the row number Excel shows for it. */
export interface TableRow {
  cells: string[];
  excelRow: number;
}

const norm = (s: unknown) =>
  String(s ?? '')
    .trim()
    .toLocaleLowerCase('de-DE');

/** 0 → A, 25 → Z, 26 → AA: column names as Excel shows them. */
export function excelColumnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Plain tables (tests, CSV) number their rows as Excel does: the first row is row 1. */
export function numberedRows(table: string[][]): TableRow[] {
  return table.map((cells, i) => ({ cells, excelRow: i + 1 }));
}

function yearColumnsOf(header: string[]): { year: number; i: number }[] {
  const years = header.map((h, i) => ({ year: /^\d{4}$/.test(h) ? Number(h) : NaN, i })).filter((y) => !Number.isNaN(y.year));
  const seen = new Map<number, number>();
  for (const y of years) {
    const first = seen.get(y.year);
    if (first !== undefined) {
      throw new ImportError(
        `Die Jahresspalte ${y.year} steht zweimal in der Kopfzeile (Spalten ${excelColumnName(first)} und ${excelColumnName(y.i)}). Bitte eine der beiden löschen oder das Jahr korrigieren; es wurde nichts importiert.`,
      );
    }
    seen.set(y.year, y.i);
  }
  return years;
}

/** Header + data rows (as text) → raw cost rows aligned to the period's years. */
export function rowsFromTable(input: string[][] | TableRow[], ctx: RowContext): ImportPreview {
  const table: TableRow[] = input.length > 0 && Array.isArray(input[0]) ? numberedRows(input as string[][]) : (input as TableRow[]);
  const nonEmpty = table.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0)
    throw new ImportError('Die Datei ist leer. Bitte eine Datei mit Kopfzeile und mindestens einer Datenzeile wählen (Vorlage siehe „Vorlage herunterladen“).');
  if (nonEmpty.length - 1 > MAX_IMPORT_ROWS) {
    throw new ImportError(
      `Die Datei hat ${(nonEmpty.length - 1).toLocaleString('de-DE')} Datenzeilen; höchstens ${MAX_IMPORT_ROWS.toLocaleString('de-DE')} sind möglich. Bitte die Datei aufteilen.`,
    );
  }
  const header = nonEmpty[0]!.cells.map((h) => h.trim());
  const missing = FIXED_COLUMNS.filter((c) => !header.some((h) => norm(h) === norm(c)));
  if (missing.length > 0) {
    if (header.length === 1 && /[,\t]/.test(header[0]!)) {
      throw new ImportError(
        'Die Spalten sind nicht durch Semikolon (;) getrennt. Bitte die Datei in Excel als „CSV (Trennzeichen-getrennt)“ speichern oder die Vorlage verwenden.',
      );
    }
    throw new ImportError(`In der Kopfzeile fehlen die Spalten: ${missing.join(', ')}. Bitte die Vorlage verwenden.`);
  }
  const col = (name: string) => header.findIndex((h) => norm(h) === norm(name));
  const yearColumns = yearColumnsOf(header);
  if (yearColumns.length === 0)
    throw new ImportError(`In der Kopfzeile fehlen die Jahresspalten (z. B. ${ctx.years[0]}, ${ctx.years[1] ?? ctx.years[0]! + 1}, …).`);
  const known = new Set(FIXED_COLUMNS.map(norm));
  const ignoredColumns = header
    .map((h, i) => ({ h, i }))
    .filter(({ h, i }) => h !== '' && !known.has(norm(h)) && !yearColumns.some((y) => y.i === i))
    .map(({ h, i }) => `${excelColumnName(i)}: „${h.length > 40 ? `${h.slice(0, 40)}…` : h}“`);

  const raws: RawCostRow[] = [];
  const extraErrors: CellError[] = [];
  const dataRows = nonEmpty.slice(1);
  const headerKey = header.map(norm).join('|');
  dataRows.forEach(({ cells: r, excelRow: row }) => {
    if (r.map(norm).join('|') === headerKey) {
      extraErrors.push({ row, column: '–', message: 'Die Kopfzeile steht hier ein zweites Mal; die Zeile wird übersprungen.' });
      raws.push({ kommune: '', variante: '', kategorie: '', art: '', haushaltswirksam: '', bezeichnung: '__skip__', betraege: [] });
      return;
    }
    for (const y of yearColumns) {
      if (!ctx.years.includes(y.year) && (r[y.i] ?? '').trim() !== '') {
        extraErrors.push({
          row,
          column: String(y.year),
          message: `Das Jahr ${y.year} liegt außerhalb des Betrachtungszeitraums (${ctx.years[0]}–${ctx.years[ctx.years.length - 1]}).`,
        });
      }
    }
    raws.push({
      // Our CSV export writes formula-like text with a leading apostrophe (CSV injection).
      kommune: fromExcelSafeText(r[col('Kommune')] ?? ''),
      variante: r[col('Variante')] ?? '',
      kategorie: r[col('Kategorie')] ?? '',
      art: r[col('Art')] ?? '',
      haushaltswirksam: r[col('Haushaltswirksam')] ?? '',
      bezeichnung: fromExcelSafeText(r[col('Bezeichnung')] ?? ''),
      betraege: ctx.years.map((year) => {
        const y = yearColumns.find((c) => c.year === year);
        return y ? (r[y.i] ?? '') : '';
      }),
    });
  });
  // parseCostRows counts its rows 1, 2, …; the user knows them by Excel's row numbers.
  const excelRowOf = (index1: number) => dataRows[index1 - 1]?.excelRow ?? index1;
  const parsed = parseCostRows(raws, ctx);
  const skipped = new Set(extraErrors.map((e) => e.row));
  const rowErrors = parsed.errors.filter((e) => raws[e.row - 1]?.bezeichnung !== '__skip__').map((e) => ({ ...e, row: excelRowOf(e.row) }));
  const errors = [...extraErrors, ...rowErrors].sort((a, b) => a.row - b.row);
  const lines = parsed.lines.map((l) => ({ ...l, sourceRow: excelRowOf(l.sourceRow) })).filter((l) => !skipped.has(l.sourceRow));
  return { lines, errors, dataRows: dataRows.length, ignoredColumns };
}

export function parseCsv(bytes: Uint8Array, ctx: RowContext): ImportPreview {
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new ImportError(
      `Die Datei ist zu groß (${(bytes.length / 1024 / 1024).toFixed(0)} MB). Höchstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB sind möglich; bitte die Datei aufteilen.`,
    );
  if (looksBinary(bytes)) throw new ImportError('Das ist keine CSV-Datei (sie enthält Binärdaten). Bitte eine CSV- oder XLSX-Datei wählen.');
  const text = decodeText(bytes);
  // Empty lines are kept (and skipped later) so that row numbers stay Excel's.
  const result = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: false });
  return rowsFromTable(numberedRows(result.data), ctx);
}

export async function parseXlsx(bytes: Uint8Array, ctx: RowContext): Promise<ImportPreview> {
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new ImportError(
      `Die Datei ist zu groß (${(bytes.length / 1024 / 1024).toFixed(0)} MB). Höchstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB sind möglich.`,
    );
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ImportError('Die Datei lässt sich nicht als Excel-Arbeitsmappe (XLSX) lesen. Bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ speichern.');
  }
  const withData = workbook.worksheets.filter((s) => s.actualRowCount > 0);
  const sheet = workbook.worksheets.find((s) => norm(s.name) === 'kosten') ?? (withData.length === 1 ? withData[0] : undefined);
  if (!sheet) {
    if (withData.length === 0) throw new ImportError('Die Arbeitsmappe ist leer.');
    throw new ImportError(
      `Die Arbeitsmappe hat mehrere Tabellenblätter mit Daten (${withData.map((s) => `„${s.name}“`).join(', ')}). Bitte das Blatt mit den Kosten „Kosten“ nennen oder nur dieses Blatt behalten.`,
    );
  }
  const table: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      cells.push(xlsxCellText(row.getCell(c).value, table.length === 0));
    }
    table.push({ cells, excelRow: row.number });
  });
  return rowsFromTable(table, ctx);
}
