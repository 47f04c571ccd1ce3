/**
 * Password protection with the browser's Web Crypto only (no WebAssembly, so the CSP
 * stays strict): AES-256-GCM with a key from PBKDF2-HMAC-SHA256, random salt and IV per
 * file, the parameters in the file header. GCM authenticates: a wrong password fails to
 * decrypt instead of yielding garbage.
 */
import { base64ToBytes, bytesToBase64, utf8Bytes } from '../bytes';
import { MIN_PBKDF2_ITERATIONS, type ExchangeEncryption } from './format';

async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/**
 * The key and parameters for protecting a file, derived at once: PBKDF2 with 600,000
 * iterations takes a quarter of a second that Web Crypto spends off the page's thread, so
 * the export starts it before collecting the records and the key is ready when needed.
 */
export interface PreparedEncryption {
  encryption: ExchangeEncryption;
  key: Promise<CryptoKey>;
}

export function prepareEncryption(password: string, iterations = MIN_PBKDF2_ITERATIONS): PreparedEncryption {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = deriveKey(password, salt, iterations);
  // Not awaited when the export fails before encrypting: no unhandled rejection.
  key.catch(() => undefined);
  return { encryption: { algorithm: 'AES-256-GCM', kdf: 'PBKDF2-SHA256', iterations, salt: bytesToBase64(salt), iv: bytesToBase64(iv) }, key };
}

export async function encryptText(
  plain: string,
  protection: string | PreparedEncryption,
  iterations = MIN_PBKDF2_ITERATIONS,
): Promise<{ encryption: ExchangeEncryption; ciphertext: string }> {
  const { encryption, key } = typeof protection === 'string' ? prepareEncryption(protection, iterations) : protection;
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: base64ToBytes(encryption.iv) }, await key, utf8Bytes(plain));
  return { encryption, ciphertext: bytesToBase64(new Uint8Array(cipher)) };
}

/** The key for a file's parameters, derived at once (the import starts it while it checks the checksum). */
export function keyFor(password: string, encryption: ExchangeEncryption): Promise<CryptoKey> {
  // A damaged salt rejects (a wrong-password message later), never throws here.
  const key = Promise.resolve().then(() => deriveKey(password, base64ToBytes(encryption.salt), encryption.iterations));
  key.catch(() => undefined);
  return key;
}

/** The plain text, or null when the password is wrong (or the ciphertext was altered; the checksum tells those apart first). */
export async function decryptText(ciphertext: string, password: string | Promise<CryptoKey>, encryption: ExchangeEncryption): Promise<string | null> {
  try {
    // Decoded before the key is awaited: while PBKDF2 runs off this thread (a quarter of a
    // second), 40 MB of base64 are turned into bytes here.
    const cipherBytes = base64ToBytes(ciphertext);
    const key = await (typeof password === 'string' ? keyFor(password, encryption) : password);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: base64ToBytes(encryption.iv) }, key, cipherBytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}
