/** Saves a table as German CSV or as XLSX through the platform's save dialog. */
import { bytesToBase64 } from '../../domain/bytes';
import { platform } from '../../platform';
import type { Cell } from './tableFiles';

export async function saveTableFile(
  name: string,
  kind: 'csv' | 'xlsx',
  table: Cell[][],
  sheetName: string,
): Promise<{ saved: boolean; fileName: string | null }> {
  // Loaded when a file is saved: the CSV writer (papaparse) stays out of the start's JavaScript.
  const { toGermanCsv, toXlsx } = await import('./tableFiles');
  if (kind === 'csv') {
    return platform.saveFile({
      suggestedName: `${name}.csv`,
      content: toGermanCsv(table),
      encoding: 'utf8',
      filters: [{ name: 'CSV (Excel)', extensions: ['csv'] }],
    });
  }
  return platform.saveFile({
    suggestedName: `${name}.xlsx`,
    content: bytesToBase64(await toXlsx(table, sheetName)),
    encoding: 'base64',
    filters: [{ name: 'Excel-Arbeitsmappe', extensions: ['xlsx'] }],
  });
}
