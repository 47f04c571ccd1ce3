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
