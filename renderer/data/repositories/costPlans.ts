/**
 * Reads of calculation plans and calculation settings (pay rates, scenarios). Apart from
 * the writes in costs.ts, because the first screen needs these reads and must not load
 * the validation the writes use (issue 6: initial bundle).
 */
import { DEFAULT_ALLOCATION, type CostPlan } from '../../domain/costs/model';
import { DEFAULT_PAY_RATES } from '../../domain/costs/payRates';
import { DEFAULT_SCENARIOS } from '../../domain/costs/scenarios';
import type { CalculationSettings, IkzDatabase } from '../db';
import { nowIso } from '../records';
import { loadSettings } from './settings';

/**
 * The plan a new proposal gets: the settings' period length, starting the year after
 * `today`. It is stored when the proposal is created, so the period is fixed from then
 * on and no calculation takes it from the clock. Its rate follows the settings until
 * the plan is saved (`followsSettings`).
 */
export function initialPlan(
  proposalId: string,
  settings: { observationYears: number; discountRatePercent: number },
  today: Date,
): Omit<CostPlan, 'id' | 'createdAt' | 'updatedAt' | 'revision'> {
  return {
    proposalId,
    period: { startYear: today.getFullYear() + 1, years: settings.observationYears },
    discounting: { mode: 'flat', ratePercent: settings.discountRatePercent },
    allocation: DEFAULT_ALLOCATION,
    followsSettings: true,
  };
}

/** The plan as calculated: a plan that follows the settings takes today's default rate. */
export function resolvePlan(plan: CostPlan, settings: { discountRatePercent: number }): CostPlan {
  return plan.followsSettings ? { ...plan, discounting: { mode: 'flat', ratePercent: settings.discountRatePercent } } : plan;
}

/**
 * Every proposal has a stored plan (written at creation, by the seed, and by the v3
 * upgrade). Should one be missing anyway (data written around the repositories), the
 * start year comes from the proposal's creation, not from today, so it cannot move.
 */
function fallbackPlan(proposalId: string, createdAt: string | undefined, settings: { observationYears: number; discountRatePercent: number }): CostPlan {
  const created = createdAt ? new Date(createdAt) : new Date(Number.NaN);
  const year = Number.isNaN(created.getTime()) ? FALLBACK_CREATED : created;
  return { ...initialPlan(proposalId, settings, year), id: '', createdAt: '', updatedAt: '', revision: 0 };
}
const FALLBACK_CREATED = new Date('2026-06-30T12:00:00');

/** The plan of a proposal (see `fallbackPlan` for one without a stored plan). */
export async function loadPlan(db: IkzDatabase, proposalId: string): Promise<CostPlan> {
  const [stored, settings] = await Promise.all([db.costPlans.where('proposalId').equals(proposalId).first(), loadSettings(db)]);
  if (stored) return resolvePlan(stored, settings);
  return fallbackPlan(proposalId, (await db.proposals.get(proposalId))?.createdAt, settings);
}

/** Plans of all given proposals in one read (the dashboard needs every one). */
export async function loadPlans(db: IkzDatabase, proposalIds: readonly string[]): Promise<Map<string, CostPlan>> {
  const [stored, settings] = await Promise.all([db.costPlans.toArray(), loadSettings(db)]);
  const byProposal = new Map(stored.map((p) => [p.proposalId, p]));
  const missing = proposalIds.filter((id) => !byProposal.has(id));
  const created =
    missing.length > 0 ? new Map((await db.proposals.bulkGet(missing)).map((p, i) => [missing[i]!, p?.createdAt])) : new Map<string, string | undefined>();
  return new Map(
    proposalIds.map((id) => {
      const plan = byProposal.get(id);
      return [id, plan ? resolvePlan(plan, settings) : fallbackPlan(id, created.get(id), settings)];
    }),
  );
}

export async function loadCalculationSettings(db: IkzDatabase): Promise<CalculationSettings> {
  const row = await db.settings.get('calculation');
  if (row && row.id === 'calculation') return row as CalculationSettings;
  return { id: 'calculation', payRates: [...DEFAULT_PAY_RATES], scenarios: DEFAULT_SCENARIOS, updatedAt: nowIso(), revision: 0 };
}
