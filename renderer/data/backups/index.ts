export { backupAtStartIfDue, backupBeforeImport, createBackup } from './service';
export { prepareRestore, previewRestore, restorePrepared, type PreparedRestore, type RestorePreview } from './restore';
export { parseBackupText, type ParsedBackup } from './parse';
export { tableLabel, tableOrder } from './tableLabels';
