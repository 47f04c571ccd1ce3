/**
 * INTEGRATION POINT (issue 10, §3): a backup of the whole workspace must be written before
 * every import. The backup module is built on another branch (h-b10); until it is merged,
 * this is the single call site the integrator wires to it, e.g.
 *   `await writeAutomaticBackup(db, 'vor-import')`.
 * The import flow awaits it before it writes and stops when it throws, so an import never
 * runs without the backup once wired.
 */
import type { IkzDatabase } from '../../data/db';

export async function backupBeforeImport(_db: IkzDatabase): Promise<void> {
  // TODO(integrator): call the backup module of h-b10 here.
}
