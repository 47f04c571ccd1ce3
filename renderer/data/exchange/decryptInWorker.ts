/**
 * Decrypts a protected exchange file's content in a Web Worker. Chromium runs AES-GCM and
 * the decoding of the 30 MB it yields on the calling thread; in the page, beside the
 * file's other large buffers, that took 0.2 to 0.7 s (garbage collection included), on the
 * path the import waits on. In a worker of its own it runs while the page takes the
 * checksum. Where no Worker exists (unit tests in Node) or it cannot start, in place:
 * the same result either way.
 */
import { decryptText } from '../../domain/exchange/encryption';
import type { ExchangeEncryption } from '../../domain/exchange/format';

export interface DecryptRequest {
  ciphertext: string;
  password: string;
  encryption: ExchangeEncryption;
}

export interface DecryptReply {
  /** The plain text, or null for a wrong password (decryptText). */
  plain: string | null;
}

const appWorker = () => new Worker(new URL('./decryptWorker.ts', import.meta.url), { type: 'module', name: 'Entschlüsselung' });

export function decryptInWorker(
  ciphertext: string,
  password: string,
  encryption: ExchangeEncryption,
  startWorker: () => Worker = appWorker,
): Promise<string | null> {
  const inPlace = () => decryptText(ciphertext, password, encryption);
  if (typeof Worker === 'undefined') return inPlace();
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return inPlace();
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<DecryptReply>) => {
      worker.terminate();
      resolve(event.data.plain);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(inPlace());
    };
    worker.postMessage({ ciphertext, password, encryption } satisfies DecryptRequest);
  });
}
