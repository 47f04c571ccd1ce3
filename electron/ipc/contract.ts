/**
 * The one IPC contract between renderer and main: operation → channel, argument
 * schema and result type. The renderer imports this file for its types only.
 */
import { z } from 'zod';
import { CHANNELS } from './channels';
import { isSafeFileName } from './fileNames';
import type { BackupFileInfo } from './backups';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});

export const saveFileRequest = z.object({
  // A bare name only (no path, no Windows device name): the user picks the folder in the dialog.
  suggestedName: z.string().min(1).max(200).refine(isSafeFileName, 'plain file name, no path or device name'),
  /** Text content (UTF-8). Binary files come as base64 with `encoding: 'base64'`. */
  content: z.string().max(200 * 1024 * 1024),
  encoding: z.enum(['utf8', 'base64']),
  filters: z.array(fileFilter).max(10),
});
export type SaveFileRequest = z.infer<typeof saveFileRequest>;

export const openFileRequest = z.object({
  filters: z.array(fileFilter).max(10),
  maxBytes: z
    .number()
    .int()
    .positive()
    .max(200 * 1024 * 1024),
});
export type OpenFileRequest = z.infer<typeof openFileRequest>;

/** Upper bound of one automatic backup (the database of a district is a few MB). */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/** Automatic backups (before schema upgrades) go to a fixed folder, never a user-chosen path. */
export const backupRequest = z.object({
  fileName: z
    .string()
    .regex(/^[\w.-]{1,120}\.json$/, 'plain file name ending in .json')
    .refine(isSafeFileName, 'no device name'),
  // Characters, not bytes: the handler checks the UTF-8 size again (electron/ipc/backups.ts).
  content: z.string().max(MAX_BACKUP_BYTES),
});
export type BackupRequest = z.infer<typeof backupRequest>;

/** A backup to read or export: a bare name from the list, never a path (main checks it is in the folder). */
export const backupName = z
  .string()
  .regex(/^[\w.-]{1,120}\.json$/, 'plain file name ending in .json')
  .refine(isSafeFileName, 'no path or device name');

export type { BackupFileInfo } from './backups';
export type { BackupHeader } from './backupHeader';

/**
 * Where a presentation stands, shared between the audience window and the presenter view.
 * `deck` is the query of the presentation route (which meeting or proposals, scenario).
 */
export const presentationState = z.object({
  deck: z
    .string()
    .max(4000)
    .regex(/^[\w=&,%.-]*$/),
  index: z.number().int().min(0).max(999),
  count: z.number().int().min(1).max(1000),
  /** When the talk started (ms since 1970), for the elapsed time; null before. */
  startedAt: z.number().int().min(0).nullable(),
  ended: z.boolean(),
});
export type PresentationState = z.infer<typeof presentationState>;

export interface PresentationStartResult {
  /** Displays connected (1 in a browser). */
  displays: number;
  /** A presenter view was opened on a second display. */
  presenterWindow: boolean;
}

/**
 * A report as PDF: main prints the app's own print route in a hidden window. The
 * renderer sends only the route's query (the report's settings, no path, no URL) and the
 * texts of the document information; the file's place comes from the save dialog.
 */
export const reportPdfRequest = z
  .object({
    query: z
      .string()
      .max(8000)
      .regex(/^[\w.,=&%-]*$/, 'query string of the print route only'),
    suggestedName: z
      .string()
      .min(5)
      .max(200)
      .refine(isSafeFileName, 'plain file name, no path or device name')
      .refine((n) => n.toLowerCase().endsWith('.pdf'), 'a .pdf name'),
    title: z.string().min(1).max(400),
    author: z.string().max(200),
    subject: z.string().max(600),
    /** A contract draft instead of the report: main prints its print route (#/vertraege/<id>/druck). */
    contractId: z
      .string()
      .regex(/^[0-9a-f-]{36}$/i, 'a record id')
      .optional(),
    /**
     * The report is on the asking window's screen (the builder's preview, with its ready
     * signal): main prints that window where it is instead of loading the app again in a
     * hidden one. Reports only.
     */
    inPlace: z.boolean().optional(),
  })
  .refine((r) => !(r.inPlace && r.contractId !== undefined), 'a contract is printed on its own print route');
export type ReportPdfRequest = z.infer<typeof reportPdfRequest>;

export type ReportPdfResult =
  | { status: 'saved'; fileName: string; pages: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  /** Browser fallback: the print route opened; the browser's own dialog prints or saves. */
  | { status: 'browser-print' };

export interface SaveFileResult {
  saved: boolean;
  fileName: string | null;
}

export type OpenFileResult =
  { status: 'cancelled' } | { status: 'too-large'; fileName: string; bytes: number } | { status: 'opened'; fileName: string; base64: string };

export interface AppInfo {
  version: string;
  platform: string;
  shell: 'electron' | 'browser';
}

export const IPC_CONTRACT = {
  getAppInfo: { channel: CHANNELS.getAppInfo, args: z.tuple([]) },
  saveFile: { channel: CHANNELS.saveFile, args: z.tuple([saveFileRequest]) },
  openFile: { channel: CHANNELS.openFile, args: z.tuple([openFileRequest]) },
  openExternal: { channel: CHANNELS.openExternal, args: z.tuple([z.string().max(2048)]) },
  writeBackup: { channel: CHANNELS.writeBackup, args: z.tuple([backupRequest]) },
  listBackups: { channel: CHANNELS.listBackups, args: z.tuple([]) },
  readBackup: { channel: CHANNELS.readBackup, args: z.tuple([backupName]) },
  exportBackup: { channel: CHANNELS.exportBackup, args: z.tuple([backupName]) },
  presentationStart: { channel: CHANNELS.presentationStart, args: z.tuple([z.object({ presenterView: z.boolean() })]) },
  presentationEnd: { channel: CHANNELS.presentationEnd, args: z.tuple([]) },
  presentationPublish: { channel: CHANNELS.presentationPublish, args: z.tuple([presentationState]) },
  /** Resolves with the first state newer than the given version (long poll; main never pushes). */
  presentationNext: { channel: CHANNELS.presentationNext, args: z.tuple([z.number().int().min(0)]) },
  exportReportPdf: { channel: CHANNELS.exportReportPdf, args: z.tuple([reportPdfRequest]) },
  openSavedReport: { channel: CHANNELS.openSavedReport, args: z.tuple([]) },
} as const;

export interface IpcResults {
  getAppInfo: AppInfo;
  saveFile: SaveFileResult;
  openFile: OpenFileResult;
  openExternal: boolean;
  writeBackup: { location: string };
  /** Newest first, with each file's header (null for files without one, e.g. older exports). */
  listBackups: BackupFileInfo[];
  readBackup: { name: string; content: string };
  /** Copies the backup to a place the user picks in the save dialog. */
  exportBackup: SaveFileResult;
  presentationStart: PresentationStartResult;
  presentationEnd: { ended: boolean };
  presentationPublish: { version: number };
  presentationNext: { version: number; state: PresentationState | null };
  exportReportPdf: ReportPdfResult;
  /** Opens the report saved last in this session with the system's PDF viewer. */
  openSavedReport: boolean;
}

export type Operation = keyof typeof IPC_CONTRACT;
export type OperationArgs<O extends Operation> = z.infer<(typeof IPC_CONTRACT)[O]['args']>;

/** What the preload exposes to the renderer: one function per operation. */
export type PreloadApi = { [O in Operation]: (...args: OperationArgs<O>) => Promise<IpcResults[O]> };

export { PRELOAD_GLOBAL } from './channels';
