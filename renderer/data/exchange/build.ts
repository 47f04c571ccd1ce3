/**
 * Writing an exchange file: the records of the scope with their shared bases, deletions
 * (tombstones) and who changed which field when; optionally encrypted; a SHA-256 checksum
 * over the whole. What is exported is remembered as shared (sharedVersions), so a later
 * file from the other laptop can be merged field by field against it.
 */
import { utf8Bytes } from '../../domain/bytes';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  type BaseRef,
  type ExchangeContent,
  type ExchangeHeader,
  type ExchangeLogEntry,
  type ExchangeScope,
  type ExchangeTable,
} from '../../domain/exchange/format';
import { refOf } from '../../domain/exchange/merge';
import { prepareEncryption } from '../../domain/exchange/encryption';
import { sealExchangeFile } from '../../domain/exchange/write';
import { runCommand } from '../commands';
import type { IkzDatabase } from '../db';
import { loadSettings } from '../repositories/settings';
import { CURRENT_SCHEMA_VERSION } from '../schemaVersions';
import { collectScope, presentTables, type Collected } from './collect';
import { ensureDeviceId } from './device';
import { loadShared, sharedVersion, withVersion } from './sharedVersions';

export interface BuildOptions {
  /** Protect the file with a password (AES-256-GCM, PBKDF2 600.000 iterations). Empty/undefined: plain. */
  password?: string;
  /** Change-log hints (who changed which field when) for the receiver's review screen; default true. */
  includeChangeLog?: boolean;
}

export interface BuiltExchangeFile {
  /** The file's text (JSON, UTF-8) for platform.saveFile with encoding 'utf8'. */
  text: string;
  bytes: Uint8Array;
  /** Suggested name, e.g. „IKZ-Austausch_Kamen_2026-11-26.ikz“. */
  fileName: string;
  /** Records per table in the file (for the export dialog's confirmation). */
  counts: Partial<Record<ExchangeTable, number>>;
}

/** Per record the last entry that touched each field (cost lines excepted: many, and their conflicts name the line's time). */
async function logHints(db: IkzDatabase, collected: Collected[]): Promise<ExchangeLogEntry[]> {
  const out: ExchangeLogEntry[] = [];
  for (const { table, records } of collected) {
    if (table === 'costLines' || records.length === 0) continue;
    const ids = new Set(records.map((r) => r.id));
    const entries = await db.changeLog.where('[table+recordId]').between([table, ''], [table, '\uffff']).toArray();
    const seen = new Set<string>();
    for (const e of entries.filter((x) => ids.has(x.recordId)).sort((a, b) => b.at.localeCompare(a.at))) {
      const fields = (e.action === 'update' ? e.changes.map((c) => c.field) : ['*']).filter((f) => !seen.has(`${e.recordId}|${f}`));
      if (fields.length === 0) continue;
      fields.forEach((f) => seen.add(`${e.recordId}|${f}`));
      out.push({ id: e.id, at: e.at, by: e.by, table: e.table, recordId: e.recordId, action: e.action, summary: e.summary.slice(0, 2000), fields });
    }
  }
  return out;
}

function fileNameFor(who: string, at: string): string {
  const safe =
    who
      .replace(/[^\p{L}\p{N}-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'Export';
  return `IKZ-Austausch_${safe}_${at.slice(0, 10)}.ikz`;
}

export async function buildExchangeFile(db: IkzDatabase, scope: ExchangeScope, options: BuildOptions = {}): Promise<BuiltExchangeFile> {
  const tables = presentTables(db);
  const encryption = options.password ? prepareEncryption(options.password) : undefined;
  const { content, header, counts } = await runCommand(db, tables as never, async (tx) => {
    const deviceId = await ensureDeviceId(tx);
    const settings = await loadSettings(db);
    const homeParty = settings.homePartyId ? await db.parties.get(settings.homePartyId) : undefined;
    const collected = await collectScope(db, scope);
    const content: ExchangeContent = { tables: {}, changeLog: options.includeChangeLog === false ? [] : await logHints(db, collected) };
    const counts: BuiltExchangeFile['counts'] = {};
    for (const { table, records, tombstones } of collected) {
      const ids = [...records.map((r) => r.id), ...tombstones.map((t) => t.recordId)];
      const shared = await loadShared(db, table, ids);
      const bases: Record<string, BaseRef[]> = {};
      for (const id of ids) {
        const versions = shared.versions(id);
        if (versions.length) bases[id] = versions.map(refOf).reverse();
      }
      // From now on the receiver may hold these versions: remember them as possible merge
      // bases (by reference: they are the records as stored here).
      for (const r of records) {
        const versions = withVersion(shared.versions(r.id), sharedVersion(r, true));
        if (versions) shared.set(r.id, versions);
      }
      await tx.saveShared(shared);
      content.tables[table] = { records, tombstones, bases };
      counts[table] = records.length;
    }
    const header: Omit<ExchangeHeader, 'encryption'> = {
      format: EXCHANGE_FORMAT,
      formatVersion: EXCHANGE_FORMAT_VERSION,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: new Date().toISOString(),
      exportedBy: settings.userName,
      sender: { userName: settings.userName, partyId: homeParty?.id ?? null, partyName: homeParty?.name ?? null, deviceId },
      scope,
    };
    return { content, header, counts };
  });
  const { text } = await sealExchangeFile(header, content, encryption);
  // The bytes only when asked for (tests, the bench): the app saves the text, and encoding 30 MB again costs a few hundred ms.
  let bytes: Uint8Array | undefined;
  return {
    text,
    get bytes() {
      return (bytes ??= utf8Bytes(text));
    },
    fileName: fileNameFor(header.sender.partyName ?? header.exportedBy, header.exportedAt),
    counts,
  };
}
