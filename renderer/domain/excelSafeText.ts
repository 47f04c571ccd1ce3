/**
 * CSV injection (OWASP "CSV Injection"): Excel runs a cell that starts with =, +, -, @,
 * a tab or a carriage return as a formula. Text cells we write get a leading apostrophe
 * then, which Excel shows as plain text; our own import removes it again, so an export
 * re-imports to the same lines. Numbers are written as numbers and never touched.
 */
// Apostrophes already in front are counted too, so that the round trip is exact for any text.
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

export function toExcelSafeText(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** The inverse for our own files: `'=SUMME(A1)` → `=SUMME(A1)`; other text unchanged. */
export function fromExcelSafeText(text: string): string {
  return QUOTED.test(text) ? text.slice(1) : text;
}
