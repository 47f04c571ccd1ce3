/** Calculation of every proposal for a scenario, recomputed only where inputs changed. */
import { useMemo } from 'react';
import type { CalculatedProposal } from '../domain/costs/aggregate';
import { calculateAll, groupLines } from '../domain/costs/batch';
import type { ScenarioId } from '../domain/costs/scenarios';
import { useCalculationInputs } from './CalculationInputs';

export function useCalculations(scenario: ScenarioId): CalculatedProposal[] | undefined {
  const { inputs, caches } = useCalculationInputs();
  const linesByProposal = useMemo(() => (inputs ? groupLines(inputs.lines) : undefined), [inputs]);
  return useMemo(() => {
    if (!inputs || !linesByProposal) return undefined;
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
        sharedVersion: `${inputs.settings.revision}|${inputs.parties.map((p) => `${p.id}:${p.revision}`).join(',')}`,
      },
      cache,
    );
  }, [inputs, linesByProposal, scenario, caches]);
}
