/**
 * Validation of the cost model (model.ts): the zod schemas for lines, plans and amounts,
 * used when something is written or read from a file (grid save, import, exchange,
 * schema upgrade). Kept apart from model.ts so that the first screen, which only reads,
 * does not load zod.
 */
import { z } from 'zod';
import { invisibleMessage, visibleText } from '../visibleText';
import { ALLOCATION_KEYS, COST_CATEGORIES, RECURRENCES, VARIANTS } from './model';

const cents = z.number().int('Beträge werden in Cent gespeichert.');

/** Year-by-year amounts keyed by calendar year (why: see YearAmounts in model.ts). */
export const yearAmountsSchema = z.record(z.string().regex(/^\d{4}$/, 'Jahresbeträge sind nach Kalenderjahr (vierstellig) geordnet.'), cents);

/** How the yearly amounts of a line are entered. */
export const amountEntrySchema = z.discriminatedUnion('mode', [
  /** Year by year, by calendar year. */
  z.object({ mode: z.literal('years'), byYear: yearAmountsSchema }),
  /** A start value that grows by a percentage each year (e.g. pay rises); starts in the period's first year. */
  z.object({ mode: z.literal('growth'), startCents: cents, increasePercent: z.number().min(-50).max(50) }),
  /** Staff: full-time equivalents × personnel cost rate of a pay group, indexed yearly; from the period's first year. */
  z.object({ mode: z.literal('staff'), fte: z.number().min(0).max(10_000), payGroup: z.string().min(1), increasePercent: z.number().min(-50).max(50) }),
]);

export const costLineInputSchema = z.object({
  proposalId: z.string().min(1),
  variant: z.enum(VARIANTS),
  /** null: a joint cost of the cooperation, shared by the allocation key. */
  partyId: z.string().nullable(),
  category: z.enum(COST_CATEGORIES),
  recurrence: z.enum(RECURRENCES),
  budgetRelevant: z.boolean(),
  label: visibleText({
    min: 1,
    max: 200,
    tooShort: 'Bitte eine Bezeichnung eintragen.',
    tooLong: 'Die Bezeichnung ist zu lang (höchstens 200 Zeichen).',
    invisible: invisibleMessage('Die Bezeichnung'),
  }),
  entry: amountEntrySchema,
  isExample: z.boolean(),
  /** Position within its variant as the user arranged it (grid, import); older lines have none. */
  order: z.number().int().min(0).optional(),
});

export const allocationSchema = z.object({
  key: z.enum(ALLOCATION_KEYS),
  /** Case counts per party for this proposal (e.g. payroll slips a month). */
  cases: z.record(z.string(), z.number().min(0)),
  /** Custom weights per party. */
  weights: z.record(z.string(), z.number().min(0)),
  /** Mixed key: this share (0-100 %) is split equally, the rest by `variableKey`. */
  basePercent: z.number().min(0).max(100),
  variableKey: z.enum(['einwohner', 'faelle', 'gewichte']),
});

export const periodSchema = z.object({
  startYear: z.number().int().min(2000, 'Das Startjahr muss zwischen 2000 und 2100 liegen.').max(2100, 'Das Startjahr muss zwischen 2000 und 2100 liegen.'),
  years: z.number().int().min(1, 'Der Betrachtungszeitraum muss 1 bis 30 Jahre lang sein.').max(30, 'Der Betrachtungszeitraum muss 1 bis 30 Jahre lang sein.'),
});

/** One nominal rate for all years, or a yield curve: one rate per maturity n = 1, 2, … */
export const discountingSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('flat'), ratePercent: z.number().min(-5).max(20) }),
  z.object({ mode: z.literal('curve'), ratesPercent: z.array(z.number().min(-5).max(20)).min(1) }),
]);
