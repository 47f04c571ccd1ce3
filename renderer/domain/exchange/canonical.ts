/**
 * Canonical JSON and the checksum of exchange files. Canonical: object keys sorted by
 * UTF-16 code units (JavaScript's default sort), no whitespace, strings and numbers as
 * JSON.stringify writes them, `undefined` members left out. Another program reproduces it
 * with any JSON library that sorts keys (e.g. Python `json.dumps(o, sort_keys=True,
 * separators=(",", ":"), ensure_ascii=False)` for the integers and strings of these files;
 * Python sorts by code point, which is the same order unless a key holds characters beyond
 * U+FFFF next to ones from U+E000 to U+FFFF).
 */
import { someObject } from './jsonWalk';

export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  // Records as this app stores and reads them list their keys in order already: then the
  // engine's serialiser without a replacer writes canonical JSON as it is (several times
  // faster than calling a replacer for each of a workspace file's million values).
  if (keysInOrder(value)) return JSON.stringify(value) ?? 'null';
  // JSON.stringify with a replacer that hands it each object with sorted keys: the engine's
  // own serialiser, 2–3 times faster than writing the text here (30 MB of a workspace file).
  // It puts integer-like keys ("9", "10") first in numeric order, whatever the order given;
  // an object where that differs from code-unit order is written by `write` instead.
  let engineOrderDiffers = false;
  const text = JSON.stringify(value, function sortKeys(_key: string, v: unknown) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    let sorted = true;
    for (let i = 1; i < keys.length; i++) {
      if (keys[i - 1]! > keys[i]!) {
        sorted = false;
        break;
      }
    }
    if (sorted) return v;
    keys.sort();
    // No prototype: a key named __proto__ stays a key.
    const out = Object.create(null) as Record<string, unknown>;
    for (const k of keys) out[k] = (v as Record<string, unknown>)[k];
    if (!engineOrderDiffers) engineOrderDiffers = Object.keys(out).some((k, i) => k !== keys[i]);
    return out;
  }) as string | undefined;
  return engineOrderDiffers || text === undefined ? write(value) : text;
}

/** True when every object in `value` lists its keys (as the engine enumerates them) in code-unit order. */
function keysInOrder(value: unknown): boolean {
  return !someObject(value, (object, keys) => {
    // An object that serialises itself (a Date) is written as the engine writes it on either path.
    if (typeof object.toJSON === 'function') return true;
    for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return true;
    return false;
  });
}

// String concatenation rather than a list of parts: V8 builds the text as a rope, which for
// the 50,000 cost lines of a workspace file is several times faster than pushing and joining
// millions of small parts. (JSON.stringify yields undefined only for functions and symbols,
// which JSON data does not hold; written as nothing, as before.)
function write(value: unknown): string {
  if (value === null || typeof value !== 'object') return value === undefined ? 'null' : (JSON.stringify(value) ?? '');
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i) out += ',';
      const v: unknown = value[i];
      out += write(v === undefined ? null : v);
    }
    return out + ']';
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(k) + ':' + write(v);
    first = false;
  }
  return out + '}';
}

export function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 (Web Crypto) of the canonical JSON of the file object without its `checksum` member, as lowercase hex. */
export async function exchangeChecksum(file: object): Promise<string> {
  const { checksum: _ignored, ...rest } = file as Record<string, unknown>;
  return checksumOfText(canonicalJson(rest));
}

/** SHA-256 of an already canonical text, as lowercase hex. */
export async function checksumOfText(canonical: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)));
}
