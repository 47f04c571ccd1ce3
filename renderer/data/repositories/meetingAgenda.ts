/**
 * Writes to a meeting's agenda. Each add, remove, move, text change and outcome is its own
 * command (one transaction, one change-log entry), so nothing typed or arranged on the
 * agenda is ever waiting unsaved; undo puts the previous agenda back.
 */
import { moveItem, newAgendaItem, nextMeetingAfterAdding } from '../../domain/agenda';
import { newId } from '../../domain/ids';
import { agendaItemSchema, firstIssueMessage, type AgendaItem, type Meeting } from '../../domain/schemas';
import { AGENDA_OUTCOME_LABELS, type AgendaOutcome } from '../../domain/vocabulary';
import { formatDate } from '../../domain/format';
import type { ProposalStatus } from '../../domain/status';
import { runCommand, type WriteTx } from '../commands';
import type { IkzDatabase } from '../db';
import { UserFacingError } from '../records';
import { changeStatusIn } from './proposals';

async function meetingOrFail(tx: WriteTx, id: string): Promise<Meeting> {
  const meeting = await tx.db.meetings.get(id);
  if (!meeting) throw new UserFacingError('Dieser Termin wurde inzwischen gelöscht.');
  return meeting;
}

function itemIndexOrFail(meeting: Meeting, itemId: string): number {
  const index = meeting.agenda.findIndex((i) => i.id === itemId);
  if (index < 0) throw new UserFacingError('Dieser Tagesordnungspunkt wurde inzwischen entfernt. Bitte die Seite neu laden.');
  return index;
}

async function proposalTitle(tx: WriteTx, proposalId: string): Promise<string> {
  return (await tx.db.proposals.get(proposalId))?.title ?? 'gelöschter Vorschlag';
}

/** ISO day of `today` in local time (the meeting dates are local days). */
function isoDay(today: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

/**
 * Puts a proposal on the agenda (at the end). A proposal appears at most once per agenda.
 * Where the meeting lies ahead and is earlier than the proposal's „nächster Termin“ (or the
 * proposal has none), the meeting becomes its next meeting (see `nextMeetingAfterAdding`).
 */
export async function addAgendaItem(db: IkzDatabase, meetingId: string, proposalId: string, today: Date = new Date()): Promise<AgendaItem> {
  return runCommand(db, ['meetings', 'proposals'], async (tx) => {
    const meeting = await meetingOrFail(tx, meetingId);
    const proposal = await tx.db.proposals.get(proposalId);
    if (!proposal) throw new UserFacingError('Dieser Vorschlag wurde inzwischen gelöscht.');
    if (meeting.agenda.some((i) => i.proposalId === proposalId))
      throw new UserFacingError(`„${proposal.title}“ steht bereits auf der Tagesordnung dieses Termins.`);
    const item = newAgendaItem(newId(), proposalId);
    await tx.update('meetings', meeting, { agenda: [...meeting.agenda, item] }, `Tagesordnungspunkt „${proposal.title}“ hinzugefügt`);
    const current = proposal.nextMeetingId ? ((await tx.db.meetings.get(proposal.nextMeetingId)) ?? null) : null;
    const next = nextMeetingAfterAdding(meeting, current, isoDay(today));
    if (next) {
      const summary = `Nächster Termin: „${meeting.title}“ am ${formatDate(meeting.date)} (auf die Tagesordnung gesetzt)`;
      await tx.update('proposals', proposal, { nextMeetingId: next }, summary);
    }
    return item;
  });
}

/**
 * Takes an item off the agenda. A proposal whose „nächster Termin“ was this meeting loses
 * it, so the two never disagree. Returns the agenda before, for undo.
 */
export async function removeAgendaItem(db: IkzDatabase, meetingId: string, itemId: string): Promise<AgendaItem[]> {
  return runCommand(db, ['meetings', 'proposals'], async (tx) => {
    const meeting = await meetingOrFail(tx, meetingId);
    const item = meeting.agenda[itemIndexOrFail(meeting, itemId)]!;
    const title = await proposalTitle(tx, item.proposalId);
    await tx.update('meetings', meeting, { agenda: meeting.agenda.filter((i) => i.id !== itemId) }, `Tagesordnungspunkt „${title}“ entfernt`);
    const proposal = await tx.db.proposals.get(item.proposalId);
    if (proposal?.nextMeetingId === meetingId) {
      await tx.update('proposals', proposal, { nextMeetingId: null }, `Nächster Termin „${meeting.title}“ entfernt (von der Tagesordnung genommen)`);
    }
    return meeting.agenda;
  });
}

/** Undo of a remove: the agenda as it was, if the proposals on it still exist. */
export async function restoreAgenda(db: IkzDatabase, meetingId: string, agenda: AgendaItem[]): Promise<void> {
  await runCommand(db, ['meetings', 'proposals'], async (tx) => {
    const meeting = await meetingOrFail(tx, meetingId);
    const alive = new Set((await tx.db.proposals.bulkGet(agenda.map((i) => i.proposalId))).filter((p) => p).map((p) => p!.id));
    await tx.update('meetings', meeting, { agenda: agenda.filter((i) => alive.has(i.proposalId)) }, 'Tagesordnung wiederhergestellt (rückgängig)');
  });
}

/** Moves an item to another place (0-based); logged with its old and new number. */
export async function moveAgendaItem(db: IkzDatabase, meetingId: string, itemId: string, toIndex: number): Promise<void> {
  await runCommand(db, ['meetings', 'proposals'], async (tx) => {
    const meeting = await meetingOrFail(tx, meetingId);
    const from = itemIndexOrFail(meeting, itemId);
    const to = Math.max(0, Math.min(meeting.agenda.length - 1, toIndex));
    if (from === to) return;
    const title = await proposalTitle(tx, meeting.agenda[from]!.proposalId);
    await tx.update(
      'meetings',
      meeting,
      { agenda: moveItem(meeting.agenda, from, to) },
      `Tagesordnungspunkt „${title}“ von TOP ${from + 1} auf TOP ${to + 1} verschoben`,
    );
  });
}

/** Saves the decision requested (Beschlussvorschlag) of one item. */
export async function setDecisionRequested(db: IkzDatabase, meetingId: string, itemId: string, text: string): Promise<void> {
  await runCommand(db, ['meetings', 'proposals'], async (tx) => {
    const meeting = await meetingOrFail(tx, meetingId);
    const index = itemIndexOrFail(meeting, itemId);
    const item = meeting.agenda[index]!;
    const parsed = agendaItemSchema.safeParse({ ...item, decisionRequested: text });
    if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
    if (item.decisionRequested === parsed.data.decisionRequested) return;
    const agenda = meeting.agenda.map((i) => (i.id === itemId ? parsed.data : i));
    await tx.update('meetings', meeting, { agenda }, `Beschlussvorschlag zu „${await proposalTitle(tx, item.proposalId)}“ geändert`);
  });
}

export interface StatusChangeRequest {
  target: ProposalStatus;
  reason: string;
}

/**
 * Records the outcome of an item (null clears it) and, where the user confirmed it, the
 * proposal's status change: one transaction, through the same status path as a manual
 * change (status history, change log). Both the meeting and the proposal log the outcome.
 */
export async function recordOutcome(
  db: IkzDatabase,
  meetingId: string,
  itemId: string,
  outcome: AgendaOutcome | null,
  statusChange: StatusChangeRequest | null,
): Promise<void> {
  await runCommand(db, ['meetings', 'proposals'], async (tx) => {
    const meeting = await meetingOrFail(tx, meetingId);
    const item = meeting.agenda[itemIndexOrFail(meeting, itemId)]!;
    const title = await proposalTitle(tx, item.proposalId);
    const label = outcome ? `„${AGENDA_OUTCOME_LABELS[outcome]}“` : 'offen';
    const agenda = meeting.agenda.map((i) => (i.id === itemId ? { ...i, outcome } : i));
    await tx.update('meetings', meeting, { agenda }, `Ergebnis zu „${title}“: ${label}`);
    const where = ` (Ergebnis im Termin „${meeting.title}“ am ${formatDate(meeting.date)}: ${label})`;
    if (statusChange) {
      await changeStatusIn(tx, item.proposalId, statusChange.target, statusChange.reason, where);
    } else if (await tx.db.proposals.get(item.proposalId)) {
      tx.log({
        table: 'proposals',
        recordId: item.proposalId,
        action: 'update',
        summary: `Ergebnis im Termin „${meeting.title}“ am ${formatDate(meeting.date)}: ${label}`,
        before: null,
        after: null,
      });
    }
  });
}
