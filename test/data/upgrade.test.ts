import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../renderer/data/openDatabase';
import { loadPlan } from '../../renderer/data/repositories/costPlans';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../renderer/data/schemaVersions';
import { calculateProposal } from '../../renderer/domain/costs/engine';

/** A database as an older release left it: schema versions 1 … `version`. */
async function olderDatabase(version: number, fill: (db: Dexie) => Promise<void>): Promise<string> {
  const name = `upgrade-${Math.random()}`;
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
  await old.open();
  await fill(old);
  old.close();
  return name;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('schema upgrade 1 → 3', () => {
  it('writes a backup first, keeps every record, and carries allocation rows into complete costPlans', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T10:00:00'));
    const name = await olderDatabase(1, async (v1) => {
      await v1.table('proposals').add({ id: 'p-1', title: 'Alter Vorschlag' });
      await v1.table('allocationSettings').add({ id: 'a-1', proposalId: 'p-1', key: 'einwohner' });
    });

    const writeBackup = vi.fn(async (_name: string, _json: string) => undefined);
    const result = await openDatabase(name, { writeBackup });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.db.verno).toBe(CURRENT_SCHEMA_VERSION);

    expect(writeBackup).toHaveBeenCalledOnce();
    const [fileName, json] = writeBackup.mock.calls[0]!;
    expect(fileName).toMatch(new RegExp(`^vor-update-v1-auf-v${CURRENT_SCHEMA_VERSION}-.*\\.json$`));
    const backup = JSON.parse(json);
    expect(backup.version).toBe(10);
    expect(backup.tables.proposals).toEqual([{ id: 'p-1', title: 'Alter Vorschlag' }]);

    expect(await result.db.proposals.get('p-1')).toMatchObject({ title: 'Alter Vorschlag' });
    // The v1 row lacked a period; v3 completes it (start year as the app showed it).
    expect(await result.db.costPlans.get('a-1')).toMatchObject({
      proposalId: 'p-1',
      period: { startYear: 2027, years: 10 },
      discounting: { mode: 'flat', ratePercent: 0.9 },
    });
    result.db.close();
  });

  it('writes no backup for a new database', async () => {
    const writeBackup = vi.fn(async () => undefined);
    const result = await openDatabase(`fresh-${Math.random()}`, { writeBackup });
    expect(result.ok).toBe(true);
    expect(writeBackup).not.toHaveBeenCalled();
  });
});

/** Realistic v2 data: two proposals, one with a saved plan starting 2026, one never saved. */
async function v2Workspace(db: Dexie) {
  const meta = { createdAt: '2026-10-01T08:00:00.000Z', updatedAt: '2026-10-02T08:00:00.000Z', revision: 3 };
  await db
    .table('settings')
    .add({ id: 'settings', userName: 'Kämmerin Unna', homePartyId: null, discountRatePercent: 1.5, observationYears: 5, updatedAt: '', revision: 1 });
  await db.table('parties').bulkAdd([
    { id: 'unna', name: 'Unna', inhabitants: 58_000, ...meta },
    { id: 'kamen', name: 'Kamen', inhabitants: 42_000, ...meta },
  ]);
  const proposal = (id: string, title: string) => ({
    id,
    title,
    areaId: 'a',
    leadPartyId: 'unna',
    participantIds: ['kamen'],
    dependsOn: [],
    status: 'idee',
    statusReason: '',
    statusHistory: [],
    isExample: false,
    ...meta,
  });
  await db.table('proposals').bulkAdd([proposal('saved', 'Bauhof mit Plan'), proposal('unsaved', 'Vollstreckung ohne Plan')]);
  await db.table('costPlans').add({
    id: 'plan-saved',
    proposalId: 'saved',
    period: { startYear: 2026, years: 4 },
    discounting: { mode: 'flat', ratePercent: 2 },
    allocation: { key: 'einwohner', cases: {}, weights: {}, basePercent: 30, variableKey: 'einwohner' },
    ...meta,
  });
  const line = (id: string, proposalId: string, variant: string, partyId: string | null, entry: object, recurrence = 'laufend') => ({
    id,
    proposalId,
    variant,
    partyId,
    category: 'sachkosten',
    recurrence,
    budgetRelevant: true,
    label: id,
    entry,
    isExample: false,
    ...meta,
  });
  await db.table('costLines').bulkAdd([
    // Offsets 0 … 5 against a 4-year period: the last two lay beyond it (kept, not counted).
    line('s-ist', 'saved', 'ist', 'unna', { mode: 'years', amounts: [100_00, 110_00, 0, 130_00, 140_00, 150_00] }),
    line('s-koop', 'saved', 'kooperation', null, { mode: 'years', amounts: [50_00, 50_00, 50_00, 50_00] }),
    line('s-growth', 'saved', 'ist', 'kamen', { mode: 'growth', startCents: 10_00, increasePercent: 2 }),
    line('u-ist', 'unsaved', 'ist', 'kamen', { mode: 'years', amounts: [200_00, 200_00, 200_00] }),
    line('u-once', 'unsaved', 'kooperation', null, { mode: 'years', amounts: [0, 300_00] }, 'einmalig'),
  ]);
}

describe('schema upgrade 2 → 3: amounts by calendar year', () => {
  it('converts offsets losslessly, fixes the start year of never-saved plans, and calculates as before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T10:00:00'));
    const name = await olderDatabase(2, v2Workspace);
    const writeBackup = vi.fn(async (_name: string, _json: string) => undefined);
    const result = await openDatabase(name, { writeBackup, today: new Date('2026-11-26T10:00:00') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const db = result.db;

    // The backup was taken before the upgrade and holds the v2 arrays.
    expect(writeBackup.mock.calls[0]![0]).toMatch(new RegExp(`^vor-update-v2-auf-v${CURRENT_SCHEMA_VERSION}-`));
    const backup = JSON.parse(writeBackup.mock.calls[0]![1]);
    expect(backup.version).toBe(20);
    expect(backup.tables.costLines.find((l: { id: string }) => l.id === 's-ist').entry.amounts).toEqual([100_00, 110_00, 0, 130_00, 140_00, 150_00]);

    expect((await db.costLines.get('s-ist'))!.entry).toEqual({
      mode: 'years',
      byYear: { '2026': 100_00, '2027': 110_00, '2029': 130_00, '2030': 140_00, '2031': 150_00 },
    });
    expect((await db.costLines.get('s-ist'))!).toMatchObject({ revision: 3, updatedAt: '2026-10-02T08:00:00.000Z' });
    expect((await db.costLines.get('s-growth'))!.entry).toEqual({ mode: 'growth', startCents: 10_00, increasePercent: 2 });
    // Never saved: v2 showed the year after today (2027); that is now stored.
    const unsavedPlan = await db.costPlans.where('proposalId').equals('unsaved').first();
    expect(unsavedPlan).toMatchObject({ period: { startYear: 2027, years: 5 }, discounting: { mode: 'flat', ratePercent: 1.5 }, followsSettings: true });
    expect((await db.costLines.get('u-ist'))!.entry).toEqual({ mode: 'years', byYear: { '2027': 200_00, '2028': 200_00, '2029': 200_00 } });
    expect((await db.costLines.get('u-once'))!.entry).toEqual({ mode: 'years', byYear: { '2028': 300_00 } });
    expect((await db.changeLog.where('[table+recordId]').equals(['costPlans', unsavedPlan!.id]).first())!.summary).toContain('Startjahr 2027 festgeschrieben');

    // A calculation afterwards, and again after New Year: the same figures as in v2.
    const calc = async () => {
      const proposal = (await db.proposals.get('unsaved'))!;
      const plan = await loadPlan(db, 'unsaved');
      const lines = await db.costLines.ofProposal('unsaved');
      return calculateProposal({ proposal, plan, lines, parties: await db.parties.toArray() });
    };
    const before = await calc();
    expect(before.rows.map((r) => [r.year, r.ist, r.koop])).toEqual([
      [2027, 200_00, 0],
      [2028, 200_00, 300_00],
      [2029, 200_00, 0],
      [2030, 0, 0],
      [2031, 0, 0],
    ]);
    vi.setSystemTime(new Date('2027-01-02T10:00:00'));
    expect((await calc()).rows).toEqual(before.rows);

    const saved = calculateProposal({
      proposal: (await db.proposals.get('saved'))!,
      plan: await loadPlan(db, 'saved'),
      lines: await db.costLines.ofProposal('saved'),
      parties: await db.parties.toArray(),
    });
    expect(saved.rows.map((r) => [r.year, r.ist])).toEqual([
      [2026, 100_00 + 10_00],
      [2027, 110_00 + 10_20],
      [2028, 0 + 10_40],
      [2029, 130_00 + 10_61],
    ]);
    db.close();
  });
});

describe('schema upgrade 4 → 5 (meeting agendas)', () => {
  it('keeps every meeting field and adds kind, participants and an empty agenda', async () => {
    const name = await olderDatabase(4, async (v4) => {
      await v4.table('meetings').bulkAdd([
        { id: 'm-1', seedKey: 'kaemmerer-2027', title: 'Arbeitskreis der Kämmerer (März 2027)', date: '2027-03-10', location: 'Kreishaus Unna' },
        { id: 'm-2', seedKey: null, title: 'Sondersitzung Bürgermeister', date: '2027-05-05', location: 'Kamen' },
        { id: 'm-3', seedKey: null, title: 'Workshop IT', date: '2027-06-01', location: '' },
      ]);
    });
    const result = await openDatabase(name, { writeBackup: async () => undefined });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meetings = await result.db.meetings.orderBy('date').toArray();
    expect(meetings.map((m) => [m.id, m.kind, m.participantIds, m.agenda])).toEqual([
      ['m-1', 'arbeitskreis', [], []],
      ['m-2', 'buergermeisterkonferenz', [], []],
      ['m-3', 'sonstiges', [], []],
    ]);
    expect(meetings[1]).toMatchObject({ title: 'Sondersitzung Bürgermeister', location: 'Kamen' });
    result.db.close();
  });
});
