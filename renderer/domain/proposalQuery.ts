/**
 * Filtering, sorting and counting of the proposals list. Pure, so the list screen,
 * the benchmark and the tests use one implementation.
 */
import type { Proposal } from './schemas';
import { searchAlternatives } from './searchSynonyms';
import { PROPOSAL_STATUSES, STATUS_LABELS, type ProposalStatus } from './status';

export interface ProposalFilter {
  areaId: string | null;
  status: ProposalStatus | null;
  partyId: string | null;
  text: string;
}

export const EMPTY_FILTER: ProposalFilter = { areaId: null, status: null, partyId: null, text: '' };

export type ProposalSortKey = 'title' | 'area' | 'status' | 'updatedAt';
export interface ProposalSort {
  key: ProposalSortKey;
  direction: 'asc' | 'desc';
}

export interface NameLookup {
  areaName(id: string): string;
  partyName(id: string): string;
}

/** Lower-cased searchable text of one proposal; callers may cache it per revision. */
export function searchText(p: Proposal, names: NameLookup): string {
  return [p.title, p.description, p.goals, p.benefits, p.risks, p.responsible, p.statusReason, names.areaName(p.areaId), names.partyName(p.leadPartyId)]
    .join('\n')
    .toLocaleLowerCase('de-DE');
}

export function involvesParty(p: Proposal, partyId: string): boolean {
  return p.leadPartyId === partyId || p.participantIds.includes(partyId);
}

export function filterProposals(
  proposals: readonly Proposal[],
  filter: ProposalFilter,
  names: NameLookup,
  textOf: (p: Proposal) => string = (p) => searchText(p, names),
): Proposal[] {
  // Every word must match, itself or one of its synonyms.
  const words = filter.text.toLocaleLowerCase('de-DE').split(/\s+/).filter(Boolean).map(searchAlternatives);
  return proposals.filter((p) => {
    if (filter.areaId && p.areaId !== filter.areaId) return false;
    if (filter.status && p.status !== filter.status) return false;
    if (filter.partyId && !involvesParty(p, filter.partyId)) return false;
    if (words.length > 0) {
      const text = textOf(p);
      return words.every((alternatives) => alternatives.some((w) => text.includes(w)));
    }
    return true;
  });
}

const collator = new Intl.Collator('de-DE', { sensitivity: 'base', numeric: true });

export function sortProposals(proposals: readonly Proposal[], sort: ProposalSort, names: NameLookup): Proposal[] {
  const factor = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: Proposal, b: Proposal): number => {
    switch (sort.key) {
      case 'title':
        return collator.compare(a.title, b.title);
      case 'area':
        return collator.compare(names.areaName(a.areaId), names.areaName(b.areaId));
      case 'status':
        return PROPOSAL_STATUSES.indexOf(a.status) - PROPOSAL_STATUSES.indexOf(b.status);
      case 'updatedAt':
        return a.updatedAt.localeCompare(b.updatedAt);
    }
  };
  return [...proposals].sort((a, b) => compare(a, b) * factor || collator.compare(a.title, b.title));
}

export function countByStatus(proposals: readonly Proposal[]): Record<ProposalStatus, number> {
  const counts = Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, 0])) as Record<ProposalStatus, number>;
  for (const p of proposals) counts[p.status] += 1;
  return counts;
}

export function describeStatusCounts(counts: Record<ProposalStatus, number>): string {
  return PROPOSAL_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => `${STATUS_LABELS[s]}: ${counts[s]}`)
    .join(', ');
}
