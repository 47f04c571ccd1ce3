/**
 * Opening an exchange file. Every check a hostile or damaged file could fail is made here,
 * before the database is touched, and each refusal says in German what is wrong and what
 * to do. Order: size, text, JSON, format, version, unsafe keys, header, checksum, password,
 * records.
 */
import { z } from 'zod';
import { canonicalJson, checksumMatches } from './canonical';
import { decryptText, keyFor } from './encryption';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  EXCHANGE_TABLES,
  MAX_EXCHANGE_BYTES,
  TABLE_LABELS,
  type ExchangeContent,
  type ExchangeEncryption,
  type ExchangeError,
  type ExchangeErrorCode,
  type ExchangeHeader,
  type ExchangeResult,
  type ExchangeTable,
  type ParsedExchange,
} from './format';
import { encryptionSchema, headerSchema } from './headerSchema';
import { memberValue, topLevelMembers, withStringApart, type MemberSpan } from './memberSpans';
import { findUnsafeKey, logEntrySchema, mayHoldUnsafeKey, RECORD_FAST_CHECKS, RECORD_SCHEMAS } from './recordSchemas';
import { tableShape } from './tableShape';

const fail = (code: ExchangeErrorCode, message: string, header?: ExchangeHeader): { ok: false; error: ExchangeError } => ({
  ok: false,
  error: header ? { code, message, header } : { code, message },
});

const NOT_EXCHANGE =
  'Diese Datei ist keine Austauschdatei des IKZ-Planers (.ikz). Bitte die Datei wählen, die der IKZ-Planer beim Exportieren geschrieben hat.';
const DAMAGED = 'Die Austauschdatei ist beschädigt oder unvollständig (die Prüfsumme stimmt nicht). Bitte die Datei noch einmal vom Absender schicken lassen.';

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function path(issue: z.core.$ZodIssue | undefined): string {
  return issue && issue.path.length ? ` (Feld „${issue.path.join('.')}“)` : '';
}

/** Validates the content record by record with the table's schema; the first problem is named. */
export function validateContent(raw: unknown): ExchangeResult<ExchangeContent> {
  if (!isObject(raw) || !isObject(raw.tables)) return fail('invalid', 'Die Austauschdatei enthält keine Datensätze. Bitte die Datei neu exportieren lassen.');
  const tables: ExchangeContent['tables'] = {};
  for (const [name, value] of Object.entries(raw.tables)) {
    if (!(EXCHANGE_TABLES as readonly string[]).includes(name)) {
      return fail(
        'invalid',
        `Die Austauschdatei enthält eine unbekannte Tabelle „${name.slice(0, 60)}“. Bitte den IKZ-Planer aktualisieren oder die Datei neu exportieren lassen.`,
      );
    }
    const table = name as ExchangeTable;
    const shape = tableShape(value);
    if (!shape.success) {
      return fail(
        'invalid',
        `Die Austauschdatei ist fehlerhaft: ${TABLE_LABELS[table]} sind nicht lesbar${path(shape.error.issues[0])}. Bitte die Datei neu exportieren lassen.`,
      );
    }
    const schema = RECORD_SCHEMAS[table];
    const records = [];
    const seen = new Set<string>();
    const asWritten = RECORD_FAST_CHECKS[table] ?? (() => false);
    for (let i = 0; i < shape.data.records.length; i++) {
      const raw = shape.data.records[i];
      const parsed = asWritten(raw) ? { success: true as const, data: raw } : schema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail(
          'invalid',
          `Die Austauschdatei ist fehlerhaft: ${TABLE_LABELS[table]}, Datensatz ${i + 1}: ${issue?.message ?? 'ungültig'}${path(issue)}. Bitte die Datei neu exportieren lassen.`,
        );
      }
      const record = parsed.data as { id: string } & Record<string, unknown>;
      if (seen.has(record.id))
        return fail(
          'invalid',
          `Die Austauschdatei ist fehlerhaft: ${TABLE_LABELS[table]}, Datensatz ${i + 1} ist doppelt enthalten. Bitte die Datei neu exportieren lassen.`,
        );
      seen.add(record.id);
      records.push(record);
    }
    for (const stone of shape.data.tombstones) {
      if (stone.table !== table || stone.id !== `${table}:${stone.recordId}` || seen.has(stone.recordId)) {
        return fail(
          'invalid',
          `Die Austauschdatei ist fehlerhaft: eine Löschung bei ${TABLE_LABELS[table]} passt nicht zu ihrer Tabelle. Bitte die Datei neu exportieren lassen.`,
        );
      }
    }
    tables[table] = { records: records as never, tombstones: shape.data.tombstones, bases: shape.data.bases };
  }
  const log = z
    .array(logEntrySchema)
    .max(1_000_000)
    .safeParse(raw.changeLog ?? []);
  if (!log.success)
    return fail('invalid', 'Die Austauschdatei ist fehlerhaft: das Änderungsprotokoll ist nicht lesbar. Bitte die Datei neu exportieren lassen.');
  return { ok: true, value: { tables, changeLog: log.data } };
}

/**
 * The key for the parameters in the file's `encryption` member, derived from the bytes
 * before anything else is read; `for` gives it only for the same parameters as the checked
 * header (else the reader derives the key anew).
 */
function earlyKey(bytes: Uint8Array, members: readonly MemberSpan[] | null, password: string) {
  const parameters = encryptionSchema.safeParse(memberValue(bytes, members, 'encryption'));
  if (!parameters.success) return null;
  const key = keyFor(password, parameters.data);
  const given = canonicalJson(parameters.data);
  return { for: (encryption: ExchangeEncryption) => (canonicalJson(encryption) === given ? key : null) };
}

/**
 * Checks and opens an exchange file: size, JSON, format name and version, unsafe keys,
 * checksum, password, and every record against the zod schema of its table. Never throws;
 * a refusal carries a German message and nothing has been written anywhere.
 */
export async function readExchangeFile(bytes: Uint8Array, password?: string): Promise<ExchangeResult<ParsedExchange>> {
  try {
    return await read(bytes, password);
  } catch {
    // Nothing above should throw; if something does (e.g. out of memory), still a message, not a crash.
    return fail('invalid', 'Die Austauschdatei konnte nicht gelesen werden. Bitte die Datei neu exportieren lassen.');
  }
}

async function read(bytes: Uint8Array, password?: string): Promise<ExchangeResult<ParsedExchange>> {
  if (bytes.byteLength > MAX_EXCHANGE_BYTES) {
    return fail(
      'too-large',
      'Die Datei ist größer als 100 MB und wird nicht eingelesen. Bitte eine kleinere Auswahl (z. B. einzelne Vorschläge) exportieren lassen.',
    );
  }
  // Where the file's members lie in its bytes: for the checksum, and with a password to start
  // deriving the key (a quarter of a second, off this thread) before the file is decoded.
  const members = topLevelMembers(bytes);
  const early = password ? earlyKey(bytes, members, password) : null;
  let text: string;
  let ciphertext: string | null = null;
  try {
    const apart = withStringApart(bytes, members, 'ciphertext');
    text = apart?.text ?? new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    ciphertext = apart?.value ?? null;
  } catch {
    return fail('not-exchange', NOT_EXCHANGE);
  }
  const json = parseJson(text);
  if (!json) return text.includes(EXCHANGE_FORMAT) ? fail('damaged', DAMAGED) : fail('not-exchange', NOT_EXCHANGE);
  const file = json.value;
  if (!isObject(file) || file.format !== EXCHANGE_FORMAT) return fail('not-exchange', NOT_EXCHANGE);
  if (ciphertext !== null) file.ciphertext = ciphertext;
  if (typeof file.formatVersion === 'number' && file.formatVersion > EXCHANGE_FORMAT_VERSION) {
    return fail(
      'newer-version',
      `Diese Austauschdatei hat ein neueres Format (Version ${Math.floor(file.formatVersion)}), als dieser IKZ-Planer lesen kann (Version ${EXCHANGE_FORMAT_VERSION}). Bitte den IKZ-Planer aktualisieren.`,
    );
  }
  if (file.formatVersion !== EXCHANGE_FORMAT_VERSION) {
    return fail('invalid', 'Die Formatversion der Austauschdatei ist ungültig. Bitte die Datei neu exportieren lassen.');
  }
  const unsafe = mayHoldUnsafeKey(text) ? findUnsafeKey(file) : null;
  if (unsafe) return fail('unsafe-key', `Die Austauschdatei enthält den unzulässigen Namen „${unsafe}“ und wird aus Sicherheitsgründen nicht eingelesen.`);
  const header = headerSchema.safeParse(file);
  if (!header.success)
    return fail('invalid', `Der Kopf der Austauschdatei ist fehlerhaft${path(header.error.issues[0])}. Bitte die Datei neu exportieren lassen.`);
  const { checksum: _checksum, ...headerFields } = header.data;
  const info = headerFields as ExchangeHeader;
  // The content is decrypted while the checksum is taken (both in Web Crypto, off this
  // thread); what decrypting gives counts only once the checksum is right.
  const key = info.encryption && password ? (early?.for(info.encryption) ?? keyFor(password, info.encryption)) : null;
  const checked = checksumMatches(bytes, file, header.data.checksum.value, members);
  const opened = key && info.encryption && typeof file.ciphertext === 'string' ? decryptText(file.ciphertext, key, info.encryption) : null;
  if (!(await checked)) return fail('damaged', DAMAGED, info);
  let raw: unknown;
  if (info.encryption) {
    if (typeof file.ciphertext !== 'string' || 'content' in file)
      return fail('invalid', 'Die verschlüsselte Austauschdatei ist unvollständig. Bitte die Datei neu exportieren lassen.', info);
    if (!password || !opened)
      return fail(
        'password-needed',
        'Diese Austauschdatei ist mit einem Passwort geschützt. Bitte das Passwort eingeben, das Ihnen der Absender genannt hat.',
        info,
      );
    const plain = await opened;
    if (plain === null) return fail('wrong-password', 'Das Passwort ist falsch. Bitte noch einmal eingeben (Groß- und Kleinschreibung beachten).', info);
    const inner = parseJson(plain);
    if (!inner) return fail('damaged', DAMAGED, info);
    const innerUnsafe = mayHoldUnsafeKey(plain) ? findUnsafeKey(inner.value) : null;
    if (innerUnsafe)
      return fail('unsafe-key', `Die Austauschdatei enthält den unzulässigen Namen „${innerUnsafe}“ und wird aus Sicherheitsgründen nicht eingelesen.`, info);
    raw = inner.value;
  } else {
    if ('ciphertext' in file)
      return fail(
        'invalid',
        'Die Austauschdatei ist fehlerhaft (verschlüsselter Inhalt ohne Angaben zur Verschlüsselung). Bitte die Datei neu exportieren lassen.',
        info,
      );
    raw = file.content;
  }
  const content = validateContent(raw);
  if (!content.ok) return fail(content.error.code, content.error.message, info);
  return { ok: true, value: { header: info, content: content.value, bytes: bytes.byteLength } };
}
