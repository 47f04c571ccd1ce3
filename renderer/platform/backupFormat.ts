/**
 * The backup format and retention rules, shared with the main process (electron/ipc).
 * Imported by the backup code only, never through ./index: it validates headers with
 * zod, which the first screen does not load (issue 6: initial bundle).
 */
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_REASONS, backupHeader, backupText, headerOfBackupText } from '../../electron/ipc/backupHeader';
export type { BackupHeader, BackupReason } from '../../electron/ipc/backupHeader';
export { dayKey } from '../../electron/ipc/retention';
