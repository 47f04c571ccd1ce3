import { afterEach, describe, expect, it, vi } from 'vitest';
import { AmountsOutsidePeriodError, applyCostLineChanges, savePlan } from '../../renderer/data/repositories/costs';
import { loadPlan } from '../../renderer/data/repositories/costPlans';
import { bauhofProposal } from './helpers';

async function setup() {
  const { db, p, party, line } = await bauhofProposal();
  return { db, p, party, line };
}

describe('cost repository', () => {
  it('adds, changes and deletes lines in one logged transaction', async () => {
    const { db, p, line } = await setup();
    const [a, b] = await applyCostLineChanges(db, p.id, { upserts: [line(), line({ label: 'Fahrzeuge', category: 'sachkosten' })], deletions: [] });
    await applyCostLineChanges(db, p.id, { upserts: [{ ...line({ label: 'Bauhofpersonal (neu)' }), id: a!.id }], deletions: [b!.id] });
    const lines = await db.costLines.ofProposal(p.id);
    expect(lines.map((l) => [l.label, l.revision])).toEqual([['Bauhofpersonal (neu)', 2]]);
    expect(
      (await db.changeLog.toArray())
        .filter((e) => e.table === 'costLines')
        .map((e) => e.action)
        .sort(),
    ).toEqual(['create', 'create', 'delete', 'update']);
  });

  it('refuses a line for a party not in the proposal, and the whole batch with it', async () => {
    const { db, p, party, line } = await setup();
    await expect(applyCostLineChanges(db, p.id, { upserts: [line(), line({ partyId: party('selm') })], deletions: [] })).rejects.toThrow(
      'Zeile 2: Selm ist an diesem Vorschlag nicht beteiligt',
    );
    expect(await db.costLines.count()).toBeGreaterThan(0); // example lines
    expect(await db.costLines.countOfProposal(p.id)).toBe(0);
  });

  it('refuses an invalid line with its number', async () => {
    const { db, p, line } = await setup();
    await expect(applyCostLineChanges(db, p.id, { upserts: [line({ label: '' })], deletions: [] })).rejects.toThrow(
      'Zeile 1: Bitte eine Bezeichnung eintragen.',
    );
  });

  it('logs a large import as one entry that lists the new lines', async () => {
    const { db, p, line } = await setup();
    const before = await db.changeLog.count();
    const saved = await applyCostLineChanges(db, p.id, { upserts: Array.from({ length: 250 }, (_, i) => line({ label: `Zeile ${i}` })), deletions: [] });
    expect(await db.costLines.countOfProposal(p.id)).toBe(250);
    const entries = (await db.changeLog.toArray()).slice(before);
    expect(await db.changeLog.count()).toBe(before + 1);
    expect(entries.length).toBeLessThanOrEqual(1);
    const entry = (await db.changeLog.where('[table+recordId]').equals(['costLines', p.id]).toArray())[0]!;
    expect(entry.summary).toBe('250 Kostenzeilen angelegt (Import)');
    expect(entry.changes[0]!.after).toEqual(saved.map((l) => l.id));
  });

  it('plans default to the settings and are saved per proposal', async () => {
    const { db, p } = await setup();
    const plan = await loadPlan(db, p.id);
    expect(plan.id).not.toBe('');
    expect(plan.discounting).toEqual({ mode: 'flat', ratePercent: 0.9 });
    expect(plan.period.years).toBe(10);
    await savePlan(db, p.id, { period: { startYear: 2028, years: 5 } });
    expect((await loadPlan(db, p.id)).period).toEqual({ startYear: 2028, years: 5 });
    await expect(savePlan(db, p.id, { period: { startYear: 2028, years: 50 } })).rejects.toThrow('1 bis 30 Jahre');
  });
});

describe('plans have a fixed start year', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a new proposal stores its plan at once: the start year does not move at New Year', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-31T23:00:00'));
    const { db, p } = await setup();
    expect((await db.costPlans.where('proposalId').equals(p.id).first())!.period.startYear).toBe(2027);
    vi.setSystemTime(new Date('2027-01-02T09:00:00'));
    expect((await loadPlan(db, p.id)).period.startYear).toBe(2027);
  });
});

describe('the rate of a never-saved plan', () => {
  it('follows the default rate under Einstellungen until the plan is saved; the period stays', async () => {
    const { db, p } = await setup();
    const { saveSettings } = await import('../../renderer/data/repositories/saveSettings');
    const { loadSettings } = await import('../../renderer/data/repositories/settings');
    const period = (await loadPlan(db, p.id)).period;
    await saveSettings(db, { ...(await loadSettings(db)), discountRatePercent: 2.5, observationYears: 6 });
    expect(await loadPlan(db, p.id)).toMatchObject({ period, discounting: { mode: 'flat', ratePercent: 2.5 } });
    await savePlan(db, p.id, { allocation: { key: 'gleich', cases: {}, weights: {}, basePercent: 30, variableKey: 'einwohner' } });
    await saveSettings(db, { ...(await loadSettings(db)), discountRatePercent: 1 });
    expect(await loadPlan(db, p.id)).toMatchObject({ period, discounting: { mode: 'flat', ratePercent: 2.5 }, followsSettings: false });
  });
});

describe('changing the period with amounts outside it', () => {
  async function withAmounts() {
    const ctx = await setup();
    await savePlan(ctx.db, ctx.p.id, { period: { startYear: 2027, years: 5 } });
    const [a, b] = await applyCostLineChanges(ctx.db, ctx.p.id, {
      upserts: [
        ctx.line({ entry: { mode: 'years', byYear: { '2027': 100, '2028': 200, '2031': 500 } } }),
        ctx.line({ label: 'Nur 2028', entry: { mode: 'years', byYear: { '2028': 7 } } }),
        ctx.line({ label: 'Fortschreibung', entry: { mode: 'growth', startCents: 100, increasePercent: 1 } }),
      ],
      deletions: [],
    });
    return { ...ctx, a: a!, b: b! };
  }

  it('refuses without a decision, names amounts, lines and years, and changes nothing', async () => {
    const { db, p, a } = await withAmounts();
    const logBefore = await db.changeLog.count();
    const error = await savePlan(db, p.id, { period: { startYear: 2029, years: 2 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmountsOutsidePeriodError);
    expect((error as AmountsOutsidePeriodError).outside).toMatchObject({ amounts: 4, years: [2027, 2028, 2031], lineIds: expect.arrayContaining([a.id]) });
    expect((error as Error).message).toContain('4 Beträge liegen außerhalb des neuen Zeitraums 2029–2030 (2027, 2028 und 2031, in 2 Zeilen)');
    expect((await loadPlan(db, p.id)).period).toEqual({ startYear: 2027, years: 5 });
    expect(await db.changeLog.count()).toBe(logBefore);
  });

  it('keep: the amounts stay stored (not calculated) and return when the period covers them again', async () => {
    const { db, p, a } = await withAmounts();
    await savePlan(db, p.id, { period: { startYear: 2029, years: 2 } }, { outside: 'keep' });
    expect((await db.costLines.get(a.id))!.entry).toEqual({ mode: 'years', byYear: { '2027': 100, '2028': 200, '2031': 500 } });
    // An edit through the grid (period years only) keeps them too.
    await applyCostLineChanges(db, p.id, { upserts: [{ ...a, entry: { mode: 'years', byYear: { '2029': 300 } } }], deletions: [] });
    expect((await db.costLines.get(a.id))!.entry).toEqual({ mode: 'years', byYear: { '2027': 100, '2028': 200, '2029': 300, '2031': 500 } });
  });

  it('delete: removes exactly the amounts outside, in the same transaction as the plan, logged per line', async () => {
    const { db, p, a, b } = await withAmounts();
    await savePlan(db, p.id, { period: { startYear: 2028, years: 3 } }, { outside: 'delete' });
    expect((await db.costLines.get(a.id))!.entry).toEqual({ mode: 'years', byYear: { '2028': 200 } });
    expect((await db.costLines.get(b.id))!).toMatchObject({ entry: { mode: 'years', byYear: { '2028': 7 } }, revision: 1 });
    expect((await loadPlan(db, p.id)).period).toEqual({ startYear: 2028, years: 3 });
    expect((await db.changeLog.where('[table+recordId]').equals(['costLines', a.id]).toArray()).map((e) => e.summary)).toContain(
      'Kostenzeile „Bauhofpersonal“: Beträge außerhalb des Zeitraums gelöscht',
    );
  });

  it('asks nothing when only the discounting changes', async () => {
    const { db, p } = await withAmounts();
    await savePlan(db, p.id, { period: { startYear: 2029, years: 2 } }, { outside: 'keep' });
    await expect(savePlan(db, p.id, { period: { startYear: 2029, years: 2 }, discounting: { mode: 'flat', ratePercent: 2 } })).resolves.toMatchObject({
      discounting: { ratePercent: 2 },
    });
  });
});
