/** Turns calculated proposals and the dashboard filters into the data of each chart. */
import { countsInTotals, savingsByCalendarYear, totalsByArea, totalsByParty, type CalculatedProposal } from '../../domain/costs/aggregate';
import { breakEven } from '../../domain/costs/engine';
import type { PartySavingsDatum } from '../../charts/PartySavingsChart';
import type { Area, Party, Proposal } from '../../domain/schemas';
import { PROPOSAL_STATUSES, STATUS_LABELS, type ProposalStatus } from '../../domain/status';

export interface DashboardFilter {
  areaId: string | null;
  status: ProposalStatus | null;
  partyId: string | null;
  includeOnHold: boolean;
  year: number | null;
}

export function dashboardData(items: CalculatedProposal[], proposals: Proposal[], areas: Area[], parties: Party[], filter: DashboardFilter) {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const selected = items.filter((item) => {
    const p = byId.get(item.id);
    if (!p) return false;
    if (filter.areaId && p.areaId !== filter.areaId) return false;
    if (filter.status && p.status !== filter.status) return false;
    if (filter.partyId && p.leadPartyId !== filter.partyId && !p.participantIds.includes(filter.partyId)) return false;
    return true;
  });
  const counted = selected.filter((i) => countsInTotals(i.status, filter.includeOnHold));
  const options = { includeOnHold: filter.includeOnHold, year: filter.year };
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const partyName = new Map(parties.map((p) => [p.id, p.name]));

  const areaTotals = totalsByArea(selected, options);
  const areaChart = areas
    .map((a) => ({ area: a.name, savings: areaTotals.find((t) => t.areaId === a.id)?.savings ?? 0, hasData: areaTotals.some((t) => t.areaId === a.id && (t.ist !== 0 || t.koop !== 0)) }))
    .filter((d) => d.hasData)
    .map(({ area, savings }) => ({ area, savings }));

  const years = savingsByCalendarYear(selected, filter.includeOnHold);
  const cumulativeBreakEven = breakEven(years);

  const partyTotals = totalsByParty(selected, options).filter((t) => !filter.partyId || t.partyId === filter.partyId);
  const areasInParty = areas.filter((a) => partyTotals.some((t) => (t.byArea[a.id] ?? 0) !== 0)).map((a) => a.name);
  const partyChart = parties
    .filter((p) => partyTotals.some((t) => t.partyId === p.id))
    .map((p) => {
      const t = partyTotals.find((x) => x.partyId === p.id)!;
      const row: PartySavingsDatum = { party: p.name };
      for (const [areaId, v] of Object.entries(t.byArea)) row[areaName.get(areaId) ?? areaId] = v;
      return row;
    });

  const istKoop = counted
    .filter((i) => i.calc.totals.ist !== 0 || i.calc.totals.koop !== 0)
    .map((i) => {
      const row = filter.year === null ? i.calc.totals : i.calc.rows.find((r) => r.year === filter.year) ?? { ist: 0, koop: 0 };
      return { name: i.title, ist: row.ist, koop: row.koop };
    });

  const statusChart = PROPOSAL_STATUSES.map((s) => ({ status: STATUS_LABELS[s], count: selected.filter((i) => i.status === s).length })).filter((d) => d.count > 0);

  const figures = {
    annualSavingsFullEffect: counted.reduce((s, i) => s + i.calc.annualSavingsFullEffect, 0),
    kapitalwert: counted.reduce((s, i) => s + i.calc.kapitalwert, 0),
    readyForDecision: selected.filter((i) => i.status === 'beschlussreif').length,
    fundingEligible: counted.filter((i) => i.calc.fundingThresholdMet).length,
    counted: counted.length,
  };
  const allYears = [...new Set(items.flatMap((i) => i.calc.years))].sort((a, b) => a - b);
  return { areaTotals, areaChart, years, cumulativeBreakEven, partyChart, areasInParty, istKoop, statusChart, figures, allYears, partyName };
}
