/**
 * INTEGRATION POINT (issue 10, §3): a backup of the whole workspace is written before every
 * import. The backup module lives on another branch (h-b10: `backupBeforeImport(db)` in
 * renderer/data/backups, which throws a UserFacingError when no backup could be written).
 * Until both are merged this is the single call site; the integrator replaces the body with
 *   `await backupBeforeImport(db);`  (import { backupBeforeImport } from '../../data/backups')
 * The import flow (useImportFlow.apply) awaits it before applyMerge and shows its error
 * instead of importing when it throws.
 */
import type { IkzDatabase } from '../../data/db';

export async function backupBeforeImport(db: IkzDatabase): Promise<void> {
  void db; // TODO(integrator): wire to renderer/data/backups backupBeforeImport (h-b10).
}
