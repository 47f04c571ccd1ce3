/** Shared number formats and colours for every chart (dashboard, presentation, report). */
// Money formats live in domain/money.ts (one module for screens, charts, reports and files).
export { formatEuroTick, formatEuroWhole } from '../domain/money';

/**
 * Okabe–Ito palette: distinguishable for the common forms of colour blindness and,
 * thanks to their different lightness, in greyscale print.
 */
export { SERIES_COLORS } from '../domain/figures/areaColors';
export const IST_COLOR = '#7f7f7f';
export const KOOP_COLOR = '#0072B2';
export const SAVINGS_COLOR = '#009E73';
