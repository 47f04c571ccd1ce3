/** Pessimistic / base / optimistic scenarios as multipliers per variant and category. */
import { COST_CATEGORIES, type CostCategory, type Variant } from './model';

export const SCENARIO_IDS = ['pessimistisch', 'basis', 'optimistisch'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];
export const SCENARIO_LABELS: Record<ScenarioId, string> = { pessimistisch: 'Pessimistisch', basis: 'Basis', optimistisch: 'Optimistisch' };

export type Multipliers = Record<Variant, Record<CostCategory, number>>;
export type ScenarioSet = Record<ScenarioId, Multipliers>;

const all = (value: number): Record<CostCategory, number> => Object.fromEntries(COST_CATEGORIES.map((c) => [c, value])) as Record<CostCategory, number>;

export const NEUTRAL_MULTIPLIERS: Multipliers = { ist: all(1), kooperation: all(1) };

/**
 * Defaults: the status quo is known, so it stays; the cooperation's costs are uncertain.
 * Introduction costs are the classic overrun, revenues the classic shortfall.
 */
export const DEFAULT_SCENARIOS: ScenarioSet = {
  pessimistisch: { ist: all(1), kooperation: { ...all(1.1), investition: 1.3, erloese: 0.8 } },
  basis: NEUTRAL_MULTIPLIERS,
  optimistisch: { ist: all(1), kooperation: { ...all(0.95), investition: 0.9, erloese: 1.1 } },
};
