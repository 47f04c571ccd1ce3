/** Channel names only (no zod), so the sandboxed preload bundle stays tiny. */
export const CHANNELS = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
  openExternal: 'shell:open-external',
  writeBackup: 'backup:write',
  exportReportPdf: 'report:export-pdf',
  openSavedReport: 'report:open-saved',
} as const;

export const PRELOAD_GLOBAL = 'ikzPlaner';
