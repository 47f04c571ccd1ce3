import { base64ToBytes } from '../../domain/bytes';
import { EXCHANGE_FILE_EXTENSION, MAX_EXCHANGE_BYTES } from '../../domain/exchange/format';
import { platform } from '../../platform';
import type { BuiltExchangeFile } from './build';

const FILTERS = [{ name: 'IKZ-Austauschdatei', extensions: [EXCHANGE_FILE_EXTENSION] }];

export type OpenedExchangeFile = { fileName: string; bytes: Uint8Array } | { fileName: string; error: string };

/** Saves a built file through the platform's save dialog. */
export function saveExchangeFile(built: Pick<BuiltExchangeFile, 'text' | 'fileName'>) {
  return platform.saveFile({ suggestedName: built.fileName, content: built.text, encoding: 'utf8', filters: FILTERS });
}

/** Lets the user pick an .ikz file; null when cancelled. Files over 100 MB are refused before they are read. */
export async function openExchangeFile(): Promise<OpenedExchangeFile | null> {
  const result = await platform.openFile({ filters: FILTERS, maxBytes: MAX_EXCHANGE_BYTES });
  if (result.status === 'cancelled') return null;
  if (result.status === 'too-large') {
    return {
      fileName: result.fileName,
      error: `Die Datei „${result.fileName}“ ist größer als 100 MB und wird nicht eingelesen. Bitte eine kleinere Auswahl exportieren lassen.`,
    };
  }
  return { fileName: result.fileName, bytes: base64ToBytes(result.base64) };
}
