import type { ExchangeScope, ExchangeTable } from '../../domain/exchange/format';
import type { IkzDatabase } from '../db';

export interface BuildOptions {
  /** Protect the file with a password (AES-256-GCM, PBKDF2 600.000 iterations). Empty/undefined: plain. */
  password?: string;
  /** Change-log hints (who changed which field when) for the receiver's review screen; default true. */
  includeChangeLog?: boolean;
}

export interface BuiltExchangeFile {
  /** The file's text (JSON, UTF-8) for platform.saveFile with encoding 'utf8'. */
  text: string;
  bytes: Uint8Array;
  /** Suggested name, e.g. „IKZ-Austausch Kamen 2026-11-26.ikz“. */
  fileName: string;
  /** Records per table in the file (for the export dialog's confirmation). */
  counts: Partial<Record<ExchangeTable, number>>;
}

export async function buildExchangeFile(db: IkzDatabase, scope: ExchangeScope, options: BuildOptions = {}): Promise<BuiltExchangeFile> {
  void db;
  void scope;
  void options;
  throw new Error('TODO: buildExchangeFile');
}
