/**
 * Money as text: the only module that turns cents into euro strings, so the same figure
 * reads the same on screen, in charts, slides, the PDF, contracts and exported files.
 * Money is stored as integer cents everywhere.
 */
const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const euroWhole = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const euroCompact = new Intl.NumberFormat('de-DE', { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 });
const amount = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const csvAmount = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/** Cents → `1.234,56 €` (screens, reports). */
export function formatEuroCents(cents: number): string {
  return euro.format(cents / 100);
}

/** Cents → `1.234.567 €` (chart tooltips: whole euros; the tables beside them show cents). */
export function formatEuroWhole(cents: number): string {
  return euroWhole.format(Math.round(cents / 100));
}

/** Cents → `1,2 Mio. €` (axis ticks). */
export function formatEuroTick(cents: number): string {
  return `${euroCompact.format(cents / 100)} €`;
}

/** Cents → `1.234,56` without the sign (grid cells, editing). */
export function formatGermanAmount(cents: number): string {
  return amount.format(cents / 100);
}

/** Euros → `1234,56` (CSV as German Excel reads it: decimal comma, no grouping). */
export function formatCsvAmount(euros: number): string {
  return csvAmount.format(euros);
}
