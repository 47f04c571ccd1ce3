/**
 * The shared versions per record (table exchangeBase, schema v7): what this laptop last
 * exported to or imported from another laptop. The base of the three-way merge is the
 * version the file names as its base, looked up here.
 */
import type { BaseRef, ExchangeRecord } from '../../domain/exchange/format';
import { sameRef } from '../../domain/exchange/merge';
import type { ExchangeBaseRow, IkzDatabase, SharedVersion } from '../db';

/** A few versions per record are enough: a base older than that means the laptops drifted far apart (then: a conflict, never a silent loss). */
export const KEPT_VERSIONS = 6;

export const baseKey = (table: string, recordId: string) => `${table}:${recordId}`;

/** The rows of `ids`; a table never shared (the first exchange) costs one count instead of a lookup per record. */
export async function loadBases(db: IkzDatabase, table: string, ids: readonly string[]): Promise<Map<string, ExchangeBaseRow>> {
  // One key, not count(): IndexedDB counts by walking the whole range (50,000 rows of a workspace).
  if (ids.length > 50 && (await db.exchangeBase.where('[table+recordId]').between([table, ''], [table, '\uffff']).limit(1).primaryKeys()).length === 0)
    return new Map();
  const rows = await db.exchangeBase.bulkGet(ids.map((id) => baseKey(table, id)));
  const out = new Map<string, ExchangeBaseRow>();
  rows.forEach((row, i) => {
    if (row) out.set(ids[i]!, row);
  });
  return out;
}

export function latestRef(row: ExchangeBaseRow | undefined): BaseRef | null {
  const v = row?.versions[row.versions.length - 1];
  return v ? { revision: v.revision, updatedAt: v.updatedAt } : null;
}

export function findVersion(row: ExchangeBaseRow | undefined, ref: BaseRef | null | undefined): SharedVersion | null {
  if (!row || !ref) return null;
  return row.versions.find((v) => sameRef(v, ref)) ?? null;
}

/** The row with `version` as its newest shared version (moved to the end if known), or null when nothing changes. */
export function withVersion(row: ExchangeBaseRow | undefined, table: string, recordId: string, version: SharedVersion): ExchangeBaseRow | null {
  const versions = row?.versions ?? [];
  const last = versions[versions.length - 1];
  if (last && sameRef(last, version) && (last.record === null) === (version.record === null)) return null;
  const rest = versions.filter((v) => !sameRef(v, version));
  return { id: baseKey(table, recordId), table, recordId, versions: [...rest, version].slice(-KEPT_VERSIONS) };
}

export const sharedVersion = (record: ExchangeRecord | null, ref: BaseRef): SharedVersion => ({
  revision: ref.revision,
  updatedAt: ref.updatedAt,
  record: record as SharedVersion['record'],
});
