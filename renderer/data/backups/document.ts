/**
 * A full backup of the workspace: every table of the open database (db.tables, so a table
 * that a later schema adds is in it without anyone remembering), read in one read
 * transaction so the backup is one consistent state, with a header line that says what it
 * is (electron/ipc/backupHeader.ts).
 *
 * Why not dexie-export-import: its import clears the tables outside its own transaction
 * (clearTablesBeforeImport), refuses a backup of another schema version or loads it without
 * running our upgrade steps, and cannot raise the workspace revision and log the restore
 * in the same transaction. Our rows are plain JSON (strings, numbers, arrays), so
 * JSON.stringify loses nothing, and the export that Einstellungen wrote until now has the
 * same `tables` shape, so one reader restores both.
 */
import type Dexie from 'dexie';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupText, type BackupHeader, type BackupReason } from '../../platform/backupFormat';
import { withLinesUnpacked } from '../costLineStore';
import { CURRENT_SCHEMA_VERSION } from '../schemaVersions';

export type BackupTables = Record<string, Record<string, unknown>[]>;

export function appVersion(): string {
  return import.meta.env.VITE_APP_VERSION ?? 'dev';
}

/** Every table of the database, in one read transaction; cost lines one by one (costLineStore.ts, withLinesUnpacked). */
export async function readAllTables(db: Dexie): Promise<BackupTables> {
  const tables = await db.transaction('r', db.tables, async () => {
    const tables: BackupTables = {};
    for (const table of db.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
    return tables;
  });
  return withLinesUnpacked(tables);
}

export function countsOf(tables: Record<string, readonly unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
}

export function backupHeaderOf(reason: BackupReason, schemaVersion: number, tables: Record<string, readonly unknown[]>, at: Date): BackupHeader {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: at.toISOString(),
    appVersion: appVersion(),
    schemaVersion,
    reason,
    counts: countsOf(tables),
  };
}

/** `ikz-sicherung-2027-03-31T10-15-00-000Z-vor-import.json`: sortable, and says why it was written. */
export function backupFileName(reason: BackupReason, at: Date): string {
  return `ikz-sicherung-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
}

export interface WorkspaceBackup {
  fileName: string;
  header: BackupHeader;
  content: string;
}

export async function workspaceBackup(db: Dexie, reason: BackupReason, at: Date = new Date()): Promise<WorkspaceBackup> {
  const tables = await readAllTables(db);
  const header = backupHeaderOf(reason, CURRENT_SCHEMA_VERSION, tables, at);
  return { fileName: backupFileName(reason, at), header, content: backupText(header, { tables }) };
}
