/**
 * An XLSX cell as the text a user sees in German Excel, read by its type: rich text and
 * hyperlinks as their text (not „[object Object]“), formulas as their result, numbers as
 * German amounts (a year in the header row stays a year), dates as TT.MM.JJJJ, booleans
 * as WAHR/FALSCH, errors as Excel shows them (#DIV/0!). The row parser then judges the text
 * exactly as it judges a CSV cell.
 */
import { formatGermanAmount } from '../../domain/costs/germanNumber';
import { formatDate } from '../../domain/format';

type RichText = { richText: { text: string }[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function numberText(value: number, isHeader: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  if (isHeader && Number.isInteger(value)) return String(value);
  const cents = value * 100;
  // Float noise from formulas (0,1 + 0,2) is rounded; a real third decimal is left for
  // the parser to refuse („mehr als zwei Nachkommastellen“) instead of rounding silently.
  if (Math.abs(cents - Math.round(cents)) < 1e-6) return formatGermanAmount(Math.round(cents));
  return value.toLocaleString('de-DE', { maximumFractionDigits: 10, useGrouping: true });
}

export function xlsxCellText(value: unknown, isHeader = false, depth = 0): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, isHeader);
  if (typeof value === 'boolean') return value ? 'WAHR' : 'FALSCH';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(value.toISOString());
  if (!isObject(value) || depth > 3) return '';
  if (Array.isArray((value as RichText).richText))
    return (value as RichText).richText.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('');
  if ('error' in value) return String(value.error);
  // Formula and shared formula: what Excel shows is the cached result.
  if ('formula' in value || 'sharedFormula' in value) return xlsxCellText(value.result, isHeader, depth + 1);
  // Hyperlink: the shown text (which may itself be rich text), never the address.
  if ('hyperlink' in value) return xlsxCellText(value.text, isHeader, depth + 1);
  if ('text' in value) return xlsxCellText(value.text, isHeader, depth + 1);
  return '';
}
