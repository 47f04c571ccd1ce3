/** Messages between the import dialog and the parsing worker. */
import type { RowContext } from '../../domain/costs/costRows';
import type { ImportPreview } from './costImport';

export type FileKind = 'csv' | 'xlsx';

export interface WorkerRequest {
  bytes: Uint8Array;
  kind: FileKind;
  ctx: RowContext;
}

export type WorkerReply =
  { type: 'progress'; phase: string; fraction: number } | { type: 'done'; preview: ImportPreview } | { type: 'error'; message: string; userFacing: boolean };
