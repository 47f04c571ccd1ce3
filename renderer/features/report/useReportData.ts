/**
 * Everything one report prints, read from the same sources as the screens: the
 * calculated proposals of the scenario (useCalculations), the workspace figures of
 * exactly the chosen proposals (dashboardData with a proposalIds filter) and, for a
 * town's perspective, that town's view of each proposal (forParty).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { forParty, type CalculatedProposal } from '../../domain/costs/aggregate';
import { dashboardData, DEFAULT_DASHBOARD_FILTER } from '../../domain/figures/figures';
import { proposalDisplayNames } from '../../domain/proposalNames';
import { reportProposals, type ReportSelection } from '../../domain/report/selection';
import type { Proposal } from '../../domain/schemas';
import { loadPlans } from '../../data/repositories/costPlans';
import { useDb } from '../../state/DbContext';
import { useCalculations } from '../../state/useCalculations';
import { useAreas, useCalculationSettings, useMeetings, useParties, useProposals, useSettings } from '../../state/useWorkspace';

export interface ReportSection {
  proposal: Proposal;
  /** The heading's text (title, told apart by lead party where two share it). */
  name: string;
  /** The whole proposal (shares of every party). */
  item: CalculatedProposal | null;
  /** The figures the report shows: the town's own with a perspective, else the whole. */
  view: CalculatedProposal | null;
}

export function useReportData(selection: ReportSelection) {
  const db = useDb();
  const proposals = useProposals();
  const areas = useAreas();
  const parties = useParties();
  const meetings = useMeetings();
  const settings = useSettings();
  const calcSettings = useCalculationSettings();
  const items = useCalculations(selection.scenario);

  const chosen = useMemo(
    () => (proposals && areas && meetings ? reportProposals(selection, proposals, areas, meetings) : undefined),
    [selection, proposals, areas, meetings],
  );
  // Proposals of the selection that the town does not take part in (said in the report).
  const leftOut = useMemo(
    () =>
      selection.partyId && proposals && areas && meetings
        ? reportProposals({ ...selection, partyId: null }, proposals, areas, meetings).length - (chosen?.length ?? 0)
        : 0,
    [selection, proposals, areas, meetings, chosen],
  );
  const ids = useMemo(() => chosen?.map((p) => p.id), [chosen]);
  const plans = useLiveQuery(() => (ids ? loadPlans(db, ids) : undefined), [db, ids]);

  const figures = useMemo(
    () =>
      items && proposals && areas && parties && ids
        ? dashboardData(items, proposals, areas, parties, {
            ...DEFAULT_DASHBOARD_FILTER,
            includeExamples: selection.includeExamples,
            partyId: selection.partyId,
            proposalIds: ids,
          })
        : undefined,
    [items, proposals, areas, parties, ids, selection.includeExamples, selection.partyId],
  );

  const sections = useMemo((): ReportSection[] | undefined => {
    if (!items || !chosen || !parties || !proposals) return undefined;
    const byId = new Map(items.map((i) => [i.id, i]));
    const partyNames = new Map(parties.map((p) => [p.id, p.name]));
    const names = proposalDisplayNames(proposals, (id) => partyNames.get(id) ?? 'Unbekannt');
    return chosen.map((proposal) => {
      const item = byId.get(proposal.id) ?? null;
      const view = item && selection.partyId ? forParty(item, selection.partyId) : item;
      return { proposal, name: names.get(proposal.id) ?? proposal.title, item, view };
    });
  }, [items, chosen, parties, proposals, selection.partyId]);

  const ready = !!(figures && sections && plans && settings && calcSettings && areas && parties && meetings);
  return {
    ready,
    figures,
    sections,
    plans,
    settings,
    calcSettings,
    areas,
    parties,
    leftOut,
    meeting: selection.source === 'meeting' ? (meetings?.find((m) => m.id === selection.meetingId) ?? null) : null,
    party: selection.partyId ? (parties?.find((p) => p.id === selection.partyId) ?? null) : null,
  };
}

export type ReportData = ReturnType<typeof useReportData>;
