/**
 * Runs inside the built app's page (bundled by test/e2e/upgrade.test.ts with esbuild):
 * writes the fixture workspace of an earlier schema version with that version's stores,
 * then opens it the way the app starts (openDatabase: backup first, then Dexie's upgrade
 * steps) on Chromium's own IndexedDB, and reports what the upgraded database holds.
 */
// zod must know it runs without JIT before any schema is built (the app's CSP).
import '../../bench/exchange/jitless';
import { databaseAtVersion, writeTables } from '../../../renderer/data/backups/upgrade';
import { bucketOf, sharedRecordsOf } from '../../../renderer/data/exchange/sharedVersions';
import { openDatabase } from '../../../renderer/data/openDatabase';
import { fixtureTables } from '../../data/schemaFixtures';

async function upgradeFrom(version: number) {
  const name = `ikz-upgrade-v${version}-${Date.now()}`;
  const old = databaseAtVersion(name, version);
  await old.open();
  const fixture = fixtureTables(version);
  await writeTables(old, fixture);
  old.close();
  const backups: string[] = [];
  const result = await openDatabase(name, { writeBackup: async (fileName) => void backups.push(fileName) });
  if (!result.ok) return { ok: false as const, detail: result.detail };
  const db = result.db;
  const missing: string[] = [];
  for (const [table, rows] of Object.entries(fixture)) {
    if (table === 'exchangeBase') {
      for (const row of rows) {
        const bucket = await db.sharedVersions.get(`${String(row.table)}:${bucketOf(String(row.recordId))}`);
        if (!sharedRecordsOf(bucket).some((r) => r.recordId === row.recordId && r.versions.every((v) => v.record))) missing.push(`${table} ${row.id}`);
      }
      continue;
    }
    for (const row of rows) if (!(await db.recordStore(table).get(String(row.id)))) missing.push(`${table} ${row.id}`);
  }
  const report = {
    ok: true as const,
    verno: db.verno,
    backups,
    missing,
    tables: db.tables.map((t) => t.name).sort(),
  };
  db.close();
  return report;
}

(window as unknown as { __ikzUpgradeFrom: typeof upgradeFrom }).__ikzUpgradeFrom = upgradeFrom;
