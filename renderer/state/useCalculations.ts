/** Calculation of every proposal for a scenario, recomputed only where inputs changed. */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { CalculatedProposal } from '../domain/costs/aggregate';
import { groupLines } from '../domain/costs/batch';
import type { ScenarioId } from '../domain/costs/scenarios';
import { calculateScenario } from '../data/calculations';
import { useCalculationInputs } from './CalculationInputs';

const noop = () => () => {};

export function useCalculations(scenario: ScenarioId): CalculatedProposal[] | undefined {
  const { inputs, caches, client } = useCalculationInputs();
  useEffect(() => client?.request(scenario), [client, scenario]);
  const fromWorker = useSyncExternalStore(client ? client.subscribe : noop, () => client?.get(scenario));
  const linesByProposal = useMemo(() => (inputs ? groupLines(inputs.lines) : undefined), [inputs]);
  const inline = useMemo(
    () => (inputs && linesByProposal ? calculateScenario(inputs, caches, scenario, linesByProposal) : undefined),
    [inputs, linesByProposal, scenario, caches],
  );
  return client ? fromWorker : inline;
}
