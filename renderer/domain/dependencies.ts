/** Dependencies between proposals, read in both directions. */
import type { Proposal } from './schemas';
import { isSettled } from './status';

export function dependentsOf(proposalId: string, all: readonly Proposal[]): Proposal[] {
  return all.filter((p) => p.dependsOn.includes(proposalId));
}

export function dependenciesOf(proposal: Pick<Proposal, 'dependsOn'>, all: readonly Proposal[]): Proposal[] {
  const byId = new Map(all.map((p) => [p.id, p]));
  return proposal.dependsOn.map((id) => byId.get(id)).filter((p): p is Proposal => p !== undefined);
}

/** Dependencies that have not been decided yet: the proposal is waiting for them. */
export function openDependencies(proposal: Pick<Proposal, 'dependsOn'>, all: readonly Proposal[]): Proposal[] {
  return dependenciesOf(proposal, all).filter((p) => !isSettled(p.status));
}

/**
 * True when making `proposalId` depend on `dependsOn` would close a loop
 * (A waits for B, B waits for A): such a plan could never start.
 */
export function wouldCreateCycle(proposalId: string, dependsOn: readonly string[], all: readonly Proposal[]): boolean {
  const edges = new Map(all.map((p) => [p.id, p.dependsOn]));
  edges.set(proposalId, [...dependsOn]);
  const seen = new Set<string>();
  const stack = [...dependsOn];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === proposalId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(edges.get(id) ?? []));
  }
  return false;
}
