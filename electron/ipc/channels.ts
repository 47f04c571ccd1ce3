/** Channel names only (no zod), so the sandboxed preload bundle stays tiny. */
export const CHANNELS = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
  openExternal: 'shell:open-external',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  exportBackup: 'backup:export',
  presentationStart: 'presentation:start',
  presentationEnd: 'presentation:end',
  presentationPublish: 'presentation:publish',
  presentationNext: 'presentation:next',
  exportReportPdf: 'report:export-pdf',
  openSavedReport: 'report:open-saved',
} as const;

export const PRELOAD_GLOBAL = 'ikzPlaner';
