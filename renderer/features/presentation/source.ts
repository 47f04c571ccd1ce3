/**
 * What is presented, as the query of the presentation routes: a meeting (its agenda in
 * order) or a chosen list of proposals, and the scenario. The slides, the presenter view
 * and a window opened later all rebuild the same deck from it.
 */
import { SCENARIO_IDS, type ScenarioId } from '../../domain/costs/scenarios';
import type { Meeting, Proposal } from '../../domain/schemas';

export interface DeckSource {
  meetingId: string | null;
  /** Chosen proposals in order (ignored when a meeting is given). */
  proposalIds: string[];
  scenario: ScenarioId;
}

const ID = /^[\w-]{1,64}$/;

export function parseDeckSource(query: string): DeckSource {
  const params = new URLSearchParams(query);
  const meeting = params.get('termin');
  const scenario = params.get('szenario');
  const ids = (params.get('vorschlaege') ?? '').split(',').filter((id) => ID.test(id));
  return {
    meetingId: meeting && ID.test(meeting) ? meeting : null,
    proposalIds: [...new Set(ids)].slice(0, 200),
    scenario: SCENARIO_IDS.includes(scenario as ScenarioId) ? (scenario as ScenarioId) : 'basis',
  };
}

export function deckQuery(source: DeckSource): string {
  const params = new URLSearchParams();
  if (source.meetingId) params.set('termin', source.meetingId);
  else params.set('vorschlaege', source.proposalIds.join(','));
  params.set('szenario', source.scenario);
  return params.toString();
}

export interface DeckProposals {
  proposals: Proposal[];
  /** The agenda was empty: the proposals planned for the meeting stand in for it. */
  fromPlannedMeeting: boolean;
}

/**
 * The proposals of the deck in order: the meeting's agenda, or (agenda still empty) the
 * proposals whose next meeting it is, or the chosen list. Deleted proposals drop out.
 */
export function deckProposals(source: DeckSource, meeting: Meeting | null, proposals: readonly Proposal[]): DeckProposals {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const pick = (ids: readonly string[]) => [...new Set(ids)].map((id) => byId.get(id)).filter((p): p is Proposal => p !== undefined);
  if (!source.meetingId) return { proposals: pick(source.proposalIds), fromPlannedMeeting: false };
  if (!meeting) return { proposals: [], fromPlannedMeeting: false };
  if (meeting.agenda.length > 0) return { proposals: pick(meeting.agenda.map((i) => i.proposalId)), fromPlannedMeeting: false };
  const planned = proposals.filter((p) => p.nextMeetingId === meeting.id).sort((a, b) => a.title.localeCompare(b.title, 'de'));
  return { proposals: planned, fromPlannedMeeting: planned.length > 0 };
}

/**
 * Why there is nothing to show, in German, or null: the presenter view opened without a
 * presentation (bookmark, reload, a second window opened first) showed four empty chart
 * slides. `meetingFound` is undefined while the data are still loading.
 */
export function emptyDeckNotice(source: DeckSource, meetingFound?: boolean): string | null {
  if (source.meetingId && meetingFound === false)
    return 'Der Termin dieser Präsentation wurde nicht gefunden (vielleicht gelöscht). Wählen Sie unter „Präsentation“ einen Termin oder Vorschläge und starten Sie die Präsentation neu.';
  if (!source.meetingId && source.proposalIds.length === 0)
    return 'Es ist noch keine Präsentation ausgewählt. Wählen Sie unter „Präsentation“ einen Termin oder Vorschläge und starten Sie die Präsentation; läuft sie bereits in einem anderen Fenster, erscheint sie hier von selbst.';
  return null;
}
