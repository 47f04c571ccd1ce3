/**
 * Parses a cost file off the main thread, so that a large file never freezes the window
 * (issue 7). Receives the bytes, answers with progress messages and the preview, or the
 * German message of an ImportError. Cancelling terminates the worker.
 */
import type { RowContext } from '../../domain/costs/costRows';
import { ImportError, parseCsv, parseXlsx } from './costImport';
import type { WorkerReply, WorkerRequest } from './importWorkerProtocol';

const post = (reply: WorkerReply) => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(reply);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { bytes, kind, ctx } = event.data;
  try {
    post({ type: 'progress', phase: 'Datei wird gelesen', fraction: 0.1 });
    const preview = kind === 'csv' ? parseCsv(bytes, ctx as RowContext) : await parseXlsx(bytes, ctx as RowContext);
    post({ type: 'progress', phase: 'Zeilen geprüft', fraction: 1 });
    post({ type: 'done', preview });
  } catch (error) {
    post({
      type: 'error',
      message:
        error instanceof ImportError
          ? error.message
          : 'Die Datei konnte nicht gelesen werden. Bitte prüfen Sie, ob es eine CSV- oder XLSX-Datei ist, und versuchen Sie es erneut.',
      userFacing: error instanceof ImportError,
    });
  }
};
