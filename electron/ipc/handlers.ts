/** The main-process side of each IPC operation, with Electron's modules injected. */
import path from 'node:path';
import type { Dialog, BrowserWindow } from 'electron';
import type { OpenLink } from '../externalLinks';
import type { PresentationController } from '../presentation';
import { backupFilePath, listBackupFiles, writeBackupFile, type BackupFs } from './backups';
import type { ReportPdfRequest } from './contract';
import type { Handlers } from './handle';

export interface HandlerDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** Vets the URL and asks the user before anything opens (electron/externalLinks.ts). */
  openLink: OpenLink;
  fs: BackupFs & {
    writeFile(p: string, data: Uint8Array): Promise<void>;
  };
  window(): BrowserWindow | null;
  /** Windows, full screen and the slide relay of a presentation (electron/presentation.ts). */
  presentation: PresentationController;
  version: string;
  platform: string;
  documentsDir: string;
  backupsDir: string;
  /** Prints the report in a hidden window (electron/printToPdf.ts). */
  printReport(request: ReportPdfRequest): Promise<{ pdf: Uint8Array; pages: number }>;
  /** shell.openPath: '' on success, else the system's error text. */
  openPath(p: string): Promise<string>;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  // The report saved last, for „öffnen“: a path main got from its own save dialog, never one from the renderer.
  let savedReport: string | null = null;
  return {
    async getAppInfo() {
      return { version: deps.version, platform: deps.platform, shell: 'electron' };
    },
    // No handler takes a path from the renderer: save and open paths come from the dialog
    // the user answers here in main, backups go to the fixed backups folder.
    async saveFile(request) {
      const win = deps.window();
      // basename: the suggestion only pre-fills the dialog and can never point elsewhere.
      const options = { defaultPath: path.join(deps.documentsDir, path.basename(request.suggestedName)), filters: request.filters };
      const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, fileName: null };
      const data = request.encoding === 'base64' ? Buffer.from(request.content, 'base64') : Buffer.from(request.content, 'utf8');
      await deps.fs.writeFile(choice.filePath, data);
      return { saved: true, fileName: path.basename(choice.filePath) };
    },
    async openFile(request) {
      const win = deps.window();
      const options = { properties: ['openFile' as const], filters: request.filters };
      const choice = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return { status: 'cancelled' };
      const { size } = await deps.fs.stat(filePath);
      const fileName = path.basename(filePath);
      if (size > request.maxBytes) return { status: 'too-large', fileName, bytes: size };
      const data = await deps.fs.readFile(filePath);
      return { status: 'opened', fileName, base64: Buffer.from(data).toString('base64') };
    },
    writeBackup(request) {
      return writeBackupFile(deps.fs, deps.backupsDir, request.fileName, request.content);
    },
    listBackups: () => listBackupFiles(deps.fs, deps.backupsDir),
    async readBackup(name) {
      const source = await backupFilePath(deps.fs, deps.backupsDir, name);
      return { name: path.basename(source), content: Buffer.from(await deps.fs.readFile(source)).toString('utf8') };
    },
    async exportBackup(name) {
      const source = await backupFilePath(deps.fs, deps.backupsDir, name);
      const win = deps.window();
      const options = {
        defaultPath: path.join(deps.documentsDir, path.basename(source)),
        filters: [{ name: 'IKZ-Planer-Sicherung', extensions: ['json'] }],
      };
      const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, fileName: null };
      await deps.fs.writeFile(choice.filePath, await deps.fs.readFile(source));
      return { saved: true, fileName: path.basename(choice.filePath) };
    },
    async exportReportPdf(request) {
      let printed: { pdf: Uint8Array; pages: number };
      try {
        printed = await deps.printReport(request);
      } catch (error) {
        const reason = error instanceof Error && /[äöüÄÖÜß]|Bericht/.test(error.message) ? ` ${error.message}` : '';
        // A reason that already says what to do („Bitte … noch einmal wählen“) needs no second request.
        const advice = /\bBitte\b/.test(reason) ? '' : ' Bitte versuchen Sie es erneut.';
        return { status: 'failed', message: `Das PDF konnte nicht erstellt werden.${reason}${advice}` };
      }
      const win = deps.window();
      const options = {
        defaultPath: path.join(deps.documentsDir, path.basename(request.suggestedName)),
        filters: [{ name: 'PDF-Dokument', extensions: ['pdf'] }],
      };
      const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      const target = choice.filePath.toLowerCase().endsWith('.pdf') ? choice.filePath : `${choice.filePath}.pdf`;
      await deps.fs.writeFile(target, printed.pdf);
      savedReport = target;
      return { status: 'saved', fileName: path.basename(target), pages: printed.pages };
    },
    async openSavedReport() {
      if (!savedReport) return false;
      return (await deps.openPath(savedReport)) === '';
    },
    openExternal(url) {
      return deps.openLink(url);
    },
    presentationStart: (request) => deps.presentation.start(request),
    presentationEnd: () => deps.presentation.end(),
    presentationPublish: async (state) => deps.presentation.relay.publish(state),
    presentationNext: (version) => deps.presentation.relay.next(version),
  };
}
