/**
 * Writing backups through the platform (backups folder in the desktop app, a separate
 * IndexedDB in a browser): on request, at start (at most once a day), before an import
 * and before a restore. Before a schema upgrade, renderer/data/openDatabase.ts writes one.
 */
import { UserFacingError } from '../../domain/errors';
import type { IkzDatabase } from '../db';
import { workspaceBackup } from './document';
import { platform, type BackupReason } from '../../platform';
import { dayKey } from '../../platform/backupFormat';

/** Errors from main arrive as "Error invoking remote method 'backup:write': Error: <German text>". */
function germanMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const inner = text.split(/Error: /).pop() ?? text;
  return /[äöüßÄÖÜ]|Sicherung/.test(inner) ? inner : 'Die Sicherung konnte nicht geschrieben werden. Bitte prüfen Sie, ob genug Speicherplatz frei ist.';
}

export async function createBackup(db: IkzDatabase, reason: BackupReason, at: Date = new Date()): Promise<{ name: string; location: string }> {
  const backup = await workspaceBackup(db, reason, at);
  try {
    const { location } = await platform.writeBackup({ fileName: backup.fileName, content: backup.content });
    return { name: location.split(/[\\/]/).pop() ?? backup.fileName, location };
  } catch (error) {
    throw new UserFacingError(`${germanMessage(error)} Es wurde nichts verändert.`);
  }
}

/**
 * For the exchange import (issue 10, §2): call before writing an import. Throws a
 * UserFacingError when no backup could be written; the import must then stop.
 */
export function backupBeforeImport(db: IkzDatabase): Promise<{ name: string; location: string }> {
  return createBackup(db, 'vor-import');
}

/** Writes the start backup unless one was written today already. Returns whether it wrote one. */
export async function backupAtStartIfDue(db: IkzDatabase, now: Date = new Date()): Promise<boolean> {
  const today = dayKey(now);
  const list = await platform.listBackups();
  const done = list.some((b) => b.header?.reason === 'start' && dayKey(new Date(b.header.createdAt)) === today);
  if (done) return false;
  await createBackup(db, 'start', now);
  return true;
}
