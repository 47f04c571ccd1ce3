import { describe, expect, it } from 'vitest';
import { buildExchangeFile, planMerge } from '../../renderer/data/exchange';
import { applyCostLineChanges } from '../../renderer/data/repositories/costs';
import { deleteProposal } from '../../renderer/data/repositories/proposals';
import { bauhofProposal, freshDb } from './helpers';
import { contentOf, dump, editProposal, exportFile, importFile, parse } from './exchangeHelpers';

describe('exchange files: export and import', () => {
  it('round trip: export, import into an empty database, export again gives identical content', async () => {
    const { db, p, line } = await bauhofProposal();
    await applyCostLineChanges(db, p.id, { upserts: [line(), line({ label: 'Fahrzeuge', category: 'sachkosten' })], deletions: [] });
    const first = await exportFile(db);
    const empty = await freshDb({ seed: false });
    const { summary } = await importFile(empty, first.bytes);
    expect(summary.added).toBeGreaterThan(10);
    expect(summary.conflictsResolved).toBe(0);
    const second = await exportFile(empty);
    expect(await contentOf(second.bytes)).toEqual(await contentOf(first.bytes));
  });

  it('imports a selected proposal into a laptop with its own master data (ids matched by seed key)', async () => {
    const { db, p, line } = await bauhofProposal();
    await applyCostLineChanges(db, p.id, { upserts: [line()], deletions: [] });
    const file = await buildExchangeFile(db, { kind: 'proposals', proposalIds: [p.id] });
    const other = await freshDb();
    const { plan, summary } = await importFile(other, file.bytes, {}, false);
    expect(plan.conflicts).toEqual([]);
    expect(summary.text).toMatch(/^\d+ neu, 0 aktualisiert/);
    const imported = (await other.proposals.get(p.id))!;
    const kamen = (await other.parties.where('seedKey').equals('kamen').first())!;
    expect(imported.leadPartyId).toBe(kamen.id);
    const lines = await other.costLines.where('proposalId').equals(p.id).toArray();
    expect(lines.map((l) => l.partyId)).toEqual([kamen.id]);
  });

  it('a second import of the same file changes nothing', async () => {
    const { db, p } = await bauhofProposal();
    const file = await exportFile(db, { kind: 'proposals', proposalIds: [p.id] });
    const other = await freshDb();
    await importFile(other, file.bytes);
    const before = await dump(other);
    const plan = await planMerge(other, await parse(file.bytes));
    expect([plan.added, plan.updated, plan.deleted, plan.conflicts]).toEqual([[], [], [], []]);
    expect(plan.unchanged).toBeGreaterThan(0);
    expect((await dump(other)).proposals).toEqual(before.proposals);
  });

  it('a deletion goes through where the record was not changed, and is a conflict where it was', async () => {
    const { db, p } = await bauhofProposal();
    const other = await freshDb();
    await importFile(other, (await exportFile(db)).bytes);
    await deleteProposal(db, p.id);
    const quiet = await planMerge(other, await parse((await exportFile(db)).bytes));
    expect(quiet.deleted.map((d) => d.recordId)).toContain(p.id);
    await editProposal(other, p.id, { goals: 'Gemeinsamer Bauhof ab 2028' });
    const loud = await planMerge(other, await parse((await exportFile(db)).bytes));
    expect(loud.conflicts.map((c) => [c.recordId, c.kind])).toContainEqual([p.id, 'deletedByThem']);
  });
});
