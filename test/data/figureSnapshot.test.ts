import { describe, expect, it } from 'vitest';
import { calculateScenario, loadCalculationInputs, readWorkspaceRevision } from '../../renderer/data/calculations';
import { loadSnapshot, prefetchSnapshot, saveSnapshot, snapshotKey } from '../../renderer/data/figureSnapshot';
import { applyCostLineChanges, saveCalculationSettings } from '../../renderer/data/repositories/costs';
import { updateMeeting } from '../../renderer/data/repositories/meetings';
import { initializeWorkspace } from '../../renderer/data/initializeWorkspace';
import { bauhofProposal } from './helpers';

describe('saved calculation (shown at start until the worker has calculated)', () => {
  it('every command raises the workspace revision, and the inputs say which revision they are', async () => {
    const { db, p, line } = await bauhofProposal();
    const before = await readWorkspaceRevision(db);
    expect(before).toBeGreaterThan(0);
    await applyCostLineChanges(db, p.id, { upserts: [line()], deletions: [] });
    expect(await readWorkspaceRevision(db)).toBe(before + 1);
    const [meeting] = await db.meetings.toArray();
    await updateMeeting(db, meeting!.id, { ...meeting!, location: 'Kamen' });
    expect(await readWorkspaceRevision(db)).toBe(before + 2);
    expect((await loadCalculationInputs(db)).revision).toBe(before + 2);
  });

  it('a command that writes nothing (the seed check at every start) does not raise it', async () => {
    const { db } = await bauhofProposal();
    const before = await readWorkspaceRevision(db);
    await initializeWorkspace(db, new Date('2026-11-26T08:00:00'));
    expect(await readWorkspaceRevision(db)).toBe(before);
  });

  it('a failed command does not raise it', async () => {
    const { db, p, line } = await bauhofProposal();
    const before = await readWorkspaceRevision(db);
    await expect(applyCostLineChanges(db, p.id, { upserts: [line({ label: '' })], deletions: [] })).rejects.toThrow();
    expect(await readWorkspaceRevision(db)).toBe(before);
  });

  it('is used only for exactly the data stored now: any change (costs, calculation settings) makes it unused', async () => {
    const { db, p, line } = await bauhofProposal();
    await applyCostLineChanges(db, p.id, { upserts: [line()], deletions: [] });
    const inputs = await loadCalculationInputs(db);
    const items = calculateScenario(inputs, new Map(), 'basis');
    await saveSnapshot(db.name, 'basis', snapshotKey(inputs.revision), items);
    const current = async () => snapshotKey(await readWorkspaceRevision(db));

    expect(await loadSnapshot(db.name, 'basis', await current())).toEqual(items);
    expect(await loadSnapshot(db.name, 'pessimistisch', await current())).toBeUndefined();

    await applyCostLineChanges(db, p.id, { upserts: [line({ label: 'Fuhrpark', entry: { mode: 'years', byYear: { '2027': 5_000_00 } } })], deletions: [] });
    expect(await loadSnapshot(db.name, 'basis', await current())).toBeUndefined();

    const fresh = await loadCalculationInputs(db);
    await saveSnapshot(db.name, 'basis', snapshotKey(fresh.revision), calculateScenario(fresh, new Map(), 'basis'));
    expect(await loadSnapshot(db.name, 'basis', await current())).toBeDefined();
    await saveCalculationSettings(db, {});
    expect(await loadSnapshot(db.name, 'basis', await current())).toBeUndefined();
  });

  it('read ahead at start, it is still checked against the data stored when it is used, and read only once', async () => {
    const { db, p, line } = await bauhofProposal();
    await applyCostLineChanges(db, p.id, { upserts: [line()], deletions: [] });
    const inputs = await loadCalculationInputs(db);
    const items = calculateScenario(inputs, new Map(), 'basis');
    await saveSnapshot(db.name, 'basis', snapshotKey(inputs.revision), items);

    prefetchSnapshot(db.name, 'basis');
    // A change between reading ahead and using it: the read-ahead calculation no longer fits.
    await applyCostLineChanges(db, p.id, { upserts: [line({ label: 'Fuhrpark' })], deletions: [] });
    expect(await loadSnapshot(db.name, 'basis', snapshotKey(await readWorkspaceRevision(db)))).toBeUndefined();

    // The read-ahead was taken: the next load reads what is saved now.
    const fresh = await loadCalculationInputs(db);
    const freshItems = calculateScenario(fresh, new Map(), 'basis');
    await saveSnapshot(db.name, 'basis', snapshotKey(fresh.revision), freshItems);
    expect(await loadSnapshot(db.name, 'basis', snapshotKey(fresh.revision))).toEqual(freshItems);
  });
});
