/**
 * Opening the database, and what to do when that fails. The app never deletes data to
 * get going again: it explains the problem and offers to export what it can read.
 */
import { DEFAULT_DB_NAME, IkzDatabase } from './db';
import { salvageDatabase } from './salvage';
import { CURRENT_SCHEMA_VERSION, loadUpgradeSteps } from './schemaVersions';
import { initializeWorkspace } from './initializeWorkspace';

/**
 * The schema version on disk, read without opening through Dexie: Dexie 4 would open a
 * newer database anyway and even add missing tables to it. Dexie stores version n as
 * IndexedDB version 10·n. Returns 0 when there is no database yet.
 */
export async function installedSchemaVersion(name: string, factory: IDBFactory = indexedDB): Promise<number> {
  const found = (await factory.databases()).find((d) => d.name === name);
  return (found?.version ?? 0) / 10;
}

export type OpenProblem = 'newer-version' | 'unavailable' | 'damaged' | 'backup-failed';

export type OpenResult = { ok: true; db: IkzDatabase } | { ok: false; problem: OpenProblem; message: string; detail: string };

export const OPEN_PROBLEM_MESSAGES: Record<OpenProblem, string> = {
  'newer-version':
    'Die Daten auf diesem Rechner wurden mit einer neueren Version des IKZ-Planers gespeichert. Diese ältere Version kann sie nicht öffnen, ohne sie zu beschädigen. Bitte installieren Sie die neueste Version. Ihre Daten bleiben unverändert erhalten.',
  unavailable:
    'Der Datenspeicher dieses Rechners steht nicht zur Verfügung (zum Beispiel, weil der Speicherplatz voll ist oder ein zweites Fenster ihn blockiert). Bitte schließen Sie andere Fenster des IKZ-Planers, schaffen Sie Speicherplatz und starten Sie das Programm neu.',
  'backup-failed':
    'Diese Programmversion muss Ihre Daten in ein neues Format übertragen. Vorher wird immer eine Sicherungskopie geschrieben – das ist diesmal nicht gelungen. Deshalb wurde nichts verändert; Ihre Daten sind vollständig erhalten. Bitte prüfen Sie, ob auf dem Rechner genug Speicherplatz frei ist, und wählen Sie „Erneut versuchen“. Sie können die Daten auch zuerst exportieren.',
  damaged:
    'Die gespeicherten Daten konnten nicht gelesen werden; sie sind möglicherweise beschädigt. Es wurde nichts gelöscht. Bitte sichern Sie die Daten mit „Lesbare Daten exportieren“ und wenden Sie sich an Ihre IT-Betreuung.',
};

export function classifyOpenError(error: unknown): OpenProblem {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'VersionError' || inner === 'VersionError') return 'newer-version';
  if (
    name === 'MissingAPIError' ||
    name === 'DatabaseClosedError' ||
    inner === 'QuotaExceededError' ||
    name === 'QuotaExceededError' ||
    inner === 'InvalidStateError'
  )
    return 'unavailable';
  return 'damaged';
}

export interface OpenOptions {
  today?: Date;
  /** Called with a full export before a schema upgrade; the upgrade waits for it. */
  writeBackup?: (fileName: string, json: string) => Promise<void>;
}

export async function openDatabase(name: string = DEFAULT_DB_NAME, options: OpenOptions = {}): Promise<OpenResult> {
  const today = options.today ?? new Date();
  const db = new IkzDatabase(name);
  try {
    // An older app must not touch data written by a newer one: stop before opening.
    const installed = await installedSchemaVersion(name);
    if (installed > CURRENT_SCHEMA_VERSION) {
      return {
        ok: false,
        problem: 'newer-version',
        message: OPEN_PROBLEM_MESSAGES['newer-version'],
        detail: `Datenbankversion ${installed}, dieses Programm kennt ${CURRENT_SCHEMA_VERSION}`,
      };
    }
    const upgradeDue = installed > 0 && installed < CURRENT_SCHEMA_VERSION;
    // Upgrade steps and backup code are loaded only for an upgrade, not on every start.
    if (upgradeDue) await loadUpgradeSteps();
    if (upgradeDue && options.writeBackup) {
      // Before an upgrade, a backup: if the upgrade step has a bug, nothing is lost.
      // Without a backup there is no upgrade: stop before Dexie touches the data.
      try {
        const [{ backupText }, { backupHeaderOf }] = await Promise.all([import('../platform/backupFormat'), import('./backups/document')]);
        const data = await salvageDatabase(name);
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        // With the header line of every backup, so the list in Einstellungen shows it and it can be restored.
        const header = backupHeaderOf('vor-update', installed, data.tables, new Date());
        await options.writeBackup(`vor-update-v${installed}-auf-v${CURRENT_SCHEMA_VERSION}-${stamp}.json`, backupText(header, { ...data }));
      } catch (error) {
        db.close();
        return {
          ok: false,
          problem: 'backup-failed',
          message: OPEN_PROBLEM_MESSAGES['backup-failed'],
          detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        };
      }
    }
    await db.open();
    await initializeWorkspace(db, today);
    return { ok: true, db };
  } catch (error) {
    db.close();
    const problem = classifyOpenError(error);
    return { ok: false, problem, message: OPEN_PROBLEM_MESSAGES[problem], detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
