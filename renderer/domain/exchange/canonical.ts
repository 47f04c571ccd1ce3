/**
 * Canonical JSON and the checksum of exchange files. Canonical: object keys sorted by
 * UTF-16 code units (JavaScript's default sort), no whitespace, strings and numbers as
 * JSON.stringify writes them, `undefined` members left out. Another program reproduces it
 * with any JSON library that sorts keys (e.g. Python `json.dumps(o, sort_keys=True,
 * separators=(",", ":"), ensure_ascii=False)` for the integers and strings of these files).
 */
export function canonicalJson(value: unknown): string {
  return write(value);
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
