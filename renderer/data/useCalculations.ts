/** Live calculation of every proposal, recomputed when any input changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CalculatedProposal } from '../domain/costs/aggregate';
import { calculateProposal } from '../domain/costs/engine';
import type { CostLine } from '../domain/costs/model';
import type { ScenarioId } from '../domain/costs/scenarios';
import { useDb } from './DbContext';
import { loadCalculationSettings, loadPlan } from './repositories/costs';

export function useCalculations(scenario: ScenarioId): CalculatedProposal[] | undefined {
  const db = useDb();
  const inputs = useLiveQuery(async () => {
    const [proposals, parties, lines, settings] = await Promise.all([db.proposals.toArray(), db.parties.toArray(), db.costLines.toArray(), loadCalculationSettings(db)]);
    const plans = await Promise.all(proposals.map((p) => loadPlan(db, p.id)));
    return { proposals, parties, lines, settings, plans };
  }, [db]);
  return useMemo(() => {
    if (!inputs) return undefined;
    const linesByProposal = new Map<string, CostLine[]>();
    for (const l of inputs.lines) {
      const list = linesByProposal.get(l.proposalId) ?? [];
      list.push(l);
      linesByProposal.set(l.proposalId, list);
    }
    return inputs.proposals.map((p, i) => ({
      id: p.id,
      title: p.title,
      areaId: p.areaId,
      status: p.status,
      calc: calculateProposal({
        proposal: p,
        plan: inputs.plans[i]!,
        lines: linesByProposal.get(p.id) ?? [],
        parties: inputs.parties,
        payRates: inputs.settings.payRates,
        multipliers: inputs.settings.scenarios[scenario],
      }),
    }));
  }, [inputs, scenario]);
}
