/**
 * Matching master data between laptops: every laptop seeded Kamen, Unna … under its own
 * ids, so records in a file are matched to this laptop's by seed key (parties without one
 * by name), and the file's ids are rewritten to this laptop's. And the names of ids for
 * the review screen.
 */
import type { ExchangeRecord, ExchangeTable, ParsedExchange } from '../../domain/exchange/format';
import type { IkzDatabase } from '../db';

const SEEDED: readonly ExchangeTable[] = ['parties', 'areas', 'meetings'];

/** File id → local id for master data that both laptops have under different ids. */
export async function masterDataIds(db: IkzDatabase, parsed: ParsedExchange, tables: ExchangeTable[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const table of SEEDED) {
    const records = parsed.content.tables[table]?.records ?? [];
    if (!records.length || !tables.includes(table)) continue;
    const local = (await db.table(table).toArray()) as ExchangeRecord[];
    const localIds = new Set(local.map((r) => r.id));
    const fileIds = new Set(records.map((r) => r.id));
    const stones = new Set((await db.tombstones.bulkGet(records.map((r) => `${table}:${r.id}`))).filter(Boolean).map((t) => t!.recordId));
    const bySeed = new Map(local.filter((r) => typeof r.seedKey === 'string').map((r) => [r.seedKey as string, r.id]));
    const byName = new Map(table === 'parties' ? local.map((r) => [String(r.name).toLocaleLowerCase('de-DE'), r.id]) : []);
    for (const r of records) {
      if (localIds.has(r.id) || stones.has(r.id)) continue;
      const match = (typeof r.seedKey === 'string' ? bySeed.get(r.seedKey) : undefined) ?? byName.get(String(r.name).toLocaleLowerCase('de-DE'));
      if (match && !fileIds.has(match) && ![...map.values()].includes(match)) map.set(r.id, match);
    }
  }
  return map;
}

export async function nameLookup(db: IkzDatabase, files: Map<ExchangeTable, ExchangeRecord[]>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const add = (r: ExchangeRecord) => {
    const n = r.title ?? r.name;
    if (typeof n === 'string') names.set(r.id, n);
  };
  for (const table of ['parties', 'areas', 'meetings', 'proposals'] as const) {
    ((await db.table(table).toArray()) as ExchangeRecord[]).forEach(add);
    files.get(table)?.forEach(add);
  }
  return names;
}
