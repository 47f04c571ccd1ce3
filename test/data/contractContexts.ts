/** Every seeded proposal with its plan and its calculation in the base scenario, as the screens have them. */
import { calculateScenario, loadCalculationInputs } from '../../renderer/data/calculations';
import type { PlaceholderContext } from '../../renderer/domain/contracts/placeholders';
import type { ProposalCalculation } from '../../renderer/domain/costs/engine';
import { freshDb } from './helpers';

export async function seededContexts(): Promise<{ title: string; context: PlaceholderContext; calculation: ProposalCalculation }[]> {
  const db = await freshDb();
  const inputs = await loadCalculationInputs(db);
  const calculated = calculateScenario(inputs, new Map(), 'basis');
  const areas = await db.areas.toArray();
  return inputs.proposals.map((proposal) => {
    const calc = calculated.find((c) => c.id === proposal.id)!.calc;
    return {
      title: proposal.title,
      calculation: calc,
      context: { proposal, parties: inputs.parties, areas, plan: inputs.plans.get(proposal.id) ?? null, calculation: calc },
    };
  });
}
