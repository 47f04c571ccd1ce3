/** Writes to meetings: validated, one command each (see data/commands.ts). */
import { firstIssueMessage, meetingInputSchema, type Meeting, type MeetingInput } from '../../domain/schemas';
import { runCommand } from '../commands';
import type { IkzDatabase } from '../db';
import { UserFacingError } from '../records';

function valid(input: MeetingInput): MeetingInput {
  const parsed = meetingInputSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
  return parsed.data;
}

export async function createMeeting(db: IkzDatabase, input: MeetingInput): Promise<Meeting> {
  const data = valid(input);
  return runCommand(db, ['meetings'], (tx) => tx.create('meetings', { ...data, seedKey: null }, `Termin „${data.title}“ angelegt`));
}

export async function updateMeeting(db: IkzDatabase, id: string, input: MeetingInput): Promise<Meeting> {
  const data = valid(input);
  return runCommand(db, ['meetings'], async (tx) => {
    const existing = await db.meetings.get(id);
    if (!existing) throw new UserFacingError('Dieser Termin wurde inzwischen gelöscht.');
    return tx.update('meetings', existing, data, `Termin „${data.title}“ geändert`);
  });
}

/**
 * Title, date, place, kind and participants from the meeting form; the agenda is kept as
 * stored (it is edited item by item on the meeting page, possibly meanwhile).
 */
export async function updateMeetingDetails(db: IkzDatabase, id: string, input: Omit<MeetingInput, 'agenda'>): Promise<Meeting> {
  return runCommand(db, ['meetings'], async (tx) => {
    const existing = await db.meetings.get(id);
    if (!existing) throw new UserFacingError('Dieser Termin wurde inzwischen gelöscht.');
    const data = valid({ ...input, agenda: existing.agenda });
    return tx.update('meetings', existing, data, `Termin „${data.title}“ geändert`);
  });
}

/** Deletes a meeting; proposals planned for it keep their data but lose the date. */
export async function deleteMeeting(db: IkzDatabase, id: string): Promise<number> {
  return runCommand(db, ['meetings', 'proposals'], async (tx) => {
    const existing = await db.meetings.get(id);
    if (!existing) return 0;
    const planned = await db.proposals.filter((p) => p.nextMeetingId === id).toArray();
    for (const p of planned) await tx.update('proposals', p, { nextMeetingId: null }, `Termin „${existing.title}“ entfernt (gelöscht)`);
    await tx.remove('meetings', existing, `Termin „${existing.title}“ gelöscht`);
    return planned.length;
  });
}

/** Saves the presenter's note for one slide of the meeting's presentation (empty text removes it). */
export async function saveSlideNote(db: IkzDatabase, meetingId: string, slideKey: string, text: string): Promise<Meeting> {
  return runCommand(db, ['meetings'], async (tx) => {
    const existing = await db.meetings.get(meetingId);
    if (!existing) throw new UserFacingError('Dieser Termin wurde inzwischen gelöscht; die Notiz wurde nicht gespeichert.');
    const notes = { ...existing.slideNotes };
    if (text.trim()) notes[slideKey] = text.trim();
    else delete notes[slideKey];
    const checked = meetingInputSchema.shape.slideNotes.safeParse(notes);
    if (!checked.success) throw new UserFacingError(firstIssueMessage(checked.error));
    return tx.update('meetings', existing, { slideNotes: checked.data }, `Notiz zur Präsentation „${existing.title}“ geändert`);
  });
}
