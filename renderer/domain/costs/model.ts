/**
 * The cost model of a proposal (DOMAIN.md, "How savings are evaluated"): cost lines for
 * the status quo (Ist) and the cooperation (Kooperation) over an observation period.
 * Money is integer euro cents; a revenue is a negative cost.
 */
import type { z } from 'zod';
// The zod schemas live in modelSchemas.ts: the first screen only reads and calculates and
// must not load the validation library (issue 6: initial bundle); types come from there.
import type { allocationSchema, amountEntrySchema, costLineInputSchema, discountingSchema, periodSchema, yearAmountsSchema } from './modelSchemas';

export const COST_CATEGORIES = ['personal', 'sachkosten', 'lizenzen_it', 'investition', 'erloese', 'sonstiges'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<CostCategory, string> = {
  personal: 'Personal',
  sachkosten: 'Sachkosten',
  lizenzen_it: 'Lizenzen/IT-Betrieb',
  investition: 'Investition/Einführung',
  erloese: 'Erlöse/Restwert',
  sonstiges: 'Sonstiges',
};

export const VARIANTS = ['ist', 'kooperation'] as const;
export type Variant = (typeof VARIANTS)[number];
export const VARIANT_LABELS: Record<Variant, string> = { ist: 'Ist', kooperation: 'Kooperation' };

export const RECURRENCES = ['einmalig', 'laufend'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/**
 * Year-by-year amounts keyed by calendar year ("2027" → cents); missing years are 0.
 *
 * Why a map by calendar year rather than offsets from the plan's start year (schema v2)
 * or `{ firstYear, amounts[] }`: an amount belongs to a budget year, whatever period the
 * plan shows. Keyed by year, nothing moves when the start year changes (or, in v2, when
 * the clock passed New Year for a proposal without a stored plan); amounts outside the
 * period can be kept without padding; an edit of one year touches one key, which a later
 * merge of exchange files can compare key by key. The field is named `byYear` (not
 * `amounts`) so that code written for the v2 array no longer compiles.
 */
export type YearAmounts = z.infer<typeof yearAmountsSchema>;
/** How the yearly amounts of a line are entered (years, growth or staff). */
export type AmountEntry = z.infer<typeof amountEntrySchema>;
export type CostLineInput = z.infer<typeof costLineInputSchema>;

export interface CostLine extends CostLineInput {
  id: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export const ALLOCATION_KEYS = ['einwohner', 'faelle', 'gleich', 'gewichte', 'gemischt'] as const;
export type AllocationKey = (typeof ALLOCATION_KEYS)[number];
export const ALLOCATION_KEY_LABELS: Record<AllocationKey, string> = {
  einwohner: 'nach Einwohnern',
  faelle: 'nach Fallzahlen',
  gleich: 'zu gleichen Teilen',
  gewichte: 'nach eigenen Gewichten',
  gemischt: 'gemischt (Sockel + variabler Anteil)',
};

export type Allocation = z.infer<typeof allocationSchema>;

export const DEFAULT_ALLOCATION: Allocation = { key: 'einwohner', cases: {}, weights: {}, basePercent: 30, variableKey: 'einwohner' };

export type Period = z.infer<typeof periodSchema>;
/** One nominal rate for all years, or a yield curve: one rate per maturity n = 1, 2, … */
export type Discounting = z.infer<typeof discountingSchema>;

/** The per-proposal calculation settings (one record per proposal). */
export interface CostPlan {
  id: string;
  proposalId: string;
  period: Period;
  discounting: Discounting;
  allocation: Allocation;
  /**
   * True while the plan was never saved in the plan form: its discounting then follows
   * the default rate under Einstellungen (as before schema v3). The period is always the
   * stored one: yearly amounts belong to calendar years inside it.
   */
  followsSettings?: boolean;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export function periodYears(period: Period): number[] {
  return Array.from({ length: period.years }, (_, i) => period.startYear + i);
}

/** Year amounts from values per year of a run of years starting at `firstYear`; zeros are left out. */
export function yearAmounts(firstYear: number, values: readonly number[]): YearAmounts {
  const out: YearAmounts = {};
  values.forEach((v, i) => {
    if (v !== 0) out[String(firstYear + i)] = v;
  });
  return out;
}

/** The calendar years of a line's stored amounts that lie outside the period, ascending. */
export function yearsOutside(byYear: YearAmounts, period: Period): number[] {
  const end = period.startYear + period.years - 1;
  return Object.keys(byYear)
    .map(Number)
    .filter((y) => (y < period.startYear || y > end) && byYear[String(y)] !== 0)
    .sort((a, b) => a - b);
}
