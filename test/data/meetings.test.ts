import { describe, expect, it } from 'vitest';
import { createMeeting, deleteMeeting, updateMeeting } from '../../renderer/data/repositories/meetings';
import { freshDb } from './helpers';

describe('meeting repository', () => {
  it('corrects the placeholder date of a seeded meeting', async () => {
    const db = await freshDb();
    const [kaemmerer] = await db.meetings.orderBy('date').toArray();
    const updated = await updateMeeting(db, kaemmerer!.id, { ...kaemmerer!, date: '2027-03-17', location: 'Kreishaus Unna, Raum 1.10' });
    expect(updated).toMatchObject({ date: '2027-03-17', revision: kaemmerer!.revision + 1 });
    await expect(updateMeeting(db, kaemmerer!.id, { ...kaemmerer!, title: 'Arbeitskreis', date: '2027-02-30', location: '' })).rejects.toThrow(
      'Dieses Datum gibt es nicht.',
    );
    expect((await db.meetings.get(kaemmerer!.id))!.date).toBe('2027-03-17');
  });

  it('refuses a half-filled meeting', async () => {
    const db = await freshDb();
    await expect(createMeeting(db, { title: '', date: '', location: '', kind: 'sonstiges', participantIds: [], agenda: [] })).rejects.toThrow('Titel');
    expect(await db.meetings.count()).toBe(2);
  });

  it('deleting a meeting clears it from the proposals planned for it', async () => {
    const db = await freshDb();
    const [kaemmerer] = await db.meetings.orderBy('date').toArray();
    const planned = await db.proposals.filter((p) => p.nextMeetingId === kaemmerer!.id).count();
    expect(planned).toBeGreaterThan(0);
    expect(await deleteMeeting(db, kaemmerer!.id)).toBe(planned);
    expect(await db.proposals.filter((p) => p.nextMeetingId === kaemmerer!.id).count()).toBe(0);
  });
});
