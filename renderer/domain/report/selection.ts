/**
 * What a report shows: its source (a meeting's agenda, chosen areas, chosen proposals),
 * the scenario, example data or not, and the perspective (the district or one town).
 * The builder screen and the print route share it as a query string, so the hidden
 * print window of the desktop app prints exactly what the preview showed.
 */
import { SCENARIO_IDS, type ScenarioId } from '../costs/scenarios';
import type { Area, Meeting, Proposal } from '../schemas';

export type ReportSource = 'meeting' | 'areas' | 'proposals';

export interface ReportSelection {
  source: ReportSource;
  meetingId: string | null;
  areaIds: string[];
  proposalIds: string[];
  scenario: ScenarioId;
  includeExamples: boolean;
  /** null: the whole district; else the town whose view the report takes. */
  partyId: string | null;
}

export const DEFAULT_REPORT_SELECTION: ReportSelection = {
  source: 'proposals',
  meetingId: null,
  areaIds: [],
  proposalIds: [],
  scenario: 'basis',
  includeExamples: true,
  partyId: null,
};

const ID = /^[\w-]{1,64}$/;
const ids = (v: string | null) => (v ? v.split(',').filter((x) => ID.test(x)) : []);

export function reportQuery(s: ReportSelection): string {
  const q = new URLSearchParams();
  q.set('quelle', s.source);
  if (s.source === 'meeting' && s.meetingId) q.set('termin', s.meetingId);
  if (s.source === 'areas' && s.areaIds.length > 0) q.set('felder', s.areaIds.join(','));
  if (s.source === 'proposals' && s.proposalIds.length > 0) q.set('vorschlaege', s.proposalIds.join(','));
  q.set('szenario', s.scenario);
  q.set('beispiele', s.includeExamples ? '1' : '0');
  if (s.partyId) q.set('kommune', s.partyId);
  return q.toString();
}

/** Reads a query string; anything unknown or malformed falls back to the default. */
export function parseReportQuery(search: string): ReportSelection {
  const q = new URLSearchParams(search);
  const source = q.get('quelle');
  const scenario = q.get('szenario');
  const meetingId = q.get('termin');
  const partyId = q.get('kommune');
  return {
    source: source === 'meeting' || source === 'areas' || source === 'proposals' ? source : DEFAULT_REPORT_SELECTION.source,
    meetingId: meetingId && ID.test(meetingId) ? meetingId : null,
    areaIds: ids(q.get('felder')),
    proposalIds: ids(q.get('vorschlaege')),
    scenario: SCENARIO_IDS.includes(scenario as ScenarioId) ? (scenario as ScenarioId) : DEFAULT_REPORT_SELECTION.scenario,
    includeExamples: q.get('beispiele') !== '0',
    partyId: partyId && ID.test(partyId) ? partyId : null,
  };
}

/**
 * The report's proposals in the order they are printed: a meeting's agenda order, else
 * by area (master-data order) and title. Examples drop out when they are left out;
 * with a town's perspective only the proposals that town takes part in remain.
 */
export function reportProposals(s: ReportSelection, proposals: readonly Proposal[], areas: readonly Area[], meetings: readonly Meeting[]): Proposal[] {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const areaOrder = new Map(areas.map((a, i) => [a.id, i]));
  const byAreaAndTitle = (a: Proposal, b: Proposal) =>
    (areaOrder.get(a.areaId) ?? 99) - (areaOrder.get(b.areaId) ?? 99) || a.title.localeCompare(b.title, 'de');
  let chosen: Proposal[];
  if (s.source === 'meeting') {
    const meeting = meetings.find((m) => m.id === s.meetingId);
    const seen = new Set<string>();
    chosen = (meeting?.agenda ?? [])
      .map((i) => i.proposalId)
      .filter((id) => !seen.has(id) && seen.add(id))
      .map((id) => byId.get(id))
      .filter((p): p is Proposal => p !== undefined);
  } else if (s.source === 'areas') {
    const set = new Set(s.areaIds);
    chosen = proposals.filter((p) => set.has(p.areaId)).sort(byAreaAndTitle);
  } else {
    const set = new Set(s.proposalIds);
    chosen = proposals.filter((p) => set.has(p.id)).sort(byAreaAndTitle);
  }
  return chosen.filter((p) => (s.includeExamples || !p.isExample) && (!s.partyId || p.leadPartyId === s.partyId || p.participantIds.includes(s.partyId)));
}

/**
 * What the report builder opens with when the address names nothing (an empty report
 * helped nobody): the agenda of the next meeting that has one; else every open proposal
 * that is not an example (verworfene left out); else, in a workspace of examples only,
 * the open examples, marked as such in the report.
 */
export function defaultReportSelection(meetings: readonly Meeting[], proposals: readonly Proposal[], todayIso: string): ReportSelection {
  const next = [...meetings].filter((m) => m.date >= todayIso && m.agenda.length > 0).sort((a, b) => a.date.localeCompare(b.date))[0];
  if (next) return { ...DEFAULT_REPORT_SELECTION, source: 'meeting', meetingId: next.id };
  const open = proposals.filter((p) => p.status !== 'verworfen');
  const own = open.filter((p) => !p.isExample);
  return { ...DEFAULT_REPORT_SELECTION, source: 'proposals', proposalIds: (own.length > 0 ? own : open).map((p) => p.id) };
}

/** Says in one sentence what the report contains, for the builder (so a preselection is never a surprise). */
export function selectionSummary(s: ReportSelection, chosen: readonly Proposal[], meeting: Meeting | null, areaNames: readonly string[]): string {
  const n = chosen.length;
  const count = n === 0 ? 'keine Vorschläge' : n === 1 ? '1 Vorschlag' : `${n} Vorschläge`;
  const examples = chosen.filter((p) => p.isExample).length;
  const from =
    s.source === 'meeting'
      ? meeting
        ? ` aus der Tagesordnung „${meeting.title}“`
        : ' (Termin nicht gewählt)'
      : s.source === 'areas'
        ? areaNames.length > 0
          ? ` aus ${areaNames.length === 1 ? 'dem Aufgabenfeld' : 'den Aufgabenfeldern'} ${areaNames.join(', ')}`
          : ' (kein Aufgabenfeld gewählt)'
        : n === 0
          ? ' (noch keine gewählt)'
          : ' einzeln gewählt';
  const note = examples > 0 ? `, davon ${examples === 1 ? '1 Beispielvorschlag' : `${examples} Beispielvorschläge`}` : '';
  return `Im Bericht: ${count}${from}${note}.`;
}
