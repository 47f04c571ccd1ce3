/**
 * Schema v8 (issue 10): the shared versions of v7 (table exchangeBase, a row per record)
 * move into the buckets of sharedVersions. Every version keeps its copy of the record; a
 * v7 version without one (never written by the app) is left out: at worst the next import
 * of that record asks instead of merging.
 */
import type { Transaction } from 'dexie';
import type { ExchangeBaseRow, SharedVersionsRowV8 } from './db';
import { bucketOf } from './exchange/sharedVersions';

export async function upgradeSharedVersions(tx: Transaction): Promise<void> {
  const old = (await tx.table('exchangeBase').toArray()) as ExchangeBaseRow[];
  const rows = new Map<string, SharedVersionsRowV8>();
  for (const row of old) {
    const versions = row.versions.flatMap((v) => (v.record ? [{ revision: v.revision, updatedAt: v.updatedAt, record: v.record }] : []));
    if (!versions.length) continue;
    const id = `${row.table}:${bucketOf(row.recordId)}`;
    if (!rows.has(id)) rows.set(id, { id, table: row.table, records: [] });
    rows.get(id)!.records.push({ recordId: row.recordId, versions });
  }
  if (rows.size) await tx.table('sharedVersions').bulkPut([...rows.values()]);
  await tx.table('exchangeBase').clear();
}
