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
import { WORKSPACE_REVISION_ID, type CalculationSettings, type IkzDatabase, type WorkspaceRevision } from './db';
import { loadCalculationSettings, loadPlans } from './repositories/costPlans';

export interface CalculationInputs {
  /** The workspace revision these inputs were read at (see WorkspaceRevision). */
  revision: number;
  proposals: Proposal[];
  parties: Party[];
  lines: CostLine[];
  plans: Map<string, CostPlan>;
  settings: CalculationSettings;
}

/** All inputs in one read transaction: one consistent state, matching its revision. */
export function loadCalculationInputs(db: IkzDatabase): Promise<CalculationInputs> {
  return db.transaction('r', [db.proposals, db.parties, db.costSheets, db.costLineIds, db.costPlans, db.settings], async () => {
    const [proposals, parties, lines, settings, revision] = await Promise.all([
      db.proposals.toArray(),
      db.parties.toArray(),
      db.costLines.toArray(),
      loadCalculationSettings(db),
      readWorkspaceRevision(db),
    ]);
    const plans = await loadPlans(
      db,
      proposals.map((p) => p.id),
    );
    return { revision, proposals, parties, lines, settings, plans };
  });
}

export async function readWorkspaceRevision(db: IkzDatabase): Promise<number> {
  const row = (await db.settings.get(WORKSPACE_REVISION_ID)) as WorkspaceRevision | undefined;
  return row?.revision ?? 0;
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
