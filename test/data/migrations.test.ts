/**
 * Every earlier schema version, with data, opened by the current app: nothing is lost.
 * Versions come from SCHEMA_VERSIONS, so a new schema (v6, v7, …) is covered as soon as it
 * is added; fixtures are generated in code (test/data/schemaFixtures.ts), not stored as
 * binary files.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseBackupText } from '../../renderer/data/backups/parse';
import { databaseAtVersion, writeTables } from '../../renderer/data/backups/upgrade';
import { bucketOf, sharedRecordsOf } from '../../renderer/data/exchange/sharedVersions';
import { openDatabase } from '../../renderer/data/openDatabase';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../renderer/data/schemaVersions';
import { amountSum, comparable, fixtureTables } from './schemaFixtures';

const EARLIER = SCHEMA_VERSIONS.filter((v) => v.version < CURRENT_SCHEMA_VERSION).map((v) => v.version);

async function databaseOfVersion(version: number): Promise<string> {
  const name = `migration-v${version}-${Math.random()}`;
  const old = databaseAtVersion(name, version);
  await old.open();
  await writeTables(old, fixtureTables(version));
  old.close();
  return name;
}

describe('migration of every earlier schema version', () => {
  it('covers all versions before the current one', () => {
    expect(EARLIER).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(EARLIER)('schema v%i: backup first, then every record with every field is still there', async (version) => {
    const fixture = fixtureTables(version);
    const name = await databaseOfVersion(version);
    const writeBackup = vi.fn(async (_fileName: string, _json: string) => undefined);
    const result = await openDatabase(name, { writeBackup, today: new Date('2026-11-26T10:00:00') });
    expect(result.ok, result.ok ? '' : result.detail).toBe(true);
    if (!result.ok) return;
    const db = result.db;
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

    // The backup before the upgrade holds the old data exactly and can be read for a restore.
    expect(writeBackup).toHaveBeenCalledOnce();
    const backup = parseBackupText(writeBackup.mock.calls[0]![1]);
    expect(backup.schemaVersion).toBe(version);
    expect(backup.tables).toEqual(fixture);

    for (const [table, rows] of Object.entries(fixture)) {
      if (table === 'exchangeBase') {
        // v8 moved the shared versions into buckets (sharedVersions), each with its copy.
        for (const row of rows) {
          const bucket = await db.sharedVersions.get(`${row.table as string}:${bucketOf(row.recordId as string)}`);
          expect(sharedRecordsOf(bucket).find((r) => r.recordId === row.recordId)?.versions, row.id).toEqual(row.versions);
        }
        continue;
      }
      for (const row of rows) {
        const now = (await db.recordStore(table).get(String(row.id))) as Record<string, unknown> | undefined;
        expect(now, `${table} ${row.id}`).toBeDefined();
        if (table === 'costLines' && version < 3 && 'amounts' in (row.entry as object)) {
          // v3 stores amounts by calendar year: same amounts, other shape.
          const { entry, ...rest } = row;
          expect(now, `${table} ${row.id}`).toMatchObject(rest);
          expect(amountSum(now!.entry), `${table} ${row.id}`).toBe(amountSum(entry));
          expect(Object.keys((now!.entry as { byYear: object }).byYear).every((y) => /^\d{4}$/.test(y))).toBe(true);
        } else if (row.id === 'workspace-revision') {
          // Seeding after the upgrade is a command and raises it; it never goes down.
          expect(now!.revision as number).toBeGreaterThanOrEqual(row.revision as number);
        } else {
          // v12 keeps a bucket of shared versions as JSON text: compared as the same records.
          expect(comparable(table, now!), `${table} ${row.id}`).toMatchObject(row);
        }
      }
    }
    // Every bucket of shared versions is in the current shape (JSON text since v12), so the exchange can read it.
    for (const bucket of await db.sharedVersions.toArray()) expect(typeof bucket.recordsJson, bucket.id).toBe('string');
    // v1's allocation rows became calculation plans of their proposals.
    if (version === 1) expect(await db.costPlans.get('alloc-1')).toMatchObject({ proposalId: 'p-2', allocation: { key: 'einwohner' } });
    // Every proposal has a plan from v3 on.
    for (const p of fixture.proposals!) expect(await db.costPlans.where('proposalId').equals(p.id).count(), p.id).toBeGreaterThan(0);
    db.close();
  });
});
