/**
 * Canonical JSON and the checksum of exchange files. Canonical: object keys sorted by
 * UTF-16 code units (JavaScript's default sort), no whitespace, strings and numbers as
 * JSON.stringify writes them, `undefined` members left out. Another program reproduces it
 * with any JSON library that sorts keys (e.g. Python `json.dumps(o, sort_keys=True,
 * separators=(",", ":"), ensure_ascii=False)` for the integers and strings of these files;
 * Python sorts by code point, which is the same order unless a key holds characters beyond
 * U+FFFF next to ones from U+E000 to U+FFFF).
 */
import { utf8Bytes } from '../bytes';
import { membersInKeyOrder, type MemberSpan } from './memberSpans';

/**
 * Objects whose canonical JSON is known already: the cost lines of an export, read from
 * sheets stored as canonical text (renderer/data/costLineStore.ts). canonicalJson writes
 * the known text instead of walking and serialising 50,000 lines again. Whoever registers
 * one promises the text is its canonical JSON, and changes it no more.
 */
const KNOWN_TEXTS = new WeakMap<object, string>();

export function withKnownCanonicalText<T extends object>(value: T, text: string): T {
  KNOWN_TEXTS.set(value, text);
  return value;
}

export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  // The engine's own serialiser on the value with every object's keys put in order: several
  // times faster than a replacer called for each of a workspace file's two million values
  // (export 0.9 s less for 50,000 cost lines), and than writing the text here.
  const texts: string[] = [];
  const ordered = inKeyOrder(value, 0, texts);
  if (ordered === TOO_DEEP) return withReplacer(value);
  if (ordered === ENGINE_ORDER_DIFFERS) return write(value);
  return withTextsIn(JSON.stringify(ordered) ?? 'null', texts);
}

/**
 * Stands for the known text number `i` while the engine serialises (a string no data holds:
 * a random UUID per start of the app), replaced by the text afterwards.
 */
const PLACEHOLDER = `ikz-canonical-text-${crypto.randomUUID()}-`;

function withTextsIn(json: string, texts: readonly string[]): string {
  if (texts.length === 0) return json;
  // Found in the serialised text without the known ones (small), then put together once.
  const places = texts
    .map((text, i) => {
      const quoted = JSON.stringify(`${PLACEHOLDER}${i}`);
      return { at: json.indexOf(quoted), length: quoted.length, text };
    })
    .sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const { at, length, text } of places) {
    out += json.slice(from, at) + text;
    from = at + length;
  }
  return out + json.slice(from);
}

const ENGINE_ORDER_DIFFERS = Symbol('engine order differs');
/** Nested deeper than any file of this app: a cycle, or a hostile file. The engine's serialiser then walks it (and refuses a cycle). */
const TOO_DEEP = Symbol('too deep');
const MAX_DEPTH = 200;

/** The slower way for values `inKeyOrder` does not take: the engine's serialiser with a replacer that hands it each object with sorted keys. */
function withReplacer(value: unknown): string {
  let engineOrderDiffers = false;
  const text = JSON.stringify(value, function sortKeys(_key: string, v: unknown) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    if (keysSorted(keys)) return v;
    keys.sort();
    const out = Object.create(null) as Record<string, unknown>;
    for (const k of keys) out[k] = (v as Record<string, unknown>)[k];
    if (!engineOrderDiffers) engineOrderDiffers = Object.keys(out).some((k, i) => k !== keys[i]);
    return out;
  }) as string | undefined;
  return engineOrderDiffers || text === undefined ? write(value) : text;
}

/** True when the keys are in code-unit order. */
export function keysSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

/**
 * `value` with the keys of every object in code-unit order: the same object where they
 * are (no copy; records this app writes mostly are), else a copy without prototype (so a
 * key named __proto__ stays a key). ENGINE_ORDER_DIFFERS when a copy would not enumerate
 * in that order: the engine puts integer-like keys ("9", "10") first in numeric order.
 * An object that serialises itself (a Date) is replaced by what its toJSON gives.
 */
function inKeyOrder(value: unknown, depth: number, texts: string[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return TOO_DEEP;
  const known = KNOWN_TEXTS.get(value);
  if (known !== undefined) return `${PLACEHOLDER}${texts.push(known) - 1}`;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // Values that are no objects stay as they are: not calling for them halves the walk.
      if (item === null || typeof item !== 'object') continue;
      const ordered = inKeyOrder(item, depth + 1, texts);
      if (ordered === TOO_DEEP || ordered === ENGINE_ORDER_DIFFERS) return ordered;
      if (ordered !== item) (copy ??= value.slice())[i] = ordered;
    }
    return copy ?? value;
  }
  const object = value as Record<string, unknown>;
  if (typeof object.toJSON === 'function') {
    // As the engine does: what toJSON gives is written instead (a Date's text, or an object to put in order).
    const json: unknown = (object.toJSON as () => unknown)();
    return json === value ? value : inKeyOrder(json, depth + 1, texts);
  }
  const keys = Object.keys(object);
  const sorted = keysSorted(keys);
  let children: unknown[] | null = null;
  for (let i = 0; i < keys.length; i++) {
    const child = object[keys[i]!];
    if (child === null || typeof child !== 'object') continue;
    const ordered = inKeyOrder(child, depth + 1, texts);
    if (ordered === TOO_DEEP || ordered === ENGINE_ORDER_DIFFERS) return ordered;
    if (ordered !== child) (children ??= keys.map((k) => object[k]))[i] = ordered;
  }
  if (sorted && !children) return value;
  const order = keys.map((_, i) => i);
  if (!sorted) order.sort((x, y) => (keys[x]! < keys[y]! ? -1 : 1));
  const copy = Object.create(null) as Record<string, unknown>;
  for (const i of order) copy[keys[i]!] = children ? children[i] : object[keys[i]!];
  const copyKeys = Object.keys(copy);
  for (let i = 0; i < order.length; i++) if (copyKeys[i] !== keys[order[i]!]) return ENGINE_ORDER_DIFFERS;
  return copy;
}

// String concatenation rather than a list of parts: V8 builds the text as a rope, which for
// the 50,000 cost lines of a workspace file is several times faster than pushing and joining
// millions of small parts. (JSON.stringify yields undefined only for functions and symbols,
// which JSON data does not hold; written as nothing, as before.)
function write(value: unknown): string {
  if (value === null || typeof value !== 'object') return value === undefined ? 'null' : (JSON.stringify(value) ?? '');
  const known = KNOWN_TEXTS.get(value);
  if (known !== undefined) return known;
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
export function checksumOfText(canonical: string): Promise<string> {
  return sha256Hex(utf8Bytes(canonical));
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/**
 * True when `expected` is the checksum of the file read from `bytes` (parsed: `file`;
 * `members`: topLevelMembers of the bytes, when already found). A file laid out as the app
 * writes it is hashed from its own bytes (memberSpans.ts); any other, or one whose bytes
 * do not match, the long way, which decides.
 */
export async function checksumMatches(bytes: Uint8Array, file: object, expected: string, members?: readonly MemberSpan[] | null): Promise<boolean> {
  const asWritten = membersInKeyOrder(bytes, 'checksum', members);
  if (asWritten && (await sha256Hex(asWritten)) === expected) return true;
  return (await exchangeChecksum(file)) === expected;
}
