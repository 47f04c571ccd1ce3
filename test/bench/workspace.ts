/** A large synthetic workspace for the benchmarks: 200 proposals × 11 parties × 15 years × 6 categories. */
import { COST_CATEGORIES, DEFAULT_ALLOCATION, yearAmounts, type CostLine, type CostPlan } from '../../renderer/domain/costs/model';
import type { BatchProposal } from '../../renderer/domain/costs/batch';
import { PROPOSAL_STATUSES } from '../../renderer/domain/status';

export const PARTIES = Array.from({ length: 11 }, (_, i) => ({ id: `party-${i}`, inhabitants: i === 10 ? null : 17_000 + i * 7_000, revision: 1 }));

export function syntheticWorkspace(proposalCount = 200, years = 15) {
  const proposals: (BatchProposal & { revision: number })[] = [];
  const lines: CostLine[] = [];
  const plans = new Map<string, CostPlan>();
  let n = 0;
  for (let p = 0; p < proposalCount; p++) {
    const id = `proposal-${p}`;
    proposals.push({
      id,
      title: `Vorschlag ${p}`,
      areaId: `area-${p % 8}`,
      status: PROPOSAL_STATUSES[p % 7]!,
      revision: 1,
      leadPartyId: PARTIES[p % 11]!.id,
      participantIds: PARTIES.filter((_, i) => i !== p % 11).map((x) => x.id),
    });
    plans.set(id, {
      id: `plan-${p}`,
      proposalId: id,
      period: { startYear: 2027, years },
      discounting: { mode: 'flat', ratePercent: 0.9 },
      allocation: DEFAULT_ALLOCATION,
      createdAt: '',
      updatedAt: '',
      revision: 1,
    });
    for (const party of PARTIES) {
      for (const category of COST_CATEGORIES) {
        for (const variant of ['ist', 'kooperation'] as const) {
          const base = 10_000_00 + ((n * 7919) % 50_000_00);
          lines.push({
            id: `line-${n++}`,
            createdAt: '',
            updatedAt: '',
            revision: 1,
            proposalId: id,
            variant,
            partyId: variant === 'kooperation' && category === 'lizenzen_it' ? null : party.id,
            category,
            recurrence: 'laufend',
            budgetRelevant: true,
            label: `${category} ${party.id}`,
            isExample: false,
            entry: {
              mode: 'years',
              byYear: yearAmounts(
                2027,
                Array.from({ length: years }, (_, y) => Math.round(base * (variant === 'ist' ? 1 : 0.85) * (1 + 0.02 * y))),
              ),
            },
          });
        }
      }
    }
  }
  return { proposals, lines, plans };
}
