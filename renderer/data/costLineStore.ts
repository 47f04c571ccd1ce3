/**
 * Cost lines, stored packed: one row per proposal (table costSheets, schema v10) holds all
 * its lines. Chromium's IndexedDB spends about 0.2 ms on every row whatever its size: an
 * exchange file of 50,000 cost lines took 9 s to write as a row per line and takes well
 * under a second as 200 sheets (issue 10).
 *
 * Everything above this store still sees cost lines one by one, with their own ids,
 * revisions, change-log entries, tombstones and shared versions; only the storage is
 * packed. Every method runs in the caller's Dexie transaction when there is one, so a
 * command that writes lines and other records stays atomic. Writes come from the command
 * layer only (renderer/data/commands.ts, via `recordStore`).
 *
 * Order as the per-line table had it: a proposal's lines, and all lines, by id.
 */
import type { Table } from 'dexie';
import type { CostLine } from '../domain/costs/model';

/**
 * A proposal's cost lines as stored: `lines` is their JSON text (IndexedDB clones one
 * string much faster than 250 objects: writing 50,000 lines took 0.8 s instead of 1.0 s,
 * reading them all 0.3 s instead of 0.6 s); `lineIds` (multi-entry index) finds the sheet
 * of a line by its id.
 */
export interface CostSheet {
  proposalId: string;
  lineIds: string[];
  lines: string;
}

/** From this many ids on, reading every sheet is cheaper than a lookup per id in the index. */
const READ_ALL_FROM = 2000;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function sheetOf(proposalId: string, lines: CostLine[]): CostSheet {
  const sorted = [...lines].sort(byId);
  return { proposalId, lineIds: sorted.map((l) => l.id), lines: JSON.stringify(sorted) };
}

export const linesOf = (sheet: CostSheet | undefined): CostLine[] => (sheet ? (JSON.parse(sheet.lines) as CostLine[]) : []);

/** Lines grouped into their sheets (backups, restore, the v10 upgrade). */
export function packLines(lines: readonly CostLine[]): CostSheet[] {
  const groups = new Map<string, CostLine[]>();
  for (const line of lines) {
    const group = groups.get(line.proposalId);
    if (group) group.push(line);
    else groups.set(line.proposalId, [line]);
  }
  return [...groups].map(([proposalId, group]) => sheetOf(proposalId, group));
}

export function unpackSheets(sheets: readonly CostSheet[]): CostLine[] {
  return sheets.flatMap(linesOf).sort(byId);
}

export class CostLineStore {
  constructor(private readonly sheets: Table<CostSheet, string>) {}

  async ofProposal(proposalId: string): Promise<CostLine[]> {
    return linesOf(await this.sheets.get(proposalId));
  }

  async ofProposals(proposalIds: readonly string[]): Promise<CostLine[]> {
    const sheets = await this.sheets.bulkGet([...new Set(proposalIds)]);
    return unpackSheets(sheets.filter((s): s is CostSheet => s !== undefined));
  }

  async countOfProposal(proposalId: string): Promise<number> {
    return (await this.idsOfProposal(proposalId)).length;
  }

  async idsOfProposal(proposalId: string): Promise<string[]> {
    return (await this.sheets.get(proposalId))?.lineIds ?? [];
  }

  async toArray(): Promise<CostLine[]> {
    return unpackSheets(await this.sheets.toArray());
  }

  async count(): Promise<number> {
    let n = 0;
    await this.sheets.each((s) => void (n += s.lineIds.length));
    return n;
  }

  /** Every line's id. (Read from the sheets: a cursor over the index took seconds for 50,000.) */
  async primaryKeys(): Promise<string[]> {
    return (await this.sheets.toArray()).flatMap((s) => s.lineIds).sort();
  }

  async get(id: string): Promise<CostLine | undefined> {
    return (await this.bulkGet([id]))[0];
  }

  async bulkGet(ids: readonly string[]): Promise<(CostLine | undefined)[]> {
    const found = new Map<string, CostLine>();
    for (const sheet of await this.sheetsHolding(ids)) for (const line of linesOf(sheet)) found.set(line.id, line);
    return ids.map((id) => found.get(id));
  }

  /** Like Dexie's add: refused (ConstraintError) when a line with this id exists. */
  async add(line: CostLine): Promise<string> {
    if (await this.get(line.id)) throw new DOMException(`Cost line ${line.id} exists already`, 'ConstraintError');
    await this.bulkPut([line]);
    return line.id;
  }

  async put(line: CostLine): Promise<string> {
    await this.bulkPut([line]);
    return line.id;
  }

  /** Adds or replaces lines (the last of the same id wins); a line whose proposal changed moves to that sheet. */
  async bulkPut(lines: readonly CostLine[]): Promise<void> {
    if (lines.length === 0) return;
    const wanted = new Map(lines.map((l) => [l.id, l]));
    const sheets = await this.sheetsHolding([...wanted.keys()]);
    const touched = new Map(sheets.map((s) => [s.proposalId, linesOf(s)]));
    const targets = [...new Set(lines.map((l) => l.proposalId))].filter((p) => !touched.has(p));
    (await this.sheets.bulkGet(targets)).forEach((s, i) => touched.set(targets[i]!, linesOf(s)));
    const next = [...touched].map(([proposalId, current]) => {
      const kept = current.filter((l) => !wanted.has(l.id));
      const added = [...wanted.values()].filter((l) => l.proposalId === proposalId);
      return sheetOf(proposalId, [...kept, ...added]);
    });
    await this.write(next);
  }

  async delete(id: string): Promise<void> {
    await this.bulkDelete([id]);
  }

  async bulkDelete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    const sheets = await this.sheetsHolding(ids);
    await this.write(
      sheets.map((s) =>
        sheetOf(
          s.proposalId,
          linesOf(s).filter((l) => !gone.has(l.id)),
        ),
      ),
    );
  }

  private async write(sheets: CostSheet[]): Promise<void> {
    const empty = sheets.filter((s) => s.lineIds.length === 0).map((s) => s.proposalId);
    const full = sheets.filter((s) => s.lineIds.length > 0);
    if (full.length) await this.sheets.bulkPut(full);
    if (empty.length) await this.sheets.bulkDelete(empty);
  }

  /** The sheets that hold any of `ids`. */
  private async sheetsHolding(ids: readonly string[]): Promise<CostSheet[]> {
    if (ids.length === 0) return [];
    if (ids.length >= READ_ALL_FROM) {
      const wanted = new Set(ids);
      return (await this.sheets.toArray()).filter((s) => s.lineIds.some((id) => wanted.has(id)));
    }
    // One request per id, all at once: Dexie's anyOf walks the index with a cursor, one
    // round trip per id (1.7 s for 1,000 ids against 0.1 s).
    const found = await Promise.all(ids.map((id) => this.sheets.where('lineIds').equals(id).primaryKeys()));
    const keys = [...new Set(found.flat())];
    return (await this.sheets.bulkGet(keys)).filter((s): s is CostSheet => s !== undefined);
  }
}

type Tables = Readonly<Record<string, readonly object[]>>;

/**
 * Tables as backups hold them: cost lines one by one under `costLines`, as every schema
 * before v10 stored them, so a backup's counts and a restore's preview speak of lines.
 */
export function withLinesUnpacked<T extends Tables>(tables: T): T {
  const { costSheets, ...rest } = tables as Record<string, readonly object[]>;
  if (!costSheets) return tables;
  const lines = [...((rest.costLines ?? []) as CostLine[]), ...unpackSheets(costSheets as CostSheet[])].sort(byId);
  return { ...rest, costLines: lines } as unknown as T;
}

/** The other way, for a database with the tables `storeNames` (a v10 database still has an empty costLines table). */
export function withLinesPacked<T extends Tables>(tables: T, storeNames: readonly string[]): T {
  if (!storeNames.includes('costSheets')) return tables;
  const { costLines, ...rest } = tables as Record<string, readonly object[]>;
  const packed: Record<string, readonly object[]> = { ...rest, costSheets: packLines((costLines ?? []) as CostLine[]) };
  if (storeNames.includes('costLines')) packed.costLines = [];
  return packed as unknown as T;
}
