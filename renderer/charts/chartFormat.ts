/** Shared number formats and colours for every chart (dashboard, presentation, report). */
// Money formats live in domain/money.ts (one module for screens, charts, reports and files).
export { formatEuroTick, formatEuroWhole } from '../domain/money';

/**
 * Okabe–Ito palette: distinguishable for the common forms of colour blindness and,
 * thanks to their different lightness, in greyscale print.
 */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export const IST_COLOR = '#7f7f7f';
export const KOOP_COLOR = '#0072B2';
export const SAVINGS_COLOR = '#009E73';
