/**
 * Agendas of meetings (Tagesordnungen): which proposals a meeting deals with, in which
 * order, and what an outcome means for a proposal's status. Pure, so the Termine screen,
 * the repository, the presentation and the report all read an agenda the same way.
 * The agenda lives in the meeting record (`Meeting.agenda`, order = array order).
 */
import { formatDate } from './format';
import type { AgendaItem, Meeting } from './schemas';
import type { AgendaOutcome } from './vocabulary';
import { allowedNextStatuses, STATUS_LABELS, type ProposalStatus, type StatusHistoryEntry } from './status';

/** The proposals on a meeting's agenda, in agenda order. */
export function agendaProposalIds(meeting: Pick<Meeting, 'agenda'>): string[] {
  return meeting.agenda.map((item) => item.proposalId);
}

export interface ProposalOnAgenda {
  meeting: Meeting;
  item: AgendaItem;
  /** 1-based position on the agenda (TOP 1, TOP 2, …). */
  position: number;
}

/** The meetings whose agenda holds the proposal, earliest first. */
export function meetingsOfProposal(meetings: readonly Meeting[], proposalId: string): ProposalOnAgenda[] {
  const found: ProposalOnAgenda[] = [];
  for (const meeting of meetings) {
    const index = meeting.agenda.findIndex((item) => item.proposalId === proposalId);
    if (index >= 0) found.push({ meeting, item: meeting.agenda[index]!, position: index + 1 });
  }
  return found.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || a.meeting.title.localeCompare(b.meeting.title, 'de'));
}

/** The item moved from `from` to `to` (indexes clamped to the list); other items keep their order. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list];
  const target = Math.max(0, Math.min(list.length - 1, to));
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved!);
  return next;
}

/** A meeting on `todayIso` or later still lies ahead (dates are ISO `YYYY-MM-DD`). */
export function isUpcoming(meeting: Pick<Meeting, 'date'>, todayIso: string): boolean {
  return meeting.date >= todayIso;
}

/**
 * The „nächster Termin“ a proposal should carry once it is put on `meeting`'s agenda:
 * this meeting, when it lies ahead and the proposal has no next meeting yet, or only a past
 * one, or a later one. Otherwise the current value stays (null = no change). A treasurer
 * reads „nächster Termin“ as the next date the proposal is discussed, so the earliest
 * upcoming agenda wins.
 */
export function nextMeetingAfterAdding(meeting: Pick<Meeting, 'id' | 'date'>, current: Pick<Meeting, 'id' | 'date'> | null, todayIso: string): string | null {
  if (!isUpcoming(meeting, todayIso)) return null;
  if (current?.id === meeting.id) return null;
  if (!current || !isUpcoming(current, todayIso) || current.date > meeting.date) return meeting.id;
  return null;
}

export interface StatusSuggestion {
  target: ProposalStatus;
  /** Prefilled reason (the status history and, for „Verworfen“, the reason field). */
  reason: string;
}

/**
 * The stage a decision („beschlossen“) moves a proposal on to: a decision of the
 * Arbeitskreis on a proposal that is not yet ready for the councils' decision is the go
 * for its next regular step (Idee → In Prüfung, In Prüfung → Vertragsentwurf,
 * Vertragsentwurf → Beschlussreif); on a „Beschlussreif“ proposal it is the decision itself.
 */
const DECIDED_MOVES: Partial<Record<ProposalStatus, ProposalStatus>> = {
  idee: 'in_pruefung',
  in_pruefung: 'vertragsentwurf',
  vertragsentwurf: 'beschlussreif',
  beschlussreif: 'beschlossen',
};

/**
 * The status change an outcome suggests, or null where the outcome leaves the status as it
 * is: „beschlossen“ moves an open proposal one regular step on (DECIDED_MOVES); „abgelehnt“
 * moves an open proposal to „Verworfen“ with the meeting named as reason; „vertagt“ and
 * „zur Kenntnis genommen“ change nothing. Only moves the status workflow allows are suggested.
 */
export function statusSuggestionForOutcome(
  outcome: AgendaOutcome,
  proposal: { status: ProposalStatus; statusHistory: readonly StatusHistoryEntry[] },
  meeting: Pick<Meeting, 'title' | 'date'>,
): StatusSuggestion | null {
  const allowed = allowedNextStatuses(proposal.status, proposal.statusHistory);
  const where = `„${meeting.title}“ am ${formatDate(meeting.date)}`;
  const decided = DECIDED_MOVES[proposal.status];
  if (outcome === 'beschlossen' && decided && allowed.includes(decided)) {
    return {
      target: decided,
      reason: decided === 'beschlossen' ? `Beschlossen in der Sitzung ${where}.` : `Weiter zu „${STATUS_LABELS[decided]}“ beschlossen in der Sitzung ${where}.`,
    };
  }
  if (outcome === 'abgelehnt' && allowed.includes('verworfen')) {
    return { target: 'verworfen', reason: `Abgelehnt in der Sitzung ${where}.` };
  }
  return null;
}

/**
 * Where a deferred (vertagt) proposal can go next: the earliest meeting after `meeting`
 * whose agenda does not hold it yet, or null.
 */
export function meetingForDeferred(meetings: readonly Meeting[], meeting: Pick<Meeting, 'id' | 'date'>, proposalId: string): Meeting | null {
  const later = meetings
    .filter((m) => m.id !== meeting.id && m.date > meeting.date && !m.agenda.some((i) => i.proposalId === proposalId))
    .sort((a, b) => a.date.localeCompare(b.date));
  return later[0] ?? null;
}

/** A new agenda item for a proposal; the decision requested is typed later. */
export function newAgendaItem(id: string, proposalId: string): AgendaItem {
  return { id, proposalId, decisionRequested: '', outcome: null };
}
