/**
 * Matching master data between laptops: every laptop seeded Kamen, Unna … under its own
 * ids, so records in a file are matched to this laptop's by seed key (parties without one
 * by name), and the file's ids are rewritten to this laptop's. And the names of ids for
 * the review screen.
 */
import type { ExchangeRecord, ExchangeTable, ParsedExchange } from '../../domain/exchange/format';
import type { IkzDatabase } from '../db';

const SEEDED: readonly ExchangeTable[] = ['parties', 'areas', 'meetings', 'proposals'];

/** The key by which a record shipped with the app is recognised on another laptop: seed key, a party's name, an example proposal's title. */
function shippedKey(table: ExchangeTable, r: ExchangeRecord): string[] {
  if (table === 'proposals') return r.isExample === true ? [`example:${String(r.title)}`] : [];
  const keys = typeof r.seedKey === 'string' ? [`seed:${r.seedKey}`] : [];
  if (table === 'parties') keys.push(`name:${String(r.name).toLocaleLowerCase('de-DE')}`);
  return keys;
}

/**
 * File id → local id for records shipped with the app that both laptops have under
 * different ids: master data and meetings by seed key (parties also by name), example
 * proposals by title. Example data matched this way is never imported (see skipShipped).
 */
export async function masterDataIds(db: IkzDatabase, parsed: ParsedExchange, tables: ExchangeTable[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const table of SEEDED) {
    const records = parsed.content.tables[table]?.records ?? [];
    if (!records.length || !tables.includes(table)) continue;
    const local = (await db.table(table).toArray()) as ExchangeRecord[];
    const localIds = new Set(local.map((r) => r.id));
    const fileIds = new Set(records.map((r) => r.id));
    const stones = new Set((await db.tombstones.bulkGet(records.map((r) => `${table}:${r.id}`))).filter(Boolean).map((t) => t!.recordId));
    const byKey = new Map(local.flatMap((r) => shippedKey(table, r).map((k) => [k, r.id] as const)));
    for (const r of records) {
      if (localIds.has(r.id) || stones.has(r.id)) continue;
      const match = shippedKey(table, r)
        .map((k) => byKey.get(k))
        .find((m) => m !== undefined);
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
  const tables = ['parties', 'areas', 'meetings', 'proposals'] as const;
  // Read together: one round trip to the storage process instead of four in a row.
  const local = await Promise.all(tables.map((table) => db.table(table).toArray() as Promise<ExchangeRecord[]>));
  tables.forEach((table, i) => {
    local[i]!.forEach(add);
    files.get(table)?.forEach(add);
  });
  return names;
}

/**
 * Example data is per installation: an example proposal the receiver has too (matched by
 * title), its example cost lines and its plan are not imported (they would only be
 * doubled). Into a workspace without examples of its own they come like any record.
 */
export function shippedSkipper(idMap: ReadonlyMap<string, string>): (table: ExchangeTable, r: ExchangeRecord) => boolean {
  const mapped = new Set(idMap.values());
  return (table, r) => {
    if (table === 'proposals') return r.isExample === true && mapped.has(r.id);
    if (table === 'costLines') return r.isExample === true && mapped.has(String(r.proposalId));
    if (table === 'costPlans') return mapped.has(String(r.proposalId));
    return false;
  };
}
