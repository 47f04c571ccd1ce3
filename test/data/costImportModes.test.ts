import { describe, expect, it } from 'vitest';
import { changesOfProposal } from '../../renderer/data/changeLog';
import { applyCostLineChanges, importCostLines, savePlan, undoCostImport } from '../../renderer/data/repositories/costs';
import { createProposal } from '../../renderer/data/repositories/proposals';
import { planImport } from '../../renderer/domain/costs/importPlan';
import { sortLinesByOrder } from '../../renderer/domain/costs/lineOrder';
import type { CostLineInput } from '../../renderer/domain/costs/model';
import { bauhofProposal } from './helpers';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';

async function setup() {
  const { db, p, party, line } = await bauhofProposal();
  const stored = async () => sortLinesByOrder(await db.costLines.ofProposal(p.id));
  return { db, p, party, line, stored };
}

const total = (lines: { entry: CostLineInput['entry'] }[]) =>
  lines.reduce((s, l) => s + (l.entry.mode === 'years' ? Object.values(l.entry.byYear).reduce((a, b) => a + b, 0) : 0), 0);

describe('re-import of cost lines', () => {
  it('re-importing the same lines twice never doubles the costs when updating or replacing', async () => {
    const { db, p, line, stored } = await setup();
    await applyCostLineChanges(db, p.id, { upserts: [line({ order: 0 }), line({ label: 'Fahrzeuge', order: 1 })], deletions: [] });
    const file = [line(), line({ label: 'Fahrzeuge', entry: { mode: 'years', byYear: { '2027': 7_00 } } })];
    for (const mode of ['update', 'replace'] as const) {
      for (let i = 0; i < 2; i++) {
        const plan = planImport(await stored(), file, mode);
        await importCostLines(db, p.id, { upserts: plan.upserts, deletions: plan.deletions });
      }
      const lines = await stored();
      expect(lines.map((l) => l.label)).toEqual(['Bauhofpersonal', 'Fahrzeuge']);
      expect(total(lines)).toBe(100_000_00 + 7_00);
    }
    const add = planImport(await stored(), file, 'add');
    expect(add).toMatchObject({ added: 2, updated: 0, deleted: 0 });
  });

  it('update keeps the ids of matching lines and adds the rest after them', async () => {
    const { db, p, line, stored } = await setup();
    const [a] = await applyCostLineChanges(db, p.id, { upserts: [line({ order: 0 })], deletions: [] });
    const plan = planImport(await stored(), [line({ label: 'Neu' }), line({ entry: { mode: 'years', byYear: { '2027': 1 } } })], 'update');
    expect(plan).toMatchObject({ added: 1, updated: 1, deleted: 0 });
    await importCostLines(db, p.id, plan);
    const lines = await stored();
    expect(lines.map((l) => [l.id === a!.id, l.label])).toEqual([
      [true, 'Bauhofpersonal'],
      [false, 'Neu'],
    ]);
  });

  it('update keeps a growth line whose amounts the file repeats', async () => {
    const { db, p, line, stored } = await setup();
    const growth = { mode: 'growth' as const, startCents: 100_00, increasePercent: 2 };
    await applyCostLineChanges(db, p.id, { upserts: [line({ entry: growth, order: 0 })], deletions: [] });
    const file = [line({ entry: { mode: 'years', byYear: { '2027': 100_00 } } })];
    const keep = planImport(await stored(), file, 'update', () => true);
    expect(keep.upserts[0]!.entry).toEqual(growth);
    const change = planImport(await stored(), file, 'update', () => false);
    expect(change.upserts[0]!.entry.mode).toBe('years');
  });

  it('an import can be undone: exactly the previous lines come back, in one step', async () => {
    const { db, p, line, stored } = await setup();
    await applyCostLineChanges(db, p.id, { upserts: [line({ order: 0 }), line({ label: 'Fahrzeuge', order: 1, variant: 'kooperation' })], deletions: [] });
    const before = await stored();
    const plan = planImport(before, [line({ label: 'Andere' })], 'replace');
    const undo = await importCostLines(db, p.id, plan);
    expect((await stored()).map((l) => l.label).sort()).toEqual(['Andere', 'Fahrzeuge']);
    await undoCostImport(db, undo);
    const strip = (ls: typeof before) => ls.map(({ revision: _r, updatedAt: _u, ...rest }) => rest);
    expect(strip(await stored())).toEqual(strip(before));
  });

  it('refuses to undo an import after later edits, and changes nothing', async () => {
    const { db, p, line, stored } = await setup();
    const undo = await importCostLines(db, p.id, planImport([], [line()], 'add'));
    const [imported] = await stored();
    await applyCostLineChanges(db, p.id, { upserts: [{ ...line({ label: 'Später geändert' }), id: imported!.id }], deletions: [] });
    await expect(undoCostImport(db, undo)).rejects.toThrow('nicht mehr rückgängig');
    expect((await stored()).map((l) => l.label)).toEqual(['Später geändert']);
  });

  it('keeps the row order of the file', async () => {
    const { db, p, line, stored } = await setup();
    const labels = ['Zeta', 'Alpha', 'Mitte'];
    await importCostLines(
      db,
      p.id,
      planImport(
        [],
        labels.map((label) => line({ label })),
        'add',
      ),
    );
    expect((await stored()).map((l) => l.label)).toEqual(labels);
  });
});

describe('change log of a proposal', () => {
  it('shows cost line and plan changes, including deleted lines', async () => {
    const { db, p, line } = await setup();
    const [a] = await applyCostLineChanges(db, p.id, { upserts: [line(), line({ label: 'Fahrzeuge' })], deletions: [] });
    await applyCostLineChanges(db, p.id, { upserts: [], deletions: [a!.id] });
    await savePlan(db, p.id, { period: { startYear: 2027, years: 5 } });
    const summaries = (await changesOfProposal(db, p.id)).map((e) => e.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Kostenzeile „Bauhofpersonal“ angelegt',
        'Kostenzeile „Fahrzeuge“ angelegt',
        'Kostenzeile „Bauhofpersonal“ gelöscht',
        'Berechnungsgrundlagen geändert',
      ]),
    );
    const other = await createProposal(db, {
      ...EMPTY_PROPOSAL,
      title: 'Anderes',
      areaId: p.areaId,
      leadPartyId: p.leadPartyId,
    });
    expect((await changesOfProposal(db, other.id)).some((e) => e.table === 'costLines')).toBe(false);
  });
});
