/**
 * A protected file's content decrypted in a Web Worker (renderer/data/exchange/
 * decryptInWorker.ts): the worker's answer is taken; where no worker exists, it cannot
 * start or it fails, the content is decrypted in place with the same result.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decryptInWorker, type DecryptReply, type DecryptRequest } from '../../renderer/data/exchange/decryptInWorker';
import { canonicalJson } from '../../renderer/domain/exchange/canonical';
import { decryptText, encryptText } from '../../renderer/domain/exchange/encryption';

const PASSWORD = 'Winterdienst-2027';

/** A stand-in for Worker: answers as told, and remembers what it was sent. */
function fakeWorker(answer: (request: DecryptRequest) => DecryptReply | 'error') {
  const sent: DecryptRequest[] = [];
  const worker = {
    onmessage: null as ((e: MessageEvent<DecryptReply>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminated: false,
    terminate() {
      this.terminated = true;
    },
    postMessage(request: DecryptRequest) {
      sent.push(request);
      const reply = answer(request);
      setTimeout(() => (reply === 'error' ? this.onerror?.({} as ErrorEvent) : this.onmessage?.({ data: reply } as MessageEvent<DecryptReply>)));
    },
  };
  return { worker, sent, start: () => worker as unknown as Worker };
}

describe('decrypting in a Web Worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the worker’s answer, and decrypts in place where there is no worker or it fails', async () => {
    const plain = canonicalJson({ tables: {}, changeLog: [], note: 'Größer und günstiger' });
    const { encryption, ciphertext } = await encryptText(plain, PASSWORD, 1000);
    // Node has no Worker: in place.
    expect(await decryptInWorker(ciphertext, PASSWORD, encryption)).toBe(plain);
    vi.stubGlobal('Worker', class {});
    const answering = fakeWorker(() => ({ plain: 'aus dem Worker' }));
    expect(await decryptInWorker(ciphertext, PASSWORD, encryption, answering.start)).toBe('aus dem Worker');
    expect(answering.sent).toEqual([{ ciphertext, password: PASSWORD, encryption }]);
    expect(answering.worker.terminated).toBe(true);
    const failing = fakeWorker(() => 'error');
    expect(await decryptInWorker(ciphertext, PASSWORD, encryption, failing.start)).toBe(plain);
    expect(failing.worker.terminated).toBe(true);
    const notStarting = () => {
      throw new Error('kein Worker');
    };
    expect(await decryptInWorker(ciphertext, 'falsch', encryption, notStarting)).toBeNull();
    expect(await decryptText(ciphertext, 'falsch', encryption)).toBeNull();
  });
});
