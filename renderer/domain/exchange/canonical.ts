/**
 * Canonical JSON and the checksum of exchange files. Canonical: object keys sorted by
 * UTF-16 code units (JavaScript's default sort), no whitespace, strings and numbers as
 * JSON.stringify writes them, `undefined` members left out. Another program reproduces it
 * with any JSON library that sorts keys (e.g. Python `json.dumps(o, sort_keys=True,
 * separators=(",", ":"), ensure_ascii=False)` for the integers and strings of these files).
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(value === undefined ? 'null' : JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((v, i) => {
      if (i) out.push(',');
      write(v === undefined ? null : v, out);
    });
    out.push(']');
    return;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  out.push('{');
  keys.forEach((k, i) => {
    if (i) out.push(',');
    out.push(JSON.stringify(k), ':');
    write(obj[k], out);
  });
  out.push('}');
}

export function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 (Web Crypto) of the canonical JSON of the file object without its `checksum` member, as lowercase hex. */
export async function exchangeChecksum(file: object): Promise<string> {
  const { checksum: _ignored, ...rest } = file as Record<string, unknown>;
  const bytes = new TextEncoder().encode(canonicalJson(rest));
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}
