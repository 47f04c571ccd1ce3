/**
 * The inputs of every calculation (proposals, parties, cost lines, plans, settings) and
 * the cached calculation of a scenario, without React: the provider keeps them live,
 * tests and a worker can use them directly.
 */
import type { CalculatedProposal } from '../domain/costs/aggregate';
import { calculateAll, groupLines, type CalculationCache } from '../domain/costs/batch';
import type { CostLine, CostPlan } from '../domain/costs/model';
import type { ScenarioId } from '../domain/costs/scenarios';
import type { Party, Proposal } from '../domain/schemas';
import type { CalculationSettings, IkzDatabase } from './db';
import { loadCalculationSettings, loadPlans } from './repositories/costs';

export interface CalculationInputs {
  proposals: Proposal[];
  parties: Party[];
  lines: CostLine[];
  plans: Map<string, CostPlan>;
  settings: CalculationSettings;
}

export async function loadCalculationInputs(db: IkzDatabase): Promise<CalculationInputs> {
  const [proposals, parties, lines, settings] = await Promise.all([
    db.proposals.toArray(),
    db.parties.toArray(),
    db.costLines.toArray(),
    loadCalculationSettings(db),
  ]);
  return {
    proposals,
    parties,
    lines,
    settings,
    plans: await loadPlans(
      db,
      proposals.map((p) => p.id),
    ),
  };
}

export type CalculationCaches = Map<ScenarioId, CalculationCache>;

/** Every proposal calculated for a scenario; unchanged proposals come from the cache. */
export function calculateScenario(
  inputs: CalculationInputs,
  caches: CalculationCaches,
  scenario: ScenarioId,
  linesByProposal = groupLines(inputs.lines),
): CalculatedProposal[] {
  // One cache per scenario: it memoises pure results, so switching back and forth and
  // revisiting a screen costs nothing.
  let cache = caches.get(scenario);
  if (!cache) caches.set(scenario, (cache = new Map()));
  return calculateAll(
    {
      proposals: inputs.proposals,
      plans: inputs.plans,
      linesByProposal,
      parties: inputs.parties,
      payRates: inputs.settings.payRates,
      multipliers: inputs.settings.scenarios[scenario],
    },
    cache,
  );
}
