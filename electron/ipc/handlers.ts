/** The main-process side of each IPC operation, with Electron's modules injected. */
import path from 'node:path';
import type { Dialog, BrowserWindow, Shell } from 'electron';
import { isSafeExternalUrl } from '../security';
import type { Handlers } from './handle';

export interface HandlerDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openExternal'>;
  fs: {
    writeFile(p: string, data: Uint8Array): Promise<void>;
    mkdir(p: string): Promise<unknown>;
    readFile(p: string): Promise<Uint8Array>;
    stat(p: string): Promise<{ size: number }>;
  };
  window(): BrowserWindow | null;
  version: string;
  platform: string;
  documentsDir: string;
  backupsDir: string;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    async getAppInfo() {
      return { version: deps.version, platform: deps.platform, shell: 'electron' };
    },
    async saveFile(request) {
      const win = deps.window();
      const options = { defaultPath: path.join(deps.documentsDir, request.suggestedName), filters: request.filters };
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
    async writeBackup(request) {
      // The schema already refuses any path; basename is a second guard against traversal.
      const target = path.join(deps.backupsDir, path.basename(request.fileName));
      await deps.fs.mkdir(deps.backupsDir);
      await deps.fs.writeFile(target, Buffer.from(request.content, 'utf8'));
      return { location: target };
    },
    async openExternal(url) {
      if (!isSafeExternalUrl(url)) return false;
      await deps.shell.openExternal(url);
      return true;
    },
  };
}
