import type { ExchangeResult, ParsedExchange } from './format';

/**
 * Checks and opens an exchange file: size, JSON, format name and version, unsafe keys,
 * checksum, password, and every record against the zod schema of its table. Never throws;
 * a refusal carries a German message and nothing has been written anywhere.
 */
export async function readExchangeFile(bytes: Uint8Array, password?: string): Promise<ExchangeResult<ParsedExchange>> {
  void bytes;
  void password;
  return { ok: false, error: { code: 'invalid', message: 'TODO: readExchangeFile ist noch nicht fertig.' } };
}
