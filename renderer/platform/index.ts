/**
 * The only module that knows whether the app runs inside Electron. Everything else
 * calls `platform`.
 */
import { PRELOAD_GLOBAL } from '../../electron/ipc/channels';
import type { PreloadApi } from '../../electron/ipc/contract';

export type { PresentationState } from '../../electron/ipc/contract';
import { browserPlatform } from './browser';

function electronBridge(): PreloadApi | null {
  const candidate = (globalThis as Record<string, unknown>)[PRELOAD_GLOBAL];
  return candidate && typeof candidate === 'object' ? (candidate as PreloadApi) : null;
}

export const platform: PreloadApi = electronBridge() ?? browserPlatform;

/** Saves a text file (UTF-8) through the platform's save dialog. */
export function saveTextFile(suggestedName: string, content: string, filterName: string, extension: string) {
  return platform.saveFile({ suggestedName, content, encoding: 'utf8', filters: [{ name: filterName, extensions: [extension] }] });
}

export { openPresenterWindow } from './browserPresentation';

/** True inside the desktop app (the main process places presenter and slides on the displays). */
export const isDesktop = electronBridge() !== null;

// The backup format's code is in ./backupFormat (not re-exported here: it uses zod, which
// the first screen does not load); its types are free.
export type { BackupHeader, BackupReason } from '../../electron/ipc/backupHeader';
export type { BackupFileInfo } from '../../electron/ipc/contract';
