/**
 * Cost lines, stored packed: one row per proposal (table costSheets, schema v10) holds all
 * its lines, and a row of costLineIds lists their ids. Chromium's IndexedDB spends about
 * 0.2 ms on every row whatever its size: an exchange file of 50,000 cost lines took 9 s to
 * write as a row per line and takes well under a second as 200 sheets (issue 10).
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
import { canonicalJson, keysSorted, withKnownCanonicalText } from '../domain/exchange/canonical';

/**
 * A proposal's cost lines as stored: their JSON text (IndexedDB clones one string much
 * faster than 250 objects: writing 50,000 lines took 0.8 s instead of 1.0 s, reading them
 * all 0.3 s instead of 0.6 s).
 */
export interface CostSheet {
  proposalId: string;
  lines: string;
}

/**
 * The ids of a proposal's lines, in a table of their own: finding the sheet of a line
 * reads these few small rows. (A multi-entry index on the sheets cost an import of 50,000
 * lines 0.7 s of index and liveQuery bookkeeping, and Dexie walks it one id at a time.)
 */
export interface CostLineIds {
  proposalId: string;
  lineIds: string[];
}

/** A sheet with its ids, as the store handles it before writing the two rows. */
export interface PackedLines {
  proposalId: string;
  lineIds: string[];
  lines: CostLine[];
}

/** Sheets per put while writing many (see `write`): about 5,000 lines. */
const SHEETS_PER_PUT = 20;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function packed(proposalId: string, lines: CostLine[]): PackedLines {
  const sorted = [...lines].sort(byId);
  return { proposalId, lineIds: sorted.map((l) => l.id), lines: sorted };
}

export const linesOf = (sheet: CostSheet | undefined): CostLine[] => (sheet ? (JSON.parse(sheet.lines) as CostLine[]) : []);

/** Lines grouped by proposal, each group in id order (backups, restore, the v10 upgrade). */
export function packLines(lines: readonly CostLine[]): PackedLines[] {
  const groups = new Map<string, CostLine[]>();
  for (const line of lines) {
    const group = groups.get(line.proposalId);
    if (group) group.push(line);
    else groups.set(line.proposalId, [line]);
  }
  return [...groups].map(([proposalId, group]) => packed(proposalId, group));
}

/** A line whose keys are in code-unit order: its own, its entry's and its yearly amounts' (its only nested objects, by the schema). */
function keysInCanonicalOrder(line: CostLine): boolean {
  const entry = line.entry as Record<string, unknown>;
  const byYear = entry.byYear;
  return keysSorted(Object.keys(line)) && keysSorted(Object.keys(entry)) && (typeof byYear !== 'object' || byYear === null || keysSorted(Object.keys(byYear)));
}

/**
 * The JSON text of a sheet's lines with keys in canonical order: an export then reads lines
 * it need not put in order again, which took it half a second for 50,000 lines. Lines read
 * from an exchange file are in that order already; for them the engine's serialiser alone,
 * without canonicalJson's walk over every value (a third of an import's writing).
 */
export function sheetText(lines: readonly CostLine[]): string {
  return lines.every(keysInCanonicalOrder) ? JSON.stringify(lines) : canonicalJson(lines);
}

/** The rows of both tables for packed lines. */
export function storedRows(packs: readonly PackedLines[]): { costSheets: CostSheet[]; costLineIds: CostLineIds[] } {
  return {
    costSheets: packs.map((p) => ({ proposalId: p.proposalId, lines: sheetText(p.lines) })),
    costLineIds: packs.map((p) => ({ proposalId: p.proposalId, lineIds: p.lineIds })),
  };
}

/**
 * The lines of these sheets, sheet by sheet, for an export: canonicalJson writes them as the
 * sheets' texts joined (each the canonical JSON of its lines: sheetText), without walking
 * and serialising 50,000 lines again.
 */
export function linesForExport(sheets: readonly CostSheet[]): CostLine[] {
  const texts = sheets.map((s) => s.lines.slice(1, -1)).filter((inner) => inner.length > 0);
  return withKnownCanonicalText(sheets.flatMap(linesOf), `[${texts.join(',')}]`);
}

export function unpackSheets(sheets: readonly CostSheet[]): CostLine[] {
  return sheets.flatMap(linesOf).sort(byId);
}

export class CostLineStore {
  constructor(
    private readonly sheets: Table<CostSheet, string>,
    private readonly ids: Table<CostLineIds, string>,
  ) {}

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
    return (await this.ids.get(proposalId))?.lineIds ?? [];
  }

  /** The lines of these proposals (of all without ids) for an export, sheet by sheet: see linesForExport. */
  async forExport(proposalIds?: readonly string[]): Promise<CostLine[]> {
    const sheets = proposalIds ? await this.sheets.bulkGet([...new Set(proposalIds)].sort()) : await this.sheets.toArray();
    return linesForExport(sheets.filter((s): s is CostSheet => s !== undefined));
  }

  async toArray(): Promise<CostLine[]> {
    return unpackSheets(await this.sheets.toArray());
  }

  async count(): Promise<number> {
    return (await this.primaryKeys()).length;
  }

  /** Every line's id, in order. */
  async primaryKeys(): Promise<string[]> {
    return (await this.ids.toArray()).flatMap((s) => s.lineIds).sort();
  }

  async get(id: string): Promise<CostLine | undefined> {
    return (await this.bulkGet([id]))[0];
  }

  bulkGet(ids: readonly string[]): Promise<(CostLine | undefined)[]> {
    return this.both('r', () => this.getLines(ids));
  }

  private async getLines(ids: readonly string[]): Promise<(CostLine | undefined)[]> {
    const found = new Map<string, CostLine>();
    for (const pack of await this.packsHolding(ids)) for (const line of pack.lines) found.set(line.id, line);
    return ids.map((id) => found.get(id));
  }

  /** Like Dexie's add: refused (ConstraintError) when a line with this id exists. */
  add(line: CostLine): Promise<string> {
    return this.both('rw', async () => {
      if ((await this.getLines([line.id]))[0]) throw new DOMException(`Cost line ${line.id} exists already`, 'ConstraintError');
      await this.putLines([line]);
      return line.id;
    });
  }

  async put(line: CostLine): Promise<string> {
    await this.bulkPut([line]);
    return line.id;
  }

  /** Adds or replaces lines (the last of the same id wins); a line whose proposal changed moves to that sheet. */
  bulkPut(lines: readonly CostLine[]): Promise<void> {
    return this.both('rw', () => this.putLines(lines));
  }

  private async putLines(lines: readonly CostLine[]): Promise<void> {
    if (lines.length === 0) return;
    const wanted = new Map(lines.map((l) => [l.id, l]));
    const byProposal = new Map<string, CostLine[]>();
    for (const line of wanted.values()) {
      const group = byProposal.get(line.proposalId);
      if (group) group.push(line);
      else byProposal.set(line.proposalId, [line]);
    }
    const touched = new Map((await this.packsHolding([...wanted.keys()])).map((p) => [p.proposalId, p.lines]));
    const targets = [...byProposal.keys()].filter((p) => !touched.has(p));
    (await this.sheets.bulkGet(targets)).forEach((s, i) => touched.set(targets[i]!, linesOf(s)));
    const next = [...touched].map(([proposalId, current]) =>
      packed(proposalId, [...current.filter((l) => !wanted.has(l.id)), ...(byProposal.get(proposalId) ?? [])]),
    );
    await this.write(next);
  }

  async delete(id: string): Promise<void> {
    await this.bulkDelete([id]);
  }

  bulkDelete(ids: readonly string[]): Promise<void> {
    return this.both('rw', () => this.deleteLines(ids));
  }

  private async deleteLines(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    const packs = await this.packsHolding(ids);
    const kept = (p: PackedLines) =>
      packed(
        p.proposalId,
        p.lines.filter((l) => !gone.has(l.id)),
      );
    await this.write(packs.map(kept));
  }

  /**
   * Reads and writes of both tables as one: inside the caller's transaction (which must
   * hold both tables; Dexie refuses otherwise), or in one of their own, so a sheet and its
   * ids never drift apart and two writers never lose each other's lines.
   */
  private both<T>(mode: 'r' | 'rw', work: () => Promise<T>): Promise<T> {
    return this.sheets.db.transaction(mode, [this.sheets, this.ids], work);
  }

  /**
   * Sheets go to IndexedDB a few at a time, as soon as their text is written: the database
   * stores them (in the browser's storage process) while this thread writes the next. All
   * texts first, then one put, made an import of 50,000 lines wait a fifth of a second more.
   */
  private async write(packs: PackedLines[]): Promise<void> {
    const empty = packs.filter((p) => p.lines.length === 0).map((p) => p.proposalId);
    const filled = packs.filter((p) => p.lines.length > 0);
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < filled.length; i += SHEETS_PER_PUT) {
      const rows = storedRows(filled.slice(i, i + SHEETS_PER_PUT));
      writes.push(this.sheets.bulkPut(rows.costSheets), this.ids.bulkPut(rows.costLineIds));
    }
    if (empty.length) writes.push(this.sheets.bulkDelete(empty), this.ids.bulkDelete(empty));
    await Promise.all(writes);
  }

  /** The sheets that hold any of `ids`, with their lines. */
  private async packsHolding(ids: readonly string[]): Promise<PackedLines[]> {
    if (ids.length === 0) return [];
    const wanted = new Set(ids);
    const holding = (await this.ids.toArray()).filter((row) => row.lineIds.some((id) => wanted.has(id)));
    const sheets = await this.sheets.bulkGet(holding.map((row) => row.proposalId));
    return holding.map((row, i) => ({ ...row, lines: linesOf(sheets[i]) }));
  }
}

type Tables = Readonly<Record<string, readonly object[]>>;

/**
 * Tables as backups hold them: cost lines one by one under `costLines`, as every schema
 * before v10 stored them, so a backup's counts and a restore's preview speak of lines.
 */
export function withLinesUnpacked<T extends Tables>(tables: T): T {
  const { costSheets, costLineIds: _ids, ...rest } = tables as Record<string, readonly object[]>;
  if (!costSheets) return tables;
  const lines = [...((rest.costLines ?? []) as CostLine[]), ...unpackSheets(costSheets as CostSheet[])].sort(byId);
  return { ...rest, costLines: lines } as unknown as T;
}

/** The other way, for a database with the tables `storeNames` (a v10 database still has an empty costLines table). */
export function withLinesPacked<T extends Tables>(tables: T, storeNames: readonly string[]): T {
  if (!storeNames.includes('costSheets')) return tables;
  const { costLines, ...rest } = tables as Record<string, readonly object[]>;
  const stored: Record<string, readonly object[]> = { ...rest, ...storedRows(packLines((costLines ?? []) as CostLine[])) };
  if (storeNames.includes('costLines')) stored.costLines = [];
  return stored as unknown as T;
}
