import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/data/schemaVersions';
import { openDatabase } from '../../renderer/data/openDatabase';
import { salvageDatabase } from '../../renderer/data/salvage';

describe('opening the database', () => {
  it('opens and seeds a new database', async () => {
    const result = await openDatabase(`open-${Math.random()}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(await result.db.parties.count()).toBe(11);
  });

  it('refuses a database from a newer app version in German, keeps it, and can export it', async () => {
    const name = `newer-${Math.random()}`;
    const future = new Dexie(name);
    future.version(CURRENT_SCHEMA_VERSION + 5).stores({ parties: 'id', futureTable: 'id' });
    await future.open();
    await future.table('parties').add({ id: 'x', name: 'Lünen' });
    future.close();

    const result = await openDatabase(name);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe('newer-version');
      expect(result.message).toContain('neueren Version');
    }
    const salvaged = await salvageDatabase(name);
    expect(salvaged.tables['parties']).toEqual([{ id: 'x', name: 'Lünen' }]);
    expect(Object.keys(salvaged.tables).sort()).toEqual(['futureTable', 'parties']);
  });
});

describe('a failed backup before an upgrade', () => {
  it('stops before the upgrade, says the backup failed, and a retry with a working backup upgrades', async () => {
    const name = `backup-fails-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({ proposals: 'id', settings: 'id' });
    await old.open();
    await old.table('proposals').add({ id: 'p-1', title: 'Alter Vorschlag' });
    old.close();

    const failing = await openDatabase(name, { writeBackup: async () => Promise.reject(new Error('ENOSPC: no space left on device')) });
    expect(failing.ok).toBe(false);
    if (!failing.ok) {
      expect(failing.problem).toBe('backup-failed');
      expect(failing.message).toContain('Sicherungskopie');
      expect(failing.message).toContain('nichts verändert');
      expect(failing.message).not.toContain('beschädigt');
      expect(failing.detail).toContain('ENOSPC');
    }
    // Nothing was upgraded: the data are still at version 1, untouched.
    expect((await indexedDB.databases()).find((d) => d.name === name)?.version).toBe(10);

    const retry = await openDatabase(name, { writeBackup: async () => undefined });
    expect(retry.ok).toBe(true);
    if (retry.ok) {
      expect(retry.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await retry.db.proposals.get('p-1')).toMatchObject({ title: 'Alter Vorschlag' });
    }
  });
});
