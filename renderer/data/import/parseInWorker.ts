/**
 * Parses a cost file in a Web Worker with progress and cancel. Where no Worker exists
 * (unit tests in Node), it parses in place, with the same results and errors.
 */
import type { RowContext } from '../../domain/costs/costRows';
import { ImportError, parseCsv, parseXlsx, type ImportPreview } from './costImport';
import type { FileKind, WorkerReply, WorkerRequest } from './importWorkerProtocol';

export class ImportCancelled extends Error {
  constructor() {
    super('Import abgebrochen.');
    this.name = 'ImportCancelled';
  }
}

export interface ParseOptions {
  onProgress?(phase: string, fraction: number): void;
  signal?: AbortSignal;
}

export function parseCostFile(bytes: Uint8Array, kind: FileKind, ctx: RowContext, options: ParseOptions = {}): Promise<ImportPreview> {
  if (options.signal?.aborted) return Promise.reject(new ImportCancelled());
  if (typeof Worker === 'undefined') return Promise.resolve().then(() => (kind === 'csv' ? parseCsv(bytes, ctx) : parseXlsx(bytes, ctx)));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'Kostenimport' });
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new ImportCancelled());
    };
    options.signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') options.onProgress?.(reply.phase, reply.fraction);
      else {
        finish();
        if (reply.type === 'done') resolve(reply.preview);
        else reject(reply.userFacing ? new ImportError(reply.message) : new Error(reply.message));
      }
    };
    worker.onerror = () => {
      finish();
      reject(new Error('Die Datei konnte nicht gelesen werden (interner Fehler beim Einlesen). Bitte erneut versuchen.'));
    };
    worker.postMessage({ bytes, kind, ctx } satisfies WorkerRequest);
  });
}
