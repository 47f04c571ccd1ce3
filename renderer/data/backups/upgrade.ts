/**
 * A backup of an older schema version is brought to the current one with the app's own
 * upgrade steps: its tables go into a temporary database at the backup's version, which
 * is then opened with the current schema (Dexie runs every upgrade in between), and read
 * back. The workspace is not touched; the temporary database is deleted afterwards.
 */
import Dexie from 'dexie';
import { newId } from '../../domain/ids';
import { withLinesPacked } from '../costLineStore';
import { IkzDatabase } from '../db';
import { CURRENT_SCHEMA_VERSION, loadUpgradeSteps, SCHEMA_VERSIONS } from '../schemaVersions';
import { readAllTables, type BackupTables } from './document';

/** A database as the release with schema `version` left it (also used by the migration tests). */
export function databaseAtVersion(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
  return old;
}

export async function writeTables(db: Dexie, tables: BackupTables): Promise<void> {
  // A temporary database of our own, not the workspace: the one write path does not apply.
  const stored = withLinesPacked(
    tables,
    db.tables.map((t) => t.name),
  );
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const rows = stored[table.name];
      if (rows?.length) await table.bulkAdd(rows);
    }
  });
}

export async function upgradeTables(tables: BackupTables, fromVersion: number): Promise<BackupTables> {
  if (fromVersion === CURRENT_SCHEMA_VERSION) return tables;
  await loadUpgradeSteps();
  const name = `ikz-planer-wiederherstellung-${newId()}`;
  try {
    const old = databaseAtVersion(name, fromVersion);
    await old.open();
    await writeTables(old, tables);
    old.close();
    const current = new IkzDatabase(name);
    await current.open();
    try {
      return await readAllTables(current);
    } finally {
      current.close();
    }
  } finally {
    await Dexie.delete(name).catch(() => undefined);
  }
}
