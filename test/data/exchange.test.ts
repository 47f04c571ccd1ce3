import { describe, expect, it, vi } from 'vitest';
import { buildExchangeFile, planMerge } from '../../renderer/data/exchange';
import { createDraft } from '../../renderer/data/repositories/contracts';
import { saveAsTemplate, saveVersion } from '../../renderer/data/repositories/contractVersions';
import { applyCostLineChanges } from '../../renderer/data/repositories/costs';
import { BUILT_IN_TEMPLATES } from '../../renderer/domain/contracts/templates';
import { deleteProposal } from '../../renderer/data/repositories/proposals';
import { bauhofProposal, freshDb } from './helpers';
import { contentOf, dump, editProposal, exportFile, importFile, parse } from './exchangeHelpers';

describe('exchange files: export and import', () => {
  it('round trip: export, import into an empty database, export again gives identical content', async () => {
    const { db, p, line } = await bauhofProposal();
    await applyCostLineChanges(db, p.id, { upserts: [line(), line({ label: 'Fahrzeuge', category: 'sachkosten' })], deletions: [] });
    const contract = await createDraft(db, { template: BUILT_IN_TEMPLATES[0]!, proposalId: p.id });
    await saveVersion(db, contract.id, 'Erste Fassung');
    await saveAsTemplate(db, contract.id, 'Unsere Vorlage');
    const first = await exportFile(db);
    const tables = (await parse(first.bytes)).content.tables;
    expect([tables.contracts?.records.length, tables.contractVersions?.records.length, tables.contractTemplates?.records.length]).toEqual([1, 1, 1]);
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
    const contract = await createDraft(db, { template: BUILT_IN_TEMPLATES[0]!, proposalId: p.id });
    await saveVersion(db, contract.id, 'Erste Fassung');
    const file = await buildExchangeFile(db, { kind: 'proposals', proposalIds: [p.id] });
    const other = await freshDb();
    const { plan, summary } = await importFile(other, file.bytes, {}, false);
    expect(plan.conflicts).toEqual([]);
    expect(summary.text).toMatch(/^\d+ neu, 0 aktualisiert/);
    const imported = (await other.proposals.get(p.id))!;
    const kamen = (await other.parties.where('seedKey').equals('kamen').first())!;
    expect(imported.leadPartyId).toBe(kamen.id);
    const lines = await other.costLines.ofProposal(p.id);
    expect(lines.map((l) => l.partyId)).toEqual([kamen.id]);
    expect(await other.contracts.get(contract.id)).toEqual(await db.contracts.get(contract.id));
    expect(await other.contractVersions.where('contractId').equals(contract.id).count()).toBe(1);
  });

  it('logs what it took over in table order, naming the file: the proposal, its plan and cost lines, then the import', async () => {
    const { db, p, line } = await bauhofProposal();
    await applyCostLineChanges(db, p.id, { upserts: [line(), line({ label: 'Fahrzeuge', category: 'sachkosten' })], deletions: [] });
    const file = await buildExchangeFile(db, { kind: 'proposals', proposalIds: [p.id] });
    const other = await freshDb();
    const before = await other.changeLog.count();
    await importFile(other, file.bytes, {}, false);
    const entries = (await other.changeLog.orderBy('at').toArray()).slice(before);
    expect(entries.map((e) => [e.table, e.summary.split(' aus der Austauschdatei')[0]])).toEqual([
      ['proposals', 'Übernommen'],
      ['costPlans', 'Übernommen'],
      ['costLines', '2 Kostenzeilen übernommen'],
      ['exchange', expect.stringContaining('Austauschdatei „test.ikz“')],
    ]);
    expect(entries[0]!.summary).toContain('„test.ikz“');
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

  it('a file imported before is planned from the shared versions alone, and a later edit or deletion here still stands', async () => {
    const { db, p } = await bauhofProposal();
    const file = await exportFile(db, { kind: 'proposals', proposalIds: [p.id] });
    const other = await freshDb();
    await importFile(other, file.bytes);
    // Stored as the file has it: the proposal need not be read to know it is unchanged.
    // (On Dexie's Table prototype: inside a transaction the plan reads through other Table objects.)
    const reads = vi.spyOn(Object.getPrototypeOf(other.proposals) as typeof other.proposals, 'bulkGet');
    const again = await planMerge(other, await parse(file.bytes));
    expect(again.unchanged).toBeGreaterThan(0);
    const proposalReads = reads.mock.calls.filter((_, i) => (reads.mock.contexts[i] as { name: string }).name === 'proposals');
    expect(reads.mock.calls.length).toBeGreaterThan(0);
    expect(proposalReads.flatMap(([keys]) => keys)).not.toContain(p.id);
    reads.mockRestore();

    await editProposal(other, p.id, { goals: 'Gemeinsamer Bauhof ab 2028' });
    const afterEdit = await planMerge(other, await parse(file.bytes));
    expect([afterEdit.added, afterEdit.updated, afterEdit.conflicts]).toEqual([[], [], []]);
    expect((await other.proposals.get(p.id))?.goals).toBe('Gemeinsamer Bauhof ab 2028');

    await deleteProposal(other, p.id);
    const afterDelete = await planMerge(other, await parse(file.bytes));
    expect([afterDelete.added, afterDelete.updated, afterDelete.conflicts]).toEqual([[], [], []]);
    await importFile(other, file.bytes);
    expect(await other.proposals.get(p.id)).toBeUndefined();
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

  it('two seeded laptops: master data, meetings and example proposals are matched, not doubled, and raise no question', async () => {
    const { db } = await bauhofProposal();
    const other = await freshDb();
    const examplesBefore = await other.proposals.filter((x) => x.isExample).count();
    const { plan, summary } = await importFile(other, (await exportFile(db)).bytes, {}, true);
    expect(plan.conflicts).toEqual([]);
    expect(summary.added).toBe(2); // Bauhof and its plan
    expect(await other.proposals.filter((x) => x.isExample).count()).toBe(examplesBefore);
    expect(await other.parties.count()).toBe(await db.parties.count());
  });
});
