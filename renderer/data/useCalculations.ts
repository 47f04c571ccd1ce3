/** Calculation of every proposal for a scenario, recomputed only where inputs changed. */
import { useMemo } from 'react';
import type { CalculatedProposal } from '../domain/costs/aggregate';
import { groupLines } from '../domain/costs/batch';
import type { ScenarioId } from '../domain/costs/scenarios';
import { calculateScenario } from './calculations';
import { useCalculationInputs } from './CalculationInputs';

export function useCalculations(scenario: ScenarioId): CalculatedProposal[] | undefined {
  const { inputs, caches } = useCalculationInputs();
  const linesByProposal = useMemo(() => (inputs ? groupLines(inputs.lines) : undefined), [inputs]);
  return useMemo(() => (inputs && linesByProposal ? calculateScenario(inputs, caches, scenario, linesByProposal) : undefined), [inputs, linesByProposal, scenario, caches]);
}
