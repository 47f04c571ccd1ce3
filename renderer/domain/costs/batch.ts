/**
 * Calculates many proposals at once and reuses earlier results for proposals whose
 * inputs did not change, so one edited value recomputes one proposal, not all.
 */
import type { PartyFacts } from './allocation';
import type { CalculatedProposal } from './aggregate';
import { calculateProposal, type ProposalFacts } from './engine';
import type { PayRate } from './expand';
import type { CostLine, CostPlan } from './model';
import type { Multipliers } from './scenarios';
import type { ProposalStatus } from '../status';

export interface BatchProposal extends ProposalFacts {
  title: string;
  areaId: string;
  status: ProposalStatus;
  revision: number;
}

export interface BatchInput {
  proposals: readonly BatchProposal[];
  plans: ReadonlyMap<string, Pick<CostPlan, 'period' | 'discounting' | 'allocation' | 'revision'>>;
  linesByProposal: ReadonlyMap<string, readonly CostLine[]>;
  parties: readonly (PartyFacts & { revision?: number })[];
  payRates: readonly PayRate[];
  multipliers: Multipliers;
  /** Changes whenever pay rates, scenarios or parties change (they affect every proposal). */
  sharedVersion: string;
}

export type CalculationCache = Map<string, { key: string; result: CalculatedProposal }>;

export function groupLines(lines: readonly CostLine[]): Map<string, CostLine[]> {
  const map = new Map<string, CostLine[]>();
  for (const l of lines) {
    const list = map.get(l.proposalId);
    if (list) list.push(l);
    else map.set(l.proposalId, [l]);
  }
  return map;
}

export function calculateAll(input: BatchInput, cache: CalculationCache = new Map()): CalculatedProposal[] {
  const seen = new Set<string>();
  const out = input.proposals.map((p) => {
    seen.add(p.id);
    const plan = input.plans.get(p.id);
    const lines = input.linesByProposal.get(p.id) ?? [];
    let linesKey = '';
    for (const l of lines) linesKey += `${l.id}:${l.revision};`;
    const key = `${p.revision}|${p.status}|${p.title}|${p.areaId}|${plan?.revision ?? 0}|${JSON.stringify(plan?.period)}|${input.sharedVersion}|${linesKey}`;
    const cached = cache.get(p.id);
    if (cached && cached.key === key) return cached.result;
    const result: CalculatedProposal = {
      id: p.id,
      title: p.title,
      areaId: p.areaId,
      status: p.status,
      calc: calculateProposal({ proposal: p, plan: plan!, lines, parties: input.parties, payRates: input.payRates, multipliers: input.multipliers }),
    };
    cache.set(p.id, { key, result });
    return result;
  });
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return out;
}
