/**
 * Import of cost data from CSV (German Excel: `;`, decimal comma, UTF-8 with BOM or
 * Windows-1252) and XLSX. Produces a preview: the rows that will be imported and the
 * rejected ones with row, column and reason. Nothing is written here.
 */
import Papa from 'papaparse';
import { FIXED_COLUMNS, parseCostRows, type CellError, type RawCostRow, type RowContext } from '../../domain/costs/costRows';
import type { CostLineInput } from '../../domain/costs/model';
import { decodeText, looksBinary } from './decodeText';
import { xlsxCellText } from './xlsxCellText';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportPreview {
  lines: (CostLineInput & { sourceRow: number })[];
  errors: CellError[];
  dataRows: number;
}

export class ImportError extends Error {}

const norm = (s: unknown) => String(s ?? '').trim().toLocaleLowerCase('de-DE');

/** Header + data rows (as text) → raw cost rows aligned to the period's years. */
export function rowsFromTable(table: string[][], ctx: RowContext): ImportPreview {
  const nonEmpty = table.filter((r) => r.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) throw new ImportError('Die Datei ist leer. Bitte eine Datei mit Kopfzeile und mindestens einer Datenzeile wählen (Vorlage siehe „Vorlage herunterladen“).');
  const header = nonEmpty[0]!.map((h) => h.trim());
  const missing = FIXED_COLUMNS.filter((c) => !header.some((h) => norm(h) === norm(c)));
  if (missing.length > 0) {
    if (header.length === 1 && /[,\t]/.test(header[0]!)) {
      throw new ImportError('Die Spalten sind nicht durch Semikolon (;) getrennt. Bitte die Datei in Excel als „CSV (Trennzeichen-getrennt)“ speichern oder die Vorlage verwenden.');
    }
    throw new ImportError(`In der Kopfzeile fehlen die Spalten: ${missing.join(', ')}. Bitte die Vorlage verwenden.`);
  }
  const col = (name: string) => header.findIndex((h) => norm(h) === norm(name));
  const yearColumns = header.map((h, i) => ({ year: /^\d{4}$/.test(h) ? Number(h) : NaN, i })).filter((y) => !Number.isNaN(y.year));
  if (yearColumns.length === 0) throw new ImportError(`In der Kopfzeile fehlen die Jahresspalten (z. B. ${ctx.years[0]}, ${ctx.years[1] ?? ctx.years[0]! + 1}, …).`);

  const raws: RawCostRow[] = [];
  const extraErrors: CellError[] = [];
  const dataRows = nonEmpty.slice(1);
  const headerKey = header.map(norm).join('|');
  dataRows.forEach((r, index) => {
    const row = index + 1;
    if (r.map(norm).join('|') === headerKey) {
      extraErrors.push({ row, column: '–', message: 'Die Kopfzeile steht hier ein zweites Mal; die Zeile wird übersprungen.' });
      raws.push({ kommune: '', variante: '', kategorie: '', art: '', haushaltswirksam: '', bezeichnung: '__skip__', betraege: [] });
      return;
    }
    for (const y of yearColumns) {
      if (!ctx.years.includes(y.year) && (r[y.i] ?? '').trim() !== '') {
        extraErrors.push({ row, column: String(y.year), message: `Das Jahr ${y.year} liegt außerhalb des Betrachtungszeitraums (${ctx.years[0]}–${ctx.years[ctx.years.length - 1]}).` });
      }
    }
    raws.push({
      kommune: r[col('Kommune')] ?? '',
      variante: r[col('Variante')] ?? '',
      kategorie: r[col('Kategorie')] ?? '',
      art: r[col('Art')] ?? '',
      haushaltswirksam: r[col('Haushaltswirksam')] ?? '',
      bezeichnung: r[col('Bezeichnung')] ?? '',
      betraege: ctx.years.map((year) => {
        const y = yearColumns.find((c) => c.year === year);
        return y ? (r[y.i] ?? '') : '';
      }),
    });
  });
  const parsed = parseCostRows(raws, ctx);
  const skipped = new Set(extraErrors.map((e) => e.row));
  const errors = [...extraErrors, ...parsed.errors.filter((e) => raws[e.row - 1]?.bezeichnung !== '__skip__')].sort((a, b) => a.row - b.row);
  return { lines: parsed.lines.filter((l) => !skipped.has(l.sourceRow)), errors, dataRows: dataRows.length };
}

export function parseCsv(bytes: Uint8Array, ctx: RowContext): ImportPreview {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(`Die Datei ist zu groß (${(bytes.length / 1024 / 1024).toFixed(0)} MB). Höchstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB sind möglich; bitte die Datei aufteilen.`);
  if (looksBinary(bytes)) throw new ImportError('Das ist keine CSV-Datei (sie enthält Binärdaten). Bitte eine CSV- oder XLSX-Datei wählen.');
  const text = decodeText(bytes);
  const result = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: 'greedy' });
  return rowsFromTable(result.data, ctx);
}

export async function parseXlsx(bytes: Uint8Array, ctx: RowContext): Promise<ImportPreview> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(`Die Datei ist zu groß (${(bytes.length / 1024 / 1024).toFixed(0)} MB). Höchstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB sind möglich.`);
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
    throw new ImportError(`Die Arbeitsmappe hat mehrere Tabellenblätter mit Daten (${withData.map((s) => `„${s.name}“`).join(', ')}). Bitte das Blatt mit den Kosten „Kosten“ nennen oder nur dieses Blatt behalten.`);
  }
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      cells.push(xlsxCellText(row.getCell(c).value, table.length === 0));
    }
    table.push(cells);
  });
  return rowsFromTable(table, ctx);
}
