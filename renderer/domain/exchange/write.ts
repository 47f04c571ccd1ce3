import { canonicalJson, exchangeChecksum } from './canonical';
import { encryptText } from './encryption';
import type { ExchangeContent, ExchangeFile, ExchangeHeader } from './format';

/** The file around a content: encrypted when a password is given, with its checksum; `text` is what is saved. */
export async function sealExchangeFile(
  header: Omit<ExchangeHeader, 'encryption'>,
  content: ExchangeContent,
  password?: string,
): Promise<{ file: ExchangeFile; text: string }> {
  const body = password ? { ...header, ...(await encryptText(canonicalJson(content), password)) } : { ...header, encryption: null, content };
  const file = { ...body, checksum: { algorithm: 'SHA-256' as const, value: await exchangeChecksum(body) } } as ExchangeFile;
  return { file, text: JSON.stringify(file) };
}
