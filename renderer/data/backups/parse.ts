/**
 * Reads a backup file: the app's own backups (electron/ipc/backupHeader.ts) and the JSON
 * export that Einstellungen wrote until now (renderer/data/salvage.ts: `database`,
 * `version` = 10 × schema version, `tables`). Everything else — foreign JSON, a damaged or
 * truncated file, a newer version — is refused with a German message before anything is
 * written.
 */
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupHeader, type BackupReason } from '../../platform/backupFormat';
import { UserFacingError } from '../../domain/errors';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schemaVersions';
import type { BackupTables } from './document';

export interface ParsedBackup {
  kind: 'sicherung' | 'export';
  schemaVersion: number;
  createdAt: string | null;
  appVersion: string | null;
  reason: BackupReason | null;
  tables: BackupTables;
}

const NOTHING_CHANGED = 'Es wurde nichts verändert.';
const refuse = (why: string) => new UserFacingError(`${why} ${NOTHING_CHANGED}`);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The tables and their primary keys at a schema version (stores accumulate; null removes). */
export function storesAt(version: number): Map<string, string> {
  const stores = new Map<string, string>();
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) stores.delete(name);
      else
        stores.set(
          name,
          spec
            .split(',')[0]!
            .trim()
            .replace(/^(\+\+|&)/, ''),
        );
    }
  }
  return stores;
}

/** The tables a backup of `version` holds: the stored ones, with cost lines one by one instead of their sheets (costLineStore.ts). */
export function backupTablesAt(version: number): Map<string, string> {
  const stores = storesAt(version);
  stores.delete('costLineIds');
  if (stores.delete('costSheets')) stores.set('costLines', 'id');
  return stores;
}

function checkVersion(schemaVersion: unknown): number {
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw refuse('Die Datei nennt keine gültige Datenbankversion; sie ist vermutlich beschädigt.');
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw refuse(
      `Die Sicherung stammt aus einer neueren Version des IKZ-Planers (Datenbankversion ${schemaVersion}, dieses Programm kennt ${CURRENT_SCHEMA_VERSION}). Bitte installieren Sie zuerst die neueste Version.`,
    );
  }
  return schemaVersion;
}

function checkTables(raw: unknown, schemaVersion: number, counts: Record<string, number> | null): BackupTables {
  if (!isObject(raw)) throw refuse('Die Datei enthält keine Tabellen; sie ist vermutlich beschädigt.');
  const known = backupTablesAt(schemaVersion);
  const tables: BackupTables = {};
  for (const [name, rows] of Object.entries(raw)) {
    const key = known.get(name);
    if (key === undefined) throw refuse(`Die Datei enthält die unbekannte Tabelle „${name.slice(0, 60)}“; sie ist keine Sicherung dieses Programms.`);
    if (!Array.isArray(rows)) throw refuse(`Die Tabelle „${name}“ der Datei ist beschädigt.`);
    const ids = new Set<unknown>();
    rows.forEach((row, i) => {
      const id = isObject(row) ? row[key] : undefined;
      if ((typeof id !== 'string' || id === '') && typeof id !== 'number') {
        throw refuse(`Datensatz ${i + 1} der Tabelle „${name}“ ist beschädigt (ohne Kennung).`);
      }
      if (ids.has(id)) throw refuse(`Die Tabelle „${name}“ enthält die Kennung „${String(id).slice(0, 60)}“ zweimal; die Datei ist beschädigt.`);
      ids.add(id);
    });
    if (counts && counts[name] !== undefined && counts[name] !== rows.length) {
      throw refuse(`Die Tabelle „${name}“ enthält ${rows.length} statt ${counts[name]} Datensätze; die Datei ist unvollständig oder beschädigt.`);
    }
    tables[name] = rows as Record<string, unknown>[];
  }
  if (counts) {
    const missing = Object.keys(counts).filter((name) => counts[name]! > 0 && !(name in tables));
    if (missing.length) throw refuse(`In der Datei fehlen die Tabellen ${missing.join(', ')}; sie ist unvollständig.`);
  }
  return tables;
}

export function parseBackupText(text: string): ParsedBackup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refuse('Die Datei ist keine vollständige JSON-Datei; sie ist beschädigt oder wurde nicht ganz übertragen.');
  }
  if (!isObject(data)) throw refuse('Die Datei ist keine Sicherung des IKZ-Planers.');
  if (Array.isArray(data.unreadable) && data.unreadable.length > 0) {
    throw refuse(`Die Sicherung ist unvollständig: beim Schreiben waren die Tabellen ${data.unreadable.map(String).join(', ')} nicht lesbar.`);
  }
  if (data.format === BACKUP_FORMAT) {
    if (typeof data.formatVersion === 'number' && data.formatVersion > BACKUP_FORMAT_VERSION) {
      throw refuse('Die Sicherung wurde mit einer neueren Version des IKZ-Planers geschrieben. Bitte installieren Sie zuerst die neueste Version.');
    }
    const schemaVersion = checkVersion(data.schemaVersion);
    const header = backupHeader.safeParse(Object.fromEntries(Object.entries(data).filter(([k]) => k in backupHeader.shape)));
    if (!header.success) throw refuse('Die Kopfzeile der Sicherung ist beschädigt.');
    return {
      kind: 'sicherung',
      schemaVersion,
      createdAt: header.data.createdAt,
      appVersion: header.data.appVersion,
      reason: header.data.reason,
      tables: checkTables(data.tables, schemaVersion, header.data.counts),
    };
  }
  // The export Einstellungen wrote before ("Alle Daten exportieren"), and „Lesbare Daten exportieren“ of the start screen (renderer/data/salvage.ts).
  if (typeof data.database === 'string' && typeof data.version === 'number' && 'tables' in data) {
    const schemaVersion = checkVersion(data.version / 10);
    return {
      kind: 'export',
      schemaVersion,
      createdAt: typeof data.exportedAt === 'string' ? data.exportedAt : null,
      appVersion: null,
      reason: null,
      tables: checkTables(data.tables, schemaVersion, null),
    };
  }
  throw refuse('Die Datei ist keine Sicherung des IKZ-Planers (weder eine Sicherung noch ein Datenexport aus den Einstellungen).');
}
