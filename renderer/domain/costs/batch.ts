/**
 * Calculates many proposals at once and reuses earlier results for proposals whose
 * inputs did not change, so one edited value recomputes one proposal, not all.
 *
 * The cache key is built from exactly what `calculateProposal` reads (plus the fields
 * copied into the result), never from a record revision that might not move: a plan
 * derived from the settings (never stored) has no revision of its own, and the
 * default discount rate lives in the general settings, not the calculation settings.
 * Lines are the one exception: they are keyed by id and revision because every write
 * goes through the repository, which bumps the revision (withNextRevision), and
 * hashing tens of thousands of lines on every edit would cost more than it saves.
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
  isExample?: boolean;
}

export interface BatchInput {
  proposals: readonly BatchProposal[];
  plans: ReadonlyMap<string, Pick<CostPlan, 'period' | 'discounting' | 'allocation'>>;
  linesByProposal: ReadonlyMap<string, readonly CostLine[]>;
  parties: readonly PartyFacts[];
  payRates: readonly PayRate[];
  multipliers: Multipliers;
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

/** Everything a proposal's result depends on, as one string (see the module comment). */
export function calculationKey(
  p: BatchProposal,
  input: Pick<BatchInput, 'plans' | 'linesByProposal'>,
  shared: string,
  inhabitants: ReadonlyMap<string, number | null>,
): string {
  const plan = input.plans.get(p.id);
  let linesKey = '';
  for (const l of input.linesByProposal.get(p.id) ?? []) linesKey += `${l.id}:${l.revision};`;
  const involved = [p.leadPartyId, ...p.participantIds];
  const populations = involved.map((id) => `${id}=${inhabitants.get(id) ?? 'null'}`).join(',');
  const own = JSON.stringify([
    p.title,
    p.areaId,
    p.status,
    p.isExample ?? false,
    p.leadPartyId,
    p.participantIds,
    plan?.period,
    plan?.discounting,
    plan?.allocation,
  ]);
  return `${own}|${populations}|${shared}|${linesKey}`;
}

export function calculateAll(input: BatchInput, cache: CalculationCache = new Map()): CalculatedProposal[] {
  const seen = new Set<string>();
  // Pay rates and multipliers affect every proposal; serialised once per call.
  const shared = JSON.stringify([input.payRates, input.multipliers]);
  const inhabitants = new Map(input.parties.map((p) => [p.id, p.inhabitants]));
  const out = input.proposals.map((p) => {
    seen.add(p.id);
    const plan = input.plans.get(p.id);
    const lines = input.linesByProposal.get(p.id) ?? [];
    const key = calculationKey(p, input, shared, inhabitants);
    const cached = cache.get(p.id);
    if (cached && cached.key === key) return cached.result;
    const result: CalculatedProposal = {
      id: p.id,
      title: p.title,
      areaId: p.areaId,
      status: p.status,
      isExample: p.isExample ?? false,
      discounting: plan!.discounting,
      calc: calculateProposal({ proposal: p, plan: plan!, lines, parties: input.parties, payRates: input.payRates, multipliers: input.multipliers }),
    };
    cache.set(p.id, { key, result });
    return result;
  });
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return out;
}
