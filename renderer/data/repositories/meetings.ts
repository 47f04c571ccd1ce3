/** Writes to meetings: validated, one transaction, logged. */
import { firstIssueMessage, meetingInputSchema, type Meeting, type MeetingInput } from '../../domain/schemas';
import { appendChange } from '../changeLog';
import type { IkzDatabase } from '../db';
import { UserFacingError, withNewMeta, withNextRevision } from '../records';

function valid(input: MeetingInput): MeetingInput {
  const parsed = meetingInputSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
  return parsed.data;
}

export async function createMeeting(db: IkzDatabase, input: MeetingInput): Promise<Meeting> {
  const data = valid(input);
  return db.transaction('rw', [db.meetings, db.settings, db.changeLog], async () => {
    const meeting: Meeting = withNewMeta({ ...data, seedKey: null });
    await db.meetings.add(meeting);
    await appendChange(db, { table: 'meetings', recordId: meeting.id, action: 'create', summary: `Termin „${meeting.title}“ angelegt`, before: null, after: meeting });
    return meeting;
  });
}

export async function updateMeeting(db: IkzDatabase, id: string, input: MeetingInput): Promise<Meeting> {
  const data = valid(input);
  return db.transaction('rw', [db.meetings, db.settings, db.changeLog], async () => {
    const existing = await db.meetings.get(id);
    if (!existing) throw new UserFacingError('Dieser Termin wurde inzwischen gelöscht.');
    const updated = withNextRevision(existing, data);
    await db.meetings.put(updated);
    await appendChange(db, { table: 'meetings', recordId: id, action: 'update', summary: `Termin „${updated.title}“ geändert`, before: existing, after: updated });
    return updated;
  });
}

/** Deletes a meeting; proposals planned for it keep their data but lose the date. */
export async function deleteMeeting(db: IkzDatabase, id: string): Promise<number> {
  return db.transaction('rw', [db.meetings, db.proposals, db.settings, db.changeLog], async () => {
    const existing = await db.meetings.get(id);
    if (!existing) return 0;
    const planned = await db.proposals.filter((p) => p.nextMeetingId === id).toArray();
    for (const p of planned) {
      const updated = withNextRevision(p, { nextMeetingId: null });
      await db.proposals.put(updated);
      await appendChange(db, { table: 'proposals', recordId: p.id, action: 'update', summary: `Termin „${existing.title}“ entfernt (gelöscht)`, before: p, after: updated });
    }
    await db.meetings.delete(id);
    await appendChange(db, { table: 'meetings', recordId: id, action: 'delete', summary: `Termin „${existing.title}“ gelöscht`, before: existing, after: null });
    return planned.length;
  });
}
