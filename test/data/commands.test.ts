import { describe, expect, it, vi } from 'vitest';
import { changesOfRecord } from '../../renderer/data/changeLog';
import { runCommand } from '../../renderer/data/commands';
import type { Meeting } from '../../renderer/domain/schemas';
import { UserFacingError } from '../../renderer/domain/errors';
import { freshDb } from './helpers';

const meeting = { title: 'Kämmererrunde', date: '2027-03-10', location: 'Unna', notes: '', seedKey: null } as unknown as Omit<
  Meeting,
  'id' | 'createdAt' | 'updatedAt' | 'revision'
>;

describe('the one write path', () => {
  it('keeps the change log of commands made within one millisecond in the order they were made', async () => {
    const db = await freshDb({ seed: false });
    vi.useFakeTimers({ now: new Date('2027-03-01T10:00:00.000Z'), toFake: ['Date'] });
    try {
      let record = await runCommand(db, ['meetings'], (tx) => tx.create('meetings', meeting, 'Schritt 0'));
      for (let i = 1; i <= 12; i++)
        record = await runCommand(db, ['meetings'], (tx) => tx.update('meetings', record, { location: `Raum ${i}` }, `Schritt ${i}`));
    } finally {
      vi.useRealTimers();
    }
    const log = await changesOfRecord(db, 'meetings', (await db.meetings.toArray())[0]!.id);
    expect(log.map((e) => e.summary)).toEqual(Array.from({ length: 13 }, (_, i) => `Schritt ${i}`));
  });

  it('stamps new records, logs them, and updates with a new revision and the changed fields', async () => {
    const db = await freshDb({ seed: false });
    const created = await runCommand(db, ['meetings'], (tx) => tx.create('meetings', meeting, 'Termin angelegt'));
    expect(created).toMatchObject({ revision: 1, title: 'Kämmererrunde' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const updated = await runCommand(db, ['meetings'], (tx) => tx.update('meetings', created, { location: 'Lünen' }, 'Termin geändert'));
    expect(updated.revision).toBe(2);
    expect(await db.meetings.get(created.id)).toEqual(updated);
    const log = await db.changeLog.where('[table+recordId]').equals(['meetings', created.id]).sortBy('at');
    expect(log.map((e) => e.action)).toEqual(['create', 'update']);
    expect(log[1]!.changes.find((c) => c.field === 'location')).toEqual({ field: 'location', before: 'Unna', after: 'Lünen' });
  });

  it('turns a delete into a tombstone, and an undo revives the record above it', async () => {
    const db = await freshDb({ seed: false });
    const created = await runCommand(db, ['meetings'], (tx) => tx.create('meetings', meeting, 'angelegt'));
    await runCommand(db, ['meetings'], (tx) => tx.remove('meetings', created, 'gelöscht'));
    expect(await db.meetings.get(created.id)).toBeUndefined();
    const stone = await db.tombstones.get(`meetings:${created.id}`);
    expect(stone).toMatchObject({ table: 'meetings', recordId: created.id, revision: 2 });
    const restored = await runCommand(db, ['meetings'], (tx) => tx.restore('meetings', created, 'wiederhergestellt'));
    expect(restored.revision).toBeGreaterThan(stone!.revision);
    expect(await db.tombstones.count()).toBe(0);
    expect(await db.meetings.get(created.id)).toMatchObject({ title: 'Kämmererrunde', revision: restored.revision });
  });

  it('writes nothing at all when the command fails part-way', async () => {
    const db = await freshDb({ seed: false });
    const before = { meetings: await db.meetings.count(), log: await db.changeLog.count() };
    await expect(
      runCommand(db, ['meetings'], async (tx) => {
        await tx.create('meetings', meeting, 'angelegt');
        throw new UserFacingError('Abgebrochen.');
      }),
    ).rejects.toThrow('Abgebrochen.');
    expect({ meetings: await db.meetings.count(), log: await db.changeLog.count() }).toEqual(before);
  });

  it('bulk writes leave tombstones only for removed records', async () => {
    const db = await freshDb({ seed: false });
    const [a, b] = await runCommand(db, ['meetings'], async (tx) => [
      await tx.create('meetings', meeting, 'a'),
      await tx.create('meetings', { ...meeting, title: 'Zweiter Termin' }, 'b'),
    ]);
    await runCommand(db, ['meetings'], (tx) => tx.bulk('meetings', { put: [{ ...a!, revision: 2 }], remove: [b!], log: [] }));
    expect((await db.tombstones.toArray()).map((t) => t.recordId)).toEqual([b!.id]);
    expect(await db.meetings.get(a!.id)).toMatchObject({ revision: 2 });
  });
});
