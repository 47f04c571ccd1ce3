/**
 * The figures of the workspace: calculated proposals and a filter in, key figures and the
 * data of every chart out. The Übersicht, the presentation and the report all read their
 * figures here, so they never disagree.
 */
import { proposalDisplayNames } from '../proposalNames';
import {
  countsInTotals,
  forParty,
  hasCostData,
  kapitalwertAt,
  referenceYearOf,
  savingsByCalendarYear,
  totalsByArea,
  totalsByParty,
  type CalculatedProposal,
} from '../costs/aggregate';
import { breakEven } from '../costs/engine';
import { areaColors } from './areaColors';
import type { Area, Party, Proposal } from '../schemas';
import { PROPOSAL_STATUSES, STATUS_LABELS, type ProposalStatus } from '../status';

/** One row of the chart „Einsparung je Kommune“: the party and its savings per area name. */
export type PartySavingsDatum = { party: string } & Record<string, number | string>;

export interface DashboardFilter {
  areaId: string | null;
  status: ProposalStatus | null;
  partyId: string | null;
  includeOnHold: boolean;
  year: number | null;
  /** Shipped example proposals count in the figures (the switch leaves them out). */
  includeExamples: boolean;
  /**
   * Only these proposals (a meeting's agenda or a chosen set: presentation, report);
   * absent or null: all. The present values are then discounted to the earliest start
   * year of the chosen proposals (see `referenceYear`).
   */
  proposalIds?: readonly string[] | null;
}

export const DEFAULT_DASHBOARD_FILTER: DashboardFilter = { areaId: null, status: null, partyId: null, includeOnHold: false, year: null, includeExamples: true };

export const IST_KOOP_CHART_MAX = 12;

export interface KeyFigures {
  annualSavingsFullEffect: number;
  /** Sum of present values on 01.01. of the reference year. */
  kapitalwert: number;
  /** With a Kommune filter: that party's share of the joint cooperation costs. */
  jointShare: number;
  readyForDecision: number;
  fundingEligible: number;
  counted: number;
}

function keyFigures(selected: readonly CalculatedProposal[], counted: readonly CalculatedProposal[], referenceYear: number | null): KeyFigures {
  return {
    annualSavingsFullEffect: counted.reduce((s, i) => s + i.calc.annualSavingsFullEffect, 0),
    kapitalwert: referenceYear === null ? 0 : counted.reduce((s, i) => s + kapitalwertAt(i, referenceYear), 0),
    jointShare: counted.reduce((s, i) => s + i.calc.parties.reduce((t, p) => t + p.jointShare, 0), 0),
    readyForDecision: selected.filter((i) => i.status === 'beschlussreif').length,
    fundingEligible: counted.filter((i) => i.calc.fundingThresholdMet).length,
    counted: counted.length,
  };
}

export function dashboardData(items: CalculatedProposal[], proposals: Proposal[], areas: Area[], parties: Party[], filter: DashboardFilter) {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  // Two proposals may share a title; charts and tables tell them apart by lead party.
  const partyNames = new Map(parties.map((p) => [p.id, p.name]));
  const displayName = proposalDisplayNames(proposals, (id) => partyNames.get(id) ?? 'Unbekannt');
  const chosen = filter.proposalIds ? new Set(filter.proposalIds) : null;
  const matching = items.filter((item) => {
    const p = byId.get(item.id);
    if (!p) return false;
    if (chosen && !chosen.has(p.id)) return false;
    if (filter.areaId && p.areaId !== filter.areaId) return false;
    if (filter.status && p.status !== filter.status) return false;
    if (filter.partyId && p.leadPartyId !== filter.partyId && !p.participantIds.includes(filter.partyId)) return false;
    if (!filter.includeExamples && item.isExample) return false;
    return true;
  });
  // With a Kommune filter every figure and chart shows that party's own figures.
  const selected = filter.partyId ? matching.map((i) => forParty(i, filter.partyId!)).filter((i): i is CalculatedProposal => i !== null) : matching;
  // Proposals without costs count as proposals (status chart), never as money: their
  // zero years would otherwise make a break-even and „0 €“ charts.
  const withData = selected.filter((i) => hasCostData(i.calc));
  const counted = withData.filter((i) => countsInTotals(i.status, filter.includeOnHold));
  // One reference year for all present values, the same whatever the filters: the
  // earliest start year of the workspace, or of the chosen proposals when a report or a
  // presentation chose some. A document for the mayors is discounted to a date of its own
  // proposals (not to that of a proposal it does not contain), and a single chosen
  // proposal sums to exactly its own Kapitalwert, on the slide and in the PDF alike.
  const referenceYear = referenceYearOf(items.filter((i) => (!chosen || chosen.has(i.id)) && hasCostData(i.calc)));
  const options = { includeOnHold: filter.includeOnHold, year: filter.year, referenceYear };
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const partyName = new Map(parties.map((p) => [p.id, p.name]));
  const colors = areaColors(areas);

  const areaTotals = totalsByArea(withData, options);
  const areaChart = areas
    .filter((a) => areaTotals.some((t) => t.areaId === a.id && (t.ist !== 0 || t.koop !== 0)))
    .map((a) => ({ area: a.name, savings: areaTotals.find((t) => t.areaId === a.id)!.savings, color: colors.get(a.id)! }));

  const years = savingsByCalendarYear(withData, filter.includeOnHold);
  const cumulativeBreakEven = breakEven(years);

  const partyTotals = totalsByParty(withData, options);
  const areasInParty = areas.filter((a) => partyTotals.some((t) => (t.byArea[a.id] ?? 0) !== 0)).map((a) => ({ key: a.name, color: colors.get(a.id)! }));
  const partyChart = parties
    .filter((p) => partyTotals.some((t) => t.partyId === p.id))
    .map((p) => {
      const t = partyTotals.find((x) => x.partyId === p.id)!;
      const row: PartySavingsDatum = { party: p.name };
      for (const [areaId, v] of Object.entries(t.byArea)) row[areaName.get(areaId) ?? areaId] = v;
      return row;
    });

  const istKoop = counted.map((i) => {
    const row = filter.year === null ? i.calc.totals : (i.calc.rows.find((r) => r.year === filter.year) ?? { ist: 0, koop: 0 });
    return { name: displayName.get(i.id) ?? i.title, ist: row.ist, koop: row.koop };
  });

  // The chart shows the largest proposals only: 200 pairs of bars are unreadable on a
  // projector and cost seconds to draw; the table under the chart lists every one.
  const istKoopChart = [...istKoop].sort((a, b) => Math.max(b.ist, b.koop) - Math.max(a.ist, a.koop)).slice(0, IST_KOOP_CHART_MAX);

  const statusChart = PROPOSAL_STATUSES.map((s) => ({ status: STATUS_LABELS[s], count: selected.filter((i) => i.status === s).length })).filter(
    (d) => d.count > 0,
  );

  const figures = keyFigures(selected, counted, referenceYear);
  // How much of each figure comes from the shipped examples (0 when they are left out).
  const fromExamples = keyFigures(
    selected.filter((i) => i.isExample),
    counted.filter((i) => i.isExample),
    referenceYear,
  );
  const allYears = [...new Set(items.flatMap((i) => i.calc.years))].sort((a, b) => a - b);
  return {
    areaTotals,
    areaChart,
    years,
    cumulativeBreakEven,
    partyChart,
    areasInParty,
    istKoop,
    istKoopChart,
    statusChart,
    figures,
    fromExamples,
    referenceYear,
    hasData: counted.length > 0,
    exampleCount: items.filter((i) => i.isExample).length,
    allYears,
    partyName,
  };
}
