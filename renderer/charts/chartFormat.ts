/** Shared number formats and colours for every chart (dashboard, presentation, report). */
const euroCompact = new Intl.NumberFormat('de-DE', { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 });
const euroFull = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** Axis ticks: cents → `1,2 Mio. €`. */
export function formatEuroTick(cents: number): string {
  return `${euroCompact.format(cents / 100)} €`;
}

/** Tooltips and tables: cents → `1.234.567 €` (whole euros; the tables show cents). */
export function formatEuroWhole(cents: number): string {
  return euroFull.format(Math.round(cents / 100));
}

/**
 * Okabe–Ito palette: distinguishable for the common forms of colour blindness and,
 * thanks to their different lightness, in greyscale print.
 */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export const IST_COLOR = '#7f7f7f';
export const KOOP_COLOR = '#0072B2';
export const SAVINGS_COLOR = '#009E73';
