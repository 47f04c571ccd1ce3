/**
 * Schema v12 (issue 10): a bucket of shared versions holds its records as JSON text instead
 * of objects (renderer/data/db.ts SharedVersionsRow). Every version, reference or copy,
 * stays as it was.
 */
import type { Transaction } from 'dexie';
import type { SharedVersionsRow, SharedVersionsRowV8 } from './db';

export async function upgradeSharedVersionsText(tx: Transaction): Promise<void> {
  const old = (await tx.table('sharedVersions').toArray()) as SharedVersionsRowV8[];
  const rows: SharedVersionsRow[] = old.map((row) => ({ id: row.id, table: row.table, recordsJson: JSON.stringify(row.records ?? []) }));
  if (rows.length) await tx.table('sharedVersions').bulkPut(rows);
}
