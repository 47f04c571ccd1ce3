/**
 * Restoring a backup: read and check the file, bring it to the current schema, show what
 * would change, and only after the user confirmed write a backup of the current state and
 * replace the workspace in one transaction (renderer/data/commands.ts, replaceWorkspace).
 */
import { replaceWorkspace } from '../commands';
import type { IkzDatabase } from '../db';
import { readAllTables, type BackupTables } from './document';
import { parseBackupText, type ParsedBackup } from './parse';
import { createBackup } from './service';
import { tableLabel, tableOrder } from './tableLabels';
import { upgradeTables } from './upgrade';

export interface PreparedRestore {
  source: string;
  backup: Omit<ParsedBackup, 'tables'>;
  /** Already at the current schema version. */
  tables: BackupTables;
}

export async function prepareRestore(source: string, text: string): Promise<PreparedRestore> {
  const parsed = parseBackupText(text);
  const { tables, ...backup } = parsed;
  return { source, backup, tables: await upgradeTables(tables, parsed.schemaVersion) };
}

export interface RestorePreview {
  counts: { table: string; label: string; now: number; backup: number }[];
  /** Proposals that exist now but not in the backup, and the other way round (by id). */
  disappearing: string[];
  appearing: string[];
  changedProposals: number;
}

const titleOf = (row: Record<string, unknown>) => (typeof row.title === 'string' && row.title ? row.title : String(row.id));

export async function previewRestore(db: IkzDatabase, prepared: PreparedRestore): Promise<RestorePreview> {
  const now = await readAllTables(db);
  const names = [...new Set([...Object.keys(now), ...Object.keys(prepared.tables)])].sort(tableOrder);
  const counts = names.map((table) => ({ table, label: tableLabel(table), now: now[table]?.length ?? 0, backup: prepared.tables[table]?.length ?? 0 }));
  const before = new Map((now.proposals ?? []).map((p) => [p.id, p]));
  const after = new Map((prepared.tables.proposals ?? []).map((p) => [p.id, p]));
  const byTitle = (a: string, b: string) => a.localeCompare(b, 'de');
  return {
    counts,
    disappearing: [...before]
      .filter(([id]) => !after.has(id))
      .map(([, p]) => titleOf(p))
      .sort(byTitle),
    appearing: [...after]
      .filter(([id]) => !before.has(id))
      .map(([, p]) => titleOf(p))
      .sort(byTitle),
    changedProposals: [...after].filter(([id, p]) => before.has(id) && before.get(id)!.revision !== p.revision).length,
  };
}

/** Backs up the current state first (no restore without it), then replaces the workspace. */
export async function restorePrepared(db: IkzDatabase, prepared: PreparedRestore): Promise<{ safetyBackup: string }> {
  const safety = await createBackup(db, 'vor-wiederherstellung');
  await replaceWorkspace(db, prepared.tables, `Sicherung „${prepared.source}“ wiederhergestellt (vorheriger Stand gesichert als „${safety.name}“)`);
  return { safetyBackup: safety.name };
}
