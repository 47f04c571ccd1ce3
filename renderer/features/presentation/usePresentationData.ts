/**
 * Everything a deck shows, read once for the slides and the presenter view: the deck's
 * proposals, the figures of exactly these proposals from the one figures module, the
 * engine's calculated proposals, and the stored inputs for the live what-if.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { loadCalculationSettings, loadPlans } from '../../data/repositories/costPlans';
import type { CalculatedProposal } from '../../domain/costs/aggregate';
import type { WhatIfBase } from '../../domain/costs/whatIf';
import { dashboardData, DEFAULT_DASHBOARD_FILTER } from '../../domain/figures/figures';
import type { Area, Meeting, Party, Proposal } from '../../domain/schemas';
import { useDb } from '../../state/DbContext';
import { useCalculations } from '../../state/useCalculations';
import { useAreas, useMeetings, useParties, useProposals } from '../../state/useWorkspace';
import { buildDeck, type Slide } from './deck';
import { deckProposals, type DeckSource } from './source';

export interface PresentationData {
  source: DeckSource;
  meeting: Meeting | null;
  meetings: Meeting[];
  proposals: Proposal[];
  /** All proposals of the workspace (names of dependencies, display names). */
  allProposals: Proposal[];
  fromPlannedMeeting: boolean;
  areas: Area[];
  parties: Party[];
  items: Map<string, CalculatedProposal>;
  figures: ReturnType<typeof dashboardData>;
  slides: Slide[];
  partyName(id: string): string;
  hasExamples: boolean;
}

export function usePresentationData(source: DeckSource): PresentationData | undefined {
  const proposals = useProposals();
  const parties = useParties();
  const areas = useAreas();
  const meetings = useMeetings();
  const items = useCalculations(source.scenario);
  return useMemo(() => {
    if (!proposals || !parties || !areas || !meetings || !items) return undefined;
    const meeting = source.meetingId ? (meetings.find((m) => m.id === source.meetingId) ?? null) : null;
    const deck = deckProposals(source, meeting, proposals);
    const ids = deck.proposals.map((p) => p.id);
    const names = new Map(parties.map((p) => [p.id, p.name]));
    const figures = dashboardData(items, proposals, areas, parties, { ...DEFAULT_DASHBOARD_FILTER, includeExamples: true, proposalIds: ids });
    return {
      source,
      meeting,
      meetings,
      proposals: deck.proposals,
      allProposals: proposals,
      fromPlannedMeeting: deck.fromPlannedMeeting,
      areas,
      parties,
      items: new Map(items.filter((i) => ids.includes(i.id)).map((i) => [i.id, i])),
      figures,
      slides: buildDeck(ids),
      partyName: (id: string) => names.get(id) ?? 'Unbekannt',
      hasExamples: deck.proposals.some((p) => p.isExample),
    };
  }, [proposals, parties, areas, meetings, items, source]);
}

/**
 * The stored inputs of one proposal for the what-if, read as the batch calculation reads
 * them (resolved plan, all its lines, parties with populations, pay rates, scenarios).
 */
export function useWhatIfBase(proposal: Proposal | undefined): WhatIfBase | undefined {
  const db = useDb();
  const id = proposal?.id;
  const stored = useLiveQuery(async () => {
    if (!id) return undefined;
    const [lines, plans, settings, parties] = await Promise.all([
      db.costLines.ofProposal(id),
      loadPlans(db, [id]),
      loadCalculationSettings(db),
      db.parties.toArray(),
    ]);
    return { lines, plan: plans.get(id)!, settings, parties };
  }, [db, id]);
  return useMemo(() => {
    if (!proposal || !stored) return undefined;
    return {
      proposal: { id: proposal.id, leadPartyId: proposal.leadPartyId, participantIds: proposal.participantIds },
      plan: stored.plan,
      lines: stored.lines,
      parties: stored.parties,
      payRates: stored.settings.payRates,
      scenarios: stored.settings.scenarios,
    };
  }, [proposal, stored]);
}
