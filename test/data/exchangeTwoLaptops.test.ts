/**
 * Two laptops (two fake-indexeddb databases) exchange files both ways: different fields
 * merge without a question, the same field is a conflict on both sides, and after the
 * conflicts are resolved both databases hold the same proposal.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyMerge, planMerge, resolveAll, unresolvedConflicts } from '../../renderer/data/exchange';
import { applyCostLineChanges } from '../../renderer/data/repositories/costs';
import { bauhofProposal, freshDb } from './helpers';
import { contentOf, dump, editProposal, exportFile, importFile, parse, portable } from './exchangeHelpers';

async function twoLaptops() {
  const { db: a, p, line } = await bauhofProposal();
  await applyCostLineChanges(a, p.id, { upserts: [line()], deletions: [] });
  const b = await freshDb();
  await importFile(b, (await exportFile(a, { kind: 'proposals', proposalIds: [p.id] })).bytes);
  const scope = { kind: 'proposals' as const, proposalIds: [p.id] };
  return { a, b, p, scope };
}

describe('two laptops exchange files', () => {
  it('merges edits of different fields without a question, both ways, and ends equal', async () => {
    const { a, b, p, scope } = await twoLaptops();
    await editProposal(a, p.id, { title: 'Bauhof Kamen-Bergkamen' });
    await editProposal(b, p.id, { description: 'Ein gemeinsamer Bauhof für beide Städte.' });
    const toB = await importFile(b, (await exportFile(a, scope)).bytes);
    expect(toB.plan.conflicts).toEqual([]);
    expect(toB.summary.updated).toBe(1);
    const toA = await importFile(a, (await exportFile(b, scope)).bytes);
    expect(toA.plan.conflicts).toEqual([]);
    const [pa, pb] = [await portable(a, 'proposals', p.id), await portable(b, 'proposals', p.id)];
    expect(pa).toEqual(pb);
    expect(pa).toMatchObject({ title: 'Bauhof Kamen-Bergkamen', description: 'Ein gemeinsamer Bauhof für beide Städte.' });
  });

  it('the same field changed on both sides is a conflict on both sides; resolved alike, both databases agree', async () => {
    const { a, b, p, scope } = await twoLaptops();
    await editProposal(a, p.id, { goals: 'Ziel aus Kamen' });
    await editProposal(b, p.id, { goals: 'Ziel aus Bergkamen', risks: 'Fahrzeuge sind alt' });
    // Both files are written before either is read: the laptops cross in the post.
    const fromA = await exportFile(a, scope);
    const fromB = await exportFile(b, scope);
    const planA = await planMerge(a, await parse(fromB.bytes));
    const planB = await planMerge(b, await parse(fromA.bytes));
    for (const plan of [planA, planB]) {
      expect(plan.conflicts).toHaveLength(1);
      expect(plan.conflicts[0]!.fields.map((f) => f.field)).toEqual(['goals']);
      expect(unresolvedConflicts(plan, {})).toHaveLength(1);
      await expect(applyMerge(plan === planA ? a : b, plan, {}, { fileName: 'x.ikz', acceptMasterData: false })).rejects.toThrow(
        'Bitte zuerst alle Konflikte entscheiden',
      );
    }
    const field = planA.conflicts[0]!.fields[0]!;
    expect([field.mineText, field.theirsText, field.baseText]).toEqual(['Ziel aus Kamen', 'Ziel aus Bergkamen', '–']);
    expect(field.mineChangedAt).toBeTruthy();
    // Both agree on Bergkamen's goal: A takes the file's, B keeps its own.
    const resultA = await applyMerge(a, planA, resolveAll(planA, 'theirs'), { fileName: 'bergkamen.ikz', acceptMasterData: false });
    const resultB = await applyMerge(b, planB, { [planB.conflicts[0]!.key]: { goals: 'mine' } }, { fileName: 'kamen.ikz', acceptMasterData: false });
    expect(resultA.text).toBe('0 neu, 0 aktualisiert, 1 Konflikt gelöst');
    expect(resultB.conflictsResolved).toBe(1);
    expect(await a.proposals.get(p.id)).toMatchObject({ goals: 'Ziel aus Bergkamen', risks: 'Fahrzeuge sind alt' });
    const pick = ({ title, goals, risks, description }: Record<string, unknown>) => ({ title, goals, risks, description });
    expect(pick((await a.proposals.get(p.id))!)).toEqual(pick((await b.proposals.get(p.id))!));
    // One more round without edits: nothing left to decide, and both hold the same record.
    const again = await importFile(a, (await exportFile(b, scope)).bytes);
    expect(again.plan.conflicts).toEqual([]);
    const back = await importFile(b, (await exportFile(a, scope)).bytes);
    expect(back.plan.conflicts).toEqual([]);
    expect(await portable(a, 'proposals', p.id)).toEqual(await portable(b, 'proposals', p.id));
    const log = await a.changeLog.where('[table+recordId]').equals(['proposals', p.id]).toArray();
    expect(log.some((e) => e.summary.includes('bergkamen.ikz'))).toBe(true);
  });

  it('an apply that fails part-way leaves the database exactly as before', async () => {
    const { b } = await twoLaptops();
    const more = await bauhofProposal();
    await applyCostLineChanges(more.db, more.p.id, { upserts: Array.from({ length: 5 }, (_, i) => more.line({ label: `Zeile ${i + 1}` })), deletions: [] });
    const file = await exportFile(more.db);
    const exportBefore = await exportFile(b, { kind: 'workspace' });
    const before = await dump(b);
    const plan = await planMerge(b, await parse(file.bytes));
    expect(plan.added.length).toBeGreaterThan(2);
    // Fault after the proposal and its plan were written: the cost lines' write (their sheets) fails.
    let writes = 0;
    vi.spyOn(b.costSheets, 'bulkPut').mockImplementation((async (rows: unknown[]) => {
      writes += rows.length;
      throw new Error('Datenträger voll (simuliert)');
    }) as never);
    await expect(applyMerge(b, plan, resolveAll(plan, 'mine'), { fileName: 'x.ikz', acceptMasterData: true })).rejects.toThrow('simuliert');
    expect(writes).toBeGreaterThan(0);
    vi.restoreAllMocks();
    const after = await dump(b);
    expect(after).toEqual(before);
    const exportAfter = await exportFile(b, { kind: 'workspace' });
    expect(await contentOf(exportAfter.bytes)).toEqual(await contentOf(exportBefore.bytes));
  });

  it('refuses to apply a plan when the data changed after planning', async () => {
    const { a, b, p, scope } = await twoLaptops();
    await editProposal(a, p.id, { title: 'Bauhof neu' });
    const plan = await planMerge(b, await parse((await exportFile(a, scope)).bytes));
    await editProposal(b, p.id, { risks: 'dazwischen' });
    await expect(applyMerge(b, plan, {}, { fileName: 'x.ikz', acceptMasterData: false })).rejects.toThrow('noch einmal einlesen');
    expect((await b.proposals.get(p.id))!.title).toBe('Bauhof');
  });
});
