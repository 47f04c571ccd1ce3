/** The Web Worker that decrypts a protected exchange file's content (decryptInWorker.ts). */
import { decryptText } from '../../domain/exchange/encryption';
import type { DecryptReply, DecryptRequest } from './decryptInWorker';

self.onmessage = async (event: MessageEvent<DecryptRequest>) => {
  const { ciphertext, password, encryption } = event.data;
  self.postMessage({ plain: await decryptText(ciphertext, password, encryption) } satisfies DecryptReply);
};
