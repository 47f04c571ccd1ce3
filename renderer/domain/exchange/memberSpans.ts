/**
 * The checksum of an exchange file taken from its bytes. The app writes every top-level
 * member of a file as canonical JSON (write.ts) and the checksum over those member texts in
 * key order, so the canonical text the checksum covers is, for such a file, the file's own
 * member bytes put in key order. Reading a 30 MB file then hashes its bytes instead of
 * writing the parsed file out again as canonical JSON and encoding it (half a second for
 * 50,000 cost lines).
 *
 * Sound without trusting the layout: when the hash of these bytes equals the file's
 * checksum, the member texts are exactly the canonical texts the writer hashed, so the
 * parsed members are the writer's. When it does not (another program's whitespace, a
 * damaged file), the reader takes the checksum the long way (canonical.ts), which decides.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

function skipSpace(bytes: Uint8Array, i: number): number {
  while (isSpace(bytes[i])) i++;
  return i;
}

/** The index after the string whose opening quote is at `i`; -1 when it does not end. */
function endOfString(bytes: Uint8Array, i: number): number {
  let at = i + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, at);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    // An even number of backslashes escape each other, not the quote.
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** The index after the JSON value starting at `i` (the text is valid JSON: JSON.parse read it); -1 when it does not end. */
function endOfValue(bytes: Uint8Array, i: number): number {
  const first = bytes[i];
  if (first === QUOTE) return endOfString(bytes, i);
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
    // A number, true, false or null: up to the next delimiter.
    let j = i;
    while (j < bytes.length) {
      const b = bytes[j];
      if (b === COMMA || b === CLOSE_OBJECT || b === CLOSE_ARRAY || isSpace(b)) break;
      j++;
    }
    return j;
  }
  // One pass over the bytes, a string in a tight loop of its own: an indexOf per string of
  // a 30 MB file took longer.
  const n = bytes.length;
  let depth = 0;
  let j = i;
  while (j < n) {
    const b = bytes[j++];
    if (b === QUOTE) {
      for (;;) {
        if (j >= n) return -1;
        const c = bytes[j++];
        if (c === QUOTE) break;
        if (c === BACKSLASH) j++;
      }
    } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
    else if ((b === CLOSE_OBJECT || b === CLOSE_ARRAY) && --depth === 0) return j;
  }
  return -1;
}

export interface MemberSpan {
  /** The member's name, decoded. */
  key: string;
  /** From the name's opening quote to the end of the value. */
  start: number;
  /** Where the name (with its quotes) ends: the colon follows. */
  keyEnd: number;
  valueStart: number;
  end: number;
}

/**
 * The top-level members of a JSON object's UTF-8 bytes, in file order, or null when the
 * bytes are not one object or a name repeats (JSON.parse would keep only the last). JSON's
 * structural characters are ASCII, and no byte of a multi-byte UTF-8 character is, so the
 * bytes are walked without decoding them.
 */
export function topLevelMembers(bytes: Uint8Array): MemberSpan[] | null {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  i = skipSpace(bytes, i);
  if (bytes[i] !== OPEN_OBJECT) return null;
  i = skipSpace(bytes, i + 1);
  const members: MemberSpan[] = [];
  const decoder = new TextDecoder();
  if (bytes[i] === CLOSE_OBJECT) return skipSpace(bytes, i + 1) === bytes.length ? members : null;
  for (;;) {
    if (bytes[i] !== QUOTE) return null;
    const start = i;
    const keyEnd = endOfString(bytes, i);
    if (keyEnd < 0) return null;
    let key: unknown;
    try {
      key = JSON.parse(decoder.decode(bytes.subarray(start, keyEnd)));
    } catch {
      return null;
    }
    if (typeof key !== 'string') return null;
    i = skipSpace(bytes, keyEnd);
    if (bytes[i] !== COLON) return null;
    const valueStart = skipSpace(bytes, i + 1);
    const end = endOfValue(bytes, valueStart);
    if (end < 0) return null;
    members.push({ key, start, keyEnd, valueStart, end });
    i = skipSpace(bytes, end);
    if (bytes[i] === COMMA) {
      i = skipSpace(bytes, i + 1);
      continue;
    }
    if (bytes[i] !== CLOSE_OBJECT || skipSpace(bytes, i + 1) !== bytes.length) return null;
    return new Set(members.map((m) => m.key)).size === members.length ? members : null;
  }
}

/**
 * `{` + the members other than `leaveOut`, each as `"name":value` from the file's bytes, in
 * the order of canonical JSON (names by UTF-16 code units) + `}`; null when the file is
 * not laid out as one object of unique members (topLevelMembers).
 */
export function membersInKeyOrder(
  bytes: Uint8Array,
  leaveOut: string,
  all: readonly MemberSpan[] | null = topLevelMembers(bytes),
): Uint8Array<ArrayBuffer> | null {
  if (!all) return null;
  const members = all.filter((m) => m.key !== leaveOut).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const parts = members.map((m) => [bytes.subarray(m.start, m.keyEnd), bytes.subarray(m.valueStart, m.end)] as const);
  // Braces, a colon per member and the commas between members.
  const length = 2 + parts.reduce((n, [key, value]) => n + key.length + 1 + value.length, 0) + Math.max(0, parts.length - 1);
  const out = new Uint8Array(length);
  let at = 0;
  out[at++] = OPEN_OBJECT;
  parts.forEach(([key, value], n) => {
    if (n) out[at++] = COMMA;
    out.set(key, at);
    at += key.length;
    out[at++] = COLON;
    out.set(value, at);
    at += value.length;
  });
  out[at] = CLOSE_OBJECT;
  return out;
}

/** The value of the member `key`, parsed; undefined when there is none or it is not JSON. */
export function memberValue(bytes: Uint8Array, members: readonly MemberSpan[] | null, key: string): unknown {
  const member = members?.find((m) => m.key === key);
  if (!member) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(member.valueStart, member.end))) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The file's text with the string value of member `key` left empty, and that value decoded
 * apart: the 40 MB of base64 ciphertext of a protected file then need not pass through
 * JSON.parse and the unsafe-key search with the rest (a tenth of a second). Null when the
 * member is missing, not a string, or holds an escape (JSON.parse must read it then).
 * Throws as TextDecoder does on bytes that are not UTF-8.
 */
export function withStringApart(bytes: Uint8Array, members: readonly MemberSpan[] | null, key: string): { text: string; value: string } | null {
  const member = members?.find((m) => m.key === key);
  if (!member || bytes[member.valueStart] !== QUOTE) return null;
  const inner = bytes.subarray(member.valueStart + 1, member.end - 1);
  if (inner.includes(BACKSLASH)) return null;
  // Cut at the quotes (ASCII): no multi-byte character is split.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return {
    text: decoder.decode(bytes.subarray(0, member.valueStart + 1)) + decoder.decode(bytes.subarray(member.end - 1)),
    value: decoder.decode(inner),
  };
}
