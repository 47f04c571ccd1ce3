import { canonicalJson, checksumOfText } from './canonical';
import { encryptText, type PreparedEncryption } from './encryption';
import type { ExchangeChecksum, ExchangeContent, ExchangeFile, ExchangeHeader } from './format';

/**
 * The file around a content: encrypted when a password is given, with its checksum; `text`
 * is what is saved. Each member is serialised once: the checksum is taken over the members
 * in canonical order, the saved text reuses the same member texts in the file's own order
 * (format name first, so even a truncated file is recognised as one; checksum last).
 */
export async function sealExchangeFile(
  header: Omit<ExchangeHeader, 'encryption'>,
  content: ExchangeContent,
  password?: string | PreparedEncryption,
): Promise<{ file: ExchangeFile; text: string }> {
  const body: Record<string, unknown> = password
    ? { ...header, ...(await encryptText(canonicalJson(content), password)) }
    : { ...header, encryption: null, content };
  const members = new Map<string, string>();
  for (const key of Object.keys(body)) if (body[key] !== undefined) members.set(key, `${JSON.stringify(key)}:${canonicalJson(body[key])}`);
  const canonical = `{${[...members.keys()]
    .sort()
    .map((k) => members.get(k)!)
    .join(',')}}`;
  const checksum: ExchangeChecksum = { algorithm: 'SHA-256', value: await checksumOfText(canonical) };
  const file = { ...body, checksum } as ExchangeFile;
  members.set('checksum', `"checksum":${canonicalJson(checksum)}`);
  return { file, text: `{${[...members.values()].join(',')}}` };
}
