/**
 * Tables to files: CSV as German Excel reads it (`;`, decimal comma, UTF-8 with BOM,
 * CRLF) and XLSX with real numbers. Used for cost tables, area totals and the template.
 */
import Papa from 'papaparse';
import { toExcelSafeText } from '../../domain/excelSafeText';
import { formatCsvAmount } from '../../domain/money';

export type Cell = string | number;

export function toGermanCsv(table: Cell[][]): string {
  const text = table.map((row) => row.map((c) => (typeof c === 'number' ? formatCsvAmount(c) : toExcelSafeText(c))));
  // Papa's own escapeFormulae would also quote negative amounts ("-1234,56") as text.
  return '\ufeff' + Papa.unparse(text, { delimiter: ';', newline: '\r\n' });
}

export async function toXlsx(table: Cell[][], sheetName: string): Promise<Uint8Array> {
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = 'IKZ-Planer';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRows(table);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col, i) => {
    col.width = i < 6 ? 22 : 14;
    if (i >= 1) col.numFmt = '#,##0.00';
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
