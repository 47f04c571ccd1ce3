import { describe, expect, it } from 'vitest';
import { applyCostLineChanges, loadPlan, savePlan } from '../../renderer/data/repositories/costs';
import { createProposal } from '../../renderer/data/repositories/proposals';
import type { CostLineInput } from '../../renderer/domain/costs/model';
import { freshDb, idsOf } from './helpers';

async function setup() {
  const db = await freshDb();
  const { party, area } = await idsOf(db);
  const p = await createProposal(db, { title: 'Bauhof', areaId: area('building-yards'), leadPartyId: party('kamen'), participantIds: [party('bergkamen')], description: '', goals: '', benefits: '', risks: '', responsible: '', nextMeetingId: null, dependsOn: [] });
  const line = (over: Partial<CostLineInput> = {}): CostLineInput => ({ proposalId: p.id, variant: 'ist', partyId: party('kamen'), category: 'personal', recurrence: 'laufend', budgetRelevant: true, label: 'Bauhofpersonal', entry: { mode: 'years', amounts: [100_000_00] }, isExample: false, ...over });
  return { db, p, party, line };
}

describe('cost repository', () => {
  it('adds, changes and deletes lines in one logged transaction', async () => {
    const { db, p, line } = await setup();
    const [a, b] = await applyCostLineChanges(db, p.id, { upserts: [line(), line({ label: 'Fahrzeuge', category: 'sachkosten' })], deletions: [] });
    await applyCostLineChanges(db, p.id, { upserts: [{ ...line({ label: 'Bauhofpersonal (neu)' }), id: a!.id }], deletions: [b!.id] });
    const lines = await db.costLines.where('proposalId').equals(p.id).toArray();
    expect(lines.map((l) => [l.label, l.revision])).toEqual([['Bauhofpersonal (neu)', 2]]);
    expect((await db.changeLog.toArray()).filter((e) => e.table === 'costLines').map((e) => e.action).sort()).toEqual(['create', 'create', 'delete', 'update']);
  });

  it('refuses a line for a party not in the proposal, and the whole batch with it', async () => {
    const { db, p, party, line } = await setup();
    await expect(applyCostLineChanges(db, p.id, { upserts: [line(), line({ partyId: party('selm') })], deletions: [] })).rejects.toThrow('Zeile 2: Selm ist an diesem Vorschlag nicht beteiligt');
    expect(await db.costLines.count()).toBeGreaterThan(0); // example lines
    expect(await db.costLines.where('proposalId').equals(p.id).count()).toBe(0);
  });

  it('refuses an invalid line with its number', async () => {
    const { db, p, line } = await setup();
    await expect(applyCostLineChanges(db, p.id, { upserts: [line({ label: '' })], deletions: [] })).rejects.toThrow('Zeile 1: Bitte eine Bezeichnung eintragen.');
  });

  it('logs a large import as one entry that lists the new lines', async () => {
    const { db, p, line } = await setup();
    const before = await db.changeLog.count();
    const saved = await applyCostLineChanges(db, p.id, { upserts: Array.from({ length: 250 }, (_, i) => line({ label: `Zeile ${i}` })), deletions: [] });
    expect(await db.costLines.where('proposalId').equals(p.id).count()).toBe(250);
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
    expect(plan.discounting).toEqual({ mode: 'flat', ratePercent: 0.9 });
    expect(plan.period.years).toBe(10);
    await savePlan(db, p.id, { period: { startYear: 2028, years: 5 } });
    expect((await loadPlan(db, p.id)).period).toEqual({ startYear: 2028, years: 5 });
    await expect(savePlan(db, p.id, { period: { startYear: 2028, years: 50 } })).rejects.toThrow('1 bis 30 Jahre');
  });
});
