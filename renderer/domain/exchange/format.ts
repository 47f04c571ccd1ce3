/**
 * The exchange file (`.ikz`) between laptops: its header, content and the German refusals.
 * README „Austauschdatei (.ikz)“ and docs/ikz-austausch.schema.json describe the same
 * format for other programs; tests validate produced files against that schema.
 */
import type { Tombstone } from '../schemas';

export const EXCHANGE_FORMAT = 'ikz-planer-austausch';
export const EXCHANGE_FORMAT_VERSION = 1;
export const EXCHANGE_FILE_EXTENSION = 'ikz';
/** Larger files are refused before they are parsed (a district's workspace is a few MB). */
export const MAX_EXCHANGE_BYTES = 100 * 1024 * 1024;
/** OWASP 2023 for PBKDF2-HMAC-SHA256; files with fewer are refused, with absurdly many too (a file must not hang the app). */
export const MIN_PBKDF2_ITERATIONS = 600_000;
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

/**
 * Tables carried by exchange files, in the order they are written and applied (referenced
 * records first). Records are treated generically (id, revision, updatedAt + fields), so
 * tables typed later (contracts, contractTemplates) come along; a table the database does
 * not have is skipped.
 */
export const EXCHANGE_TABLES = [
  'parties',
  'areas',
  'meetings',
  'proposals',
  'costPlans',
  'costLines',
  'contractTemplates',
  'contracts',
  'contractVersions',
] as const;
export type ExchangeTable = (typeof EXCHANGE_TABLES)[number];

/** Master data: changed by an import only when the file's scope includes it and the user agrees. */
export const MASTER_DATA_TABLES: readonly ExchangeTable[] = ['parties', 'areas'];

export const TABLE_LABELS: Record<ExchangeTable, string> = {
  parties: 'Beteiligte',
  areas: 'Aufgabenfelder',
  meetings: 'Termine',
  proposals: 'Vorschläge',
  costPlans: 'Berechnungsgrundlagen',
  costLines: 'Kostenzeilen',
  contractTemplates: 'Vertragsvorlagen',
  contracts: 'Verträge',
  contractVersions: 'Vertragsfassungen',
};

export type ExchangeScope = { kind: 'workspace' } | { kind: 'proposals'; proposalIds: string[] } | { kind: 'masterData' };

export interface ExchangeSender {
  /** Name under Einstellungen („Unbekannt“ while none is set). */
  userName: string;
  /** The sender's own Kommune (Einstellungen), if set. */
  partyId: string | null;
  partyName: string | null;
  /** Random id of the sending laptop (settings row „device“, never exchanged otherwise). */
  deviceId: string;
}

export interface ExchangeEncryption {
  algorithm: 'AES-256-GCM';
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** base64, 16 bytes */
  salt: string;
  /** base64, 12 bytes */
  iv: string;
}

/** A stored record as it travels: id, createdAt, updatedAt, revision plus its own fields. */
export type ExchangeRecord = { id: string; createdAt: string; updatedAt: string; revision: number } & Record<string, unknown>;

/** The version of a record that the sender last shared with another laptop (the merge base). */
export interface BaseRef {
  revision: number;
  updatedAt: string;
}

export interface ExchangeTableContent {
  records: ExchangeRecord[];
  tombstones: Tombstone[];
  /**
   * recordId → the versions of the record the sender shared before (exported or imported),
   * newest first: the first is the base revision this change was based on. Missing: never shared.
   */
  bases: Record<string, BaseRef[]>;
}

/** Change-log entries of the exported records (who changed which field when), for the review screen. */
export interface ExchangeLogEntry {
  id: string;
  at: string;
  by: string;
  table: string;
  recordId: string;
  action: 'create' | 'update' | 'delete';
  summary: string;
  fields: string[];
}

export interface ExchangeContent {
  tables: Partial<Record<ExchangeTable, ExchangeTableContent>>;
  changeLog: ExchangeLogEntry[];
}

export interface ExchangeHeader {
  format: typeof EXCHANGE_FORMAT;
  formatVersion: number;
  /** Database schema version of the sending app (information only). */
  schemaVersion: number;
  exportedAt: string;
  exportedBy: string;
  sender: ExchangeSender;
  scope: ExchangeScope;
  encryption: ExchangeEncryption | null;
}

export interface ExchangeChecksum {
  algorithm: 'SHA-256';
  /** lowercase hex of SHA-256 over the canonical JSON of the file object without `checksum` */
  value: string;
}

/** The file as stored: the header plus either `content` (plain) or `ciphertext` (base64, encrypted canonical content JSON). */
export type ExchangeFile = ExchangeHeader & { checksum: ExchangeChecksum } & ({ content: ExchangeContent } | { ciphertext: string });

/** A file that passed every check: header and validated content. */
export interface ParsedExchange {
  header: ExchangeHeader;
  content: ExchangeContent;
  /** Size of the file in bytes (for the review screen). */
  bytes: number;
}

export type ExchangeErrorCode = 'too-large' | 'not-exchange' | 'newer-version' | 'damaged' | 'invalid' | 'password-needed' | 'wrong-password' | 'unsafe-key';

/** A refusal: `message` is German, says what is wrong and what to do, and is shown as it is. */
export interface ExchangeError {
  code: ExchangeErrorCode;
  message: string;
  /** The header when it could be read (e.g. „password-needed“: who sent the file). */
  header?: ExchangeHeader;
}

export type ExchangeResult<T> = { ok: true; value: T } | { ok: false; error: ExchangeError };
