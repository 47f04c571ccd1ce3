/**
 * The cost grid's rows: stored lines shown as text per year, and the edits turned back
 * into repository changes. Validation is the shared row parser (same as the import).
 */
import { lineToRawRow, parseCostRows, type CellError, type RawCostRow, type RowContext } from '../../domain/costs/costRows';
import { lineAmounts, type PayRate } from '../../domain/costs/expand';
import { formatGermanAmount, parseGermanAmount } from '../../domain/costs/germanNumber';
import { VARIANT_LABELS, yearsOutside, type AmountEntry, type CostLine, type Period, type Variant } from '../../domain/costs/model';
import { yearList } from '../../domain/costs/outsidePeriod';
import type { CostLineChange } from '../../data/repositories/costs';

export interface GridRow {
  id: string | null;
  kommune: string;
  kategorie: string;
  art: string;
  haushaltswirksam: boolean;
  bezeichnung: string;
  /** Text per year, `y0` … `y{n-1}`. */
  [year: `y${number}`]: string;
  /** How the stored line was entered; edited rows become year-by-year values. */
  herkunft: string;
  /** Not a column: a growth or staff entry that the row keeps while its amounts are untouched. */
  computed?: AmountEntry;
  /** Not a column: the stored position (`order`) of the line, if it has one. */
  order?: number;
}

export const yearKey = (i: number) => `y${i}` as const;

function describeEntry(line: CostLine, period: Period): string {
  switch (line.entry.mode) {
    case 'years': {
      // Amounts kept outside the period (after a period change) are not in the grid's
      // columns; say that they exist so nobody thinks they are gone.
      const outside = yearsOutside(line.entry.byYear, period);
      return outside.length === 0 ? 'Jahreswerte' : `Jahreswerte; außerhalb des Zeitraums (nicht berechnet): ${yearList(outside)}`;
    }
    case 'growth':
      return `Startwert ${formatGermanAmount(line.entry.startCents)} € + ${line.entry.increasePercent.toLocaleString('de-DE')} % p. a.`;
    case 'staff':
      return `${line.entry.fte.toLocaleString('de-DE')} VZÄ ${line.entry.payGroup} + ${line.entry.increasePercent.toLocaleString('de-DE')} % p. a.`;
  }
}

export function rowsFromLines(lines: readonly CostLine[], period: Period, payRates: readonly PayRate[], partyName: (id: string) => string): GridRow[] {
  return lines.map((line) => {
    const raw = lineToRawRow(line, lineAmounts(line, period, payRates), partyName);
    const row = {
      id: line.id,
      kommune: raw.kommune,
      kategorie: raw.kategorie,
      art: raw.art,
      haushaltswirksam: line.budgetRelevant,
      bezeichnung: raw.bezeichnung,
      herkunft: describeEntry(line, period),
    } as GridRow;
    if (line.entry.mode !== 'years') row.computed = line.entry;
    if (line.order !== undefined) row.order = line.order;
    raw.betraege.forEach((v, i) => (row[yearKey(i)] = v));
    return row;
  });
}

export function emptyRow(years: number): GridRow {
  const row = { id: null, kommune: '', kategorie: '', art: 'laufend', haushaltswirksam: true, bezeichnung: '', herkunft: 'Jahreswerte' } as GridRow;
  for (let i = 0; i < years; i++) row[yearKey(i)] = '';
  return row;
}

export const isBlank = (row: GridRow, years: number) =>
  !row.kommune.trim() &&
  !row.kategorie.trim() &&
  !row.bezeichnung.trim() &&
  Array.from({ length: years }, (_, i) => row[yearKey(i)] ?? '').every((v) => !v.trim());

export function toRawRows(rows: readonly GridRow[], variant: Variant, years: number): RawCostRow[] {
  return rows.map((r) => ({
    kommune: r.kommune,
    variante: VARIANT_LABELS[variant],
    kategorie: r.kategorie,
    art: r.art,
    haushaltswirksam: r.haushaltswirksam ? 'ja' : 'nein',
    bezeichnung: r.bezeichnung,
    betraege: Array.from({ length: years }, (_, i) => r[yearKey(i)] ?? ''),
  }));
}

export interface GridValidation {
  errors: CellError[];
  /** `${rowIndex}:${columnId}` → message, for marking cells. */
  byCell: Map<string, string>;
  totals: number[];
}

export const COLUMN_IDS: Record<string, string> = {
  Kommune: 'kommune',
  Kategorie: 'kategorie',
  Art: 'art',
  Haushaltswirksam: 'haushaltswirksam',
  Bezeichnung: 'bezeichnung',
};

export function validateRows(rows: readonly GridRow[], variant: Variant, ctx: RowContext): GridValidation {
  const n = ctx.years.length;
  const indexed = rows.map((r, i) => ({ r, i })).filter(({ r }) => !isBlank(r, n));
  const { errors } = parseCostRows(
    toRawRows(
      indexed.map((x) => x.r),
      variant,
      n,
    ),
    ctx,
  );
  const mapped = errors.map((e) => ({ ...e, row: indexed[e.row - 1]!.i + 1 }));
  const byCell = new Map<string, string>();
  for (const e of mapped) {
    const yearIndex = ctx.years.indexOf(Number(e.column));
    const col = yearIndex >= 0 ? yearKey(yearIndex) : (COLUMN_IDS[e.column] ?? e.column);
    byCell.set(`${e.row - 1}:${col}`, e.message);
  }
  // A rejected cell (e.g. a negative amount) does not count, so the totals show what would be saved.
  const totals = ctx.years.map((_, i) =>
    indexed.reduce((s, { r, i: rowIndex }) => {
      if (byCell.has(`${rowIndex}:${yearKey(i)}`)) return s;
      const p = parseGermanAmount(r[yearKey(i)] ?? '');
      return s + (p.ok ? p.cents : 0);
    }, 0),
  );
  return { errors: mapped, byCell, totals };
}

const yearsOf = (row: GridRow, years: number) => Array.from({ length: years }, (_, i) => row[yearKey(i)] ?? '').join('|');

/** Rows whose amounts changed although they are computed (growth, staff): the editor asks first. */
export function computedRowsTouched(next: readonly GridRow[], prev: readonly GridRow[], years: number): GridRow[] {
  return next.filter((r) => {
    if (!r.computed || !r.id) return false;
    const before = prev.find((p) => p.id === r.id);
    return before !== undefined && yearsOf(before, years) !== yearsOf(r, years);
  });
}

/** Edits → repository change; unchanged stored rows keep their original entry (growth, staff). */
export function changesFromRows(
  rows: readonly GridRow[],
  original: readonly GridRow[],
  storedIds: readonly string[],
  variant: Variant,
  ctx: RowContext,
): CostLineChange {
  const n = ctx.years.length;
  const kept = rows.filter((r) => !isBlank(r, n));
  const same = (a: GridRow, b: GridRow) => JSON.stringify(a) === JSON.stringify(b);
  const upserts: CostLineChange['upserts'] = [];
  const { lines } = parseCostRows(toRawRows(kept, variant, n), ctx);
  // Row order is stored explicitly (`order`, sorted by lineOrder.ts). An unchanged stored row
  // keeps its place while the places stay increasing; only rows that moved (or follow a moved
  // or new row where needed) are rewritten. Lines without `order` sort first, so such a row
  // can stay untouched only before any ordered row.
  let last = -1;
  let ordered = false;
  kept.forEach((row, i) => {
    const originalIndex = row.id ? original.findIndex((o) => o.id === row.id) : -1;
    const before = originalIndex >= 0 ? original[originalIndex] : undefined;
    const place = before?.order ?? originalIndex;
    const canStay = before !== undefined && place > last && (before.order !== undefined || !ordered);
    if (before && same(before, row) && canStay) {
      last = place;
      ordered ||= before.order !== undefined;
      return;
    }
    const order = canStay ? place : last + 1;
    last = order;
    ordered = true;
    const line = lines.find((l) => l.sourceRow === i + 1);
    if (!line) return;
    const { sourceRow: _row, ...input } = line;
    // A growth or staff line keeps its entry unless the user agreed to turn it into yearly values.
    const entry = row.computed ?? input.entry;
    upserts.push(row.id ? { ...input, entry, order, id: row.id } : { ...input, entry, order });
  });
  const remaining = new Set(kept.map((r) => r.id).filter(Boolean));
  return { upserts, deletions: storedIds.filter((id) => !remaining.has(id)) };
}
