/**
 * Cell text of the cost grid: amounts shown one way however they were typed, and a block
 * pasted while a cell is being edited spread over the grid like a paste outside edit mode.
 */
import { formatGermanAmount, parseGermanAmount } from '../../domain/costs/germanNumber';
import { emptyRow, yearKey, type GridRow } from './gridModel';

/** `60000`, `60.000` and `€ 60.000` all show as `60.000,00`; text that is no amount stays as typed (and is marked). */
export function normaliseAmount(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const parsed = parseGermanAmount(trimmed);
  return parsed.ok ? formatGermanAmount(parsed.cents) : trimmed;
}

const TRUE = new Set(['ja', 'j', 'x', 'true', '1', 'wahr', 'yes']);

/** Column keys of the editable grid columns, left to right. */
export function editableKeys(years: number): string[] {
  return ['kommune', 'kategorie', 'art', 'haushaltswirksam', 'bezeichnung', ...Array.from({ length: years }, (_, i) => yearKey(i))];
}

/** Tab-separated text as Excel puts it on the clipboard → cells (a trailing line break ends the block). */
export function parseBlock(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'));
}

export const isBlock = (text: string) => /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));

/** Rows after pasting `text` with its top-left cell at (`row`, column `colKey`); missing rows are added. */
export function pasteBlock(rows: readonly GridRow[], row: number, colKey: string, text: string, years: number): GridRow[] {
  const keys = editableKeys(years);
  const start = keys.indexOf(colKey);
  if (start < 0) return [...rows];
  const next = [...rows];
  parseBlock(text).forEach((cells, r) => {
    const target = row + r;
    while (next.length <= target) next.push(emptyRow(years));
    const updated = { ...next[target]! } as GridRow & Record<string, unknown>;
    cells.forEach((value, c) => {
      const key = keys[start + c];
      if (!key) return;
      if (key === 'haushaltswirksam') updated.haushaltswirksam = TRUE.has(value.trim().toLocaleLowerCase('de-DE'));
      else if (key.startsWith('y')) updated[key] = normaliseAmount(value);
      else updated[key] = value.trim();
    });
    next[target] = updated;
  });
  return next;
}
