/**
 * Password protection with the browser's Web Crypto only (no WebAssembly, so the CSP
 * stays strict): AES-256-GCM with a key from PBKDF2-HMAC-SHA256, random salt and IV per
 * file, the parameters in the file header. GCM authenticates: a wrong password fails to
 * decrypt instead of yielding garbage.
 */
import { base64ToBytes, bytesToBase64 } from '../bytes';
import { MIN_PBKDF2_ITERATIONS, type ExchangeEncryption } from './format';

async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function encryptText(
  plain: string,
  password: string,
  iterations = MIN_PBKDF2_ITERATIONS,
): Promise<{ encryption: ExchangeEncryption; ciphertext: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(password, salt, iterations);
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain));
  return {
    encryption: { algorithm: 'AES-256-GCM', kdf: 'PBKDF2-SHA256', iterations, salt: bytesToBase64(salt), iv: bytesToBase64(iv) },
    ciphertext: bytesToBase64(new Uint8Array(cipher)),
  };
}

/** The plain text, or null when the password is wrong (or the ciphertext was altered; the checksum tells those apart first). */
export async function decryptText(ciphertext: string, password: string, encryption: ExchangeEncryption): Promise<string | null> {
  try {
    const key = await deriveKey(password, base64ToBytes(encryption.salt), encryption.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: base64ToBytes(encryption.iv) }, key, base64ToBytes(ciphertext));
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}
