import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../renderer/data/openDatabase';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../renderer/data/schemaVersions';

describe('schema upgrade 1 → 2', () => {
  it('writes a backup first, keeps every record, and carries allocation rows into costPlans', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await v1.open();
    await v1.table('proposals').add({ id: 'p-1', title: 'Alter Vorschlag' });
    await v1.table('allocationSettings').add({ id: 'a-1', proposalId: 'p-1', key: 'einwohner' });
    v1.close();

    const writeBackup = vi.fn(async (_name: string, _json: string) => undefined);
    const result = await openDatabase(name, { writeBackup });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.db.verno).toBe(CURRENT_SCHEMA_VERSION);

    expect(writeBackup).toHaveBeenCalledOnce();
    const [fileName, json] = writeBackup.mock.calls[0]!;
    expect(fileName).toMatch(new RegExp(`^vor-update-v1-auf-v${CURRENT_SCHEMA_VERSION}-.*\\.json$`));
    const backup = JSON.parse(json);
    expect(backup.version).toBe(10);
    expect(backup.tables.proposals).toEqual([{ id: 'p-1', title: 'Alter Vorschlag' }]);

    expect(await result.db.proposals.get('p-1')).toMatchObject({ title: 'Alter Vorschlag' });
    expect(await result.db.costPlans.get('a-1')).toMatchObject({ proposalId: 'p-1' });
    result.db.close();
  });

  it('writes no backup for a new database', async () => {
    const writeBackup = vi.fn(async () => undefined);
    const result = await openDatabase(`fresh-${Math.random()}`, { writeBackup });
    expect(result.ok).toBe(true);
    expect(writeBackup).not.toHaveBeenCalled();
  });
});
