import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../state/DbContext';
import { loadCalculationSettings, loadPlan } from '../../data/repositories/costPlans';
import { sortLinesByOrder } from '../../domain/costs/lineOrder';

/** Everything the cost editor of one proposal needs, live. */
export function useCostEditorData(proposalId: string | null) {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!proposalId) return null;
    const proposal = await db.proposals.get(proposalId);
    if (!proposal) return null;
    const [lines, plan, calc, parties] = await Promise.all([
      db.costLines.ofProposal(proposalId),
      loadPlan(db, proposalId),
      loadCalculationSettings(db),
      db.parties.toArray(),
    ]);
    const involved = [proposal.leadPartyId, ...proposal.participantIds]
      .map((id) => parties.find((p) => p.id === id))
      .filter((p): p is NonNullable<typeof p> => Boolean(p));
    return { proposal, lines: sortLinesByOrder(lines), plan, calc, involved };
  }, [db, proposalId]);
}
