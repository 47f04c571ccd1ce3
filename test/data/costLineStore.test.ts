/**
 * Cost lines stored packed per proposal (renderer/data/costLineStore.ts): the app and the
 * exchange still see them one by one, with the order, lookups and atomicity of the
 * per-line table they replace.
 */
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../renderer/data/commands';
import type { IkzDatabase } from '../../renderer/data/db';
import { withNewMeta } from '../../renderer/data/records';
import { salvageDatabase } from '../../renderer/data/salvage';
import { sheetText } from '../../renderer/data/costLineStore';
import type { CostLine } from '../../renderer/domain/costs/model';
import { canonicalJson } from '../../renderer/domain/exchange/canonical';
import { freshDb } from './helpers';

/** No seeded examples: the counts are this test's lines alone. */
const emptyWorkspace = async () => ({ db: await freshDb({ seed: false }), p: { id: 'bauhof' } });

function linesFor(proposalId: string, n: number, label = 'Zeile'): CostLine[] {
  return Array.from({ length: n }, (_, i) =>
    withNewMeta({
      proposalId,
      variant: 'ist' as const,
      partyId: null,
      category: 'personal' as const,
      recurrence: 'laufend' as const,
      budgetRelevant: true,
      label: `${label} ${i + 1}`,
      entry: { mode: 'years' as const, byYear: { '2027': (i + 1) * 100 } },
      isExample: false,
    }),
  );
}

const put = (db: IkzDatabase, lines: CostLine[]) => runCommand(db, ['costLines'], (tx) => tx.bulk('costLines', { put: lines, remove: [], log: [] }));
const remove = (db: IkzDatabase, lines: CostLine[]) => runCommand(db, ['costLines'], (tx) => tx.bulk('costLines', { put: [], remove: lines, log: [] }));
const ids = (lines: readonly { id: string }[]) => lines.map((l) => l.id);
const sortedIds = (lines: readonly { id: string }[]) => ids(lines).sort();

describe('cost lines stored per proposal', () => {
  it('keeps one sheet per proposal, and gives the lines one by one in id order', async () => {
    const { db, p } = await emptyWorkspace();
    const mine = linesFor(p.id, 30);
    const other = linesFor('anderer-vorschlag', 5);
    await put(db, [...mine, ...other]);
    expect(await db.costSheets.count()).toBe(2);
    expect(await db.costLineIds.count()).toBe(2);
    expect(ids(await db.costLines.ofProposal(p.id))).toEqual(sortedIds(mine));
    expect(await db.costLines.countOfProposal(p.id)).toBe(30);
    expect(await db.costLines.idsOfProposal('anderer-vorschlag')).toEqual(sortedIds(other));
    expect(ids(await db.costLines.toArray())).toEqual(sortedIds([...mine, ...other]));
    expect(await db.costLines.primaryKeys()).toEqual(sortedIds([...mine, ...other]));
    expect(await db.costLines.count()).toBe(35);
    expect(await db.costLines.ofProposal('ohne-zeilen')).toEqual([]);
  });

  it('finds lines by id among thousands, in the order asked', async () => {
    const { db, p } = await emptyWorkspace();
    const many = linesFor(p.id, 2100);
    const few = linesFor('zweiter', 3);
    await put(db, [...many, ...few]);
    const asked = [few[1]!.id, 'gibt-es-nicht', many[7]!.id];
    expect(await db.costLines.bulkGet(asked)).toEqual([few[1], undefined, many[7]]);
    const all = [...ids(many), 'gibt-es-nicht', ...ids(few)];
    expect(await db.costLines.bulkGet(all)).toEqual([...many, undefined, ...few]);
    expect(await db.costLines.get(few[0]!.id)).toEqual(few[0]);
  });

  it('replaces a line in place, moves a line whose proposal changed, and drops a sheet that became empty', async () => {
    const { db, p } = await emptyWorkspace();
    const [a, b] = linesFor(p.id, 2);
    await put(db, [a!, b!]);
    await put(db, [{ ...a!, label: 'geändert', revision: 2 }]);
    expect((await db.costLines.get(a!.id))?.label).toBe('geändert');
    expect(await db.costLines.countOfProposal(p.id)).toBe(2);

    await put(db, [{ ...b!, proposalId: 'neu', revision: 2 }]);
    expect(ids(await db.costLines.ofProposal(p.id))).toEqual([a!.id]);
    expect(ids(await db.costLines.ofProposal('neu'))).toEqual([b!.id]);
    expect(await db.costLines.count()).toBe(2);

    await remove(db, [a!]);
    expect(await db.costSheets.get(p.id)).toBeUndefined();
    expect(await db.costLineIds.get(p.id)).toBeUndefined();
    expect(await db.costLines.get(a!.id)).toBeUndefined();
    expect(await db.tombstones.get(`costLines:${a!.id}`)).toBeDefined();
  });

  it('refuses to add a line whose id exists, as the per-line table did', async () => {
    const { db, p } = await emptyWorkspace();
    const [line] = linesFor(p.id, 1);
    await put(db, [line!]);
    await expect(db.costLines.add(line!)).rejects.toThrow(/exists already/);
    expect(await db.costLines.count()).toBe(1);
  });

  it('writes nothing of a command that fails after its lines were put', async () => {
    const { db, p } = await emptyWorkspace();
    const first = linesFor(p.id, 3);
    await put(db, first);
    const sheetBefore = await db.costSheets.get(p.id);
    await expect(
      runCommand(db, ['costLines'], async (tx) => {
        await tx.bulk('costLines', { put: linesFor(p.id, 4, 'Neu'), remove: [first[0]!], log: [] });
        throw new Error('danach gescheitert');
      }),
    ).rejects.toThrow('danach gescheitert');
    expect(await db.costSheets.get(p.id)).toEqual(sheetBefore);
    expect(await db.tombstones.get(`costLines:${first[0]!.id}`)).toBeUndefined();
  });
});

describe('the text of a sheet', () => {
  it('is canonical JSON, whether the lines are in key order (read from a file) or not (made here)', () => {
    const made = linesFor('bauhof', 3).map((l, i) => ({ ...l, entry: { mode: 'years' as const, byYear: { '2029': i, '2027': 1, '2028': 2 } } }));
    const fromFile = JSON.parse(canonicalJson(made)) as CostLine[];
    expect(Object.keys(made[0]!)).not.toEqual(Object.keys(made[0]!).sort());
    for (const lines of [made, fromFile, [...fromFile, made[0]!]]) expect(sheetText(lines)).toBe(canonicalJson(lines));
    // Keys in order, the entry's not: still canonical.
    const entryOutOfOrder = fromFile.map((l) => ({ ...l, entry: { mode: 'growth' as const, startCents: 100, increasePercent: 2 } }));
    expect(sheetText(entryOutOfOrder)).toBe(canonicalJson(entryOutOfOrder));
    // A year with a leading zero is no index: the engine lists it after 2027, canonical JSON before.
    const leadingZero = JSON.parse(
      canonicalJson(made.map((l) => ({ ...l, entry: { mode: 'years' as const, byYear: { '2027': 1, '0999': 2 } } }))),
    ) as CostLine[];
    expect(sheetText(leadingZero)).toBe(canonicalJson(leadingZero));
  });

  it('is what an export writes for the lines, sheet by sheet, without serialising them again', async () => {
    const { db } = await emptyWorkspace();
    const made = [...linesFor('b-zweiter', 3), ...linesFor('a-erster', 2)];
    await put(db, made);
    const lines = await db.costLines.forExport();
    // Proposal by proposal, each in id order.
    expect(ids(lines)).toEqual([...sortedIds(made.slice(3)), ...sortedIds(made.slice(0, 3))]);
    const copy = structuredClone(lines);
    expect(canonicalJson(lines)).toBe(canonicalJson(copy));
    expect(canonicalJson({ tables: { costLines: { records: lines } }, b: 1 })).toBe(canonicalJson({ b: 1, tables: { costLines: { records: copy } } }));
    expect(ids(await db.costLines.forExport(['b-zweiter', 'fehlt']))).toEqual(sortedIds(made.slice(0, 3)));
  });
});

describe('cost lines outside a command', () => {
  it('two writes to the same proposal at once keep each other’s lines (each is one transaction over both tables)', async () => {
    const { db, p } = await emptyWorkspace();
    const first = linesFor(p.id, 3, 'Erste');
    const second = linesFor(p.id, 4, 'Zweite');
    await Promise.all([db.costLines.bulkPut(first), db.costLines.bulkPut(second)]);
    expect(await db.costLines.countOfProposal(p.id)).toBe(7);
    expect(sortedIds(await db.costLines.ofProposal(p.id))).toEqual(sortedIds([...first, ...second]));
  });

  it('salvage of a database with a damaged sheet still gives every other table, and names the sheets unreadable', async () => {
    const { db, p } = await emptyWorkspace();
    await put(db, linesFor(p.id, 2));
    await db.costSheets.put({ proposalId: 'kaputt', lines: '[{"id":' });
    const salvaged = await salvageDatabase(db.name);
    expect(salvaged.unreadable).toEqual(['costSheets']);
    expect(salvaged.tables.costSheets).toHaveLength(2);
    expect(salvaged.tables.settings).toBeDefined();
  });
});
