import { describe, expect, it } from 'vitest';
import { changeProposalStatus, createProposal, deleteProposal, restoreProposal, updateProposal } from '../../renderer/data/repositories/proposals';
import { saveSettings } from '../../renderer/data/repositories/saveSettings';
import { UserFacingError } from '../../renderer/data/records';
import type { ProposalInput } from '../../renderer/domain/schemas';
import { freshDb, idsOf } from './helpers';

async function setup() {
  const db = await freshDb();
  const { party, area } = await idsOf(db);
  await saveSettings(db, { userName: 'Kämmerer Kamen', homePartyId: party('kamen'), discountRatePercent: 0.9, observationYears: 10 });
  const input: ProposalInput = {
    title: 'Gemeinsamer Baubetriebshof Kamen–Bergkamen',
    areaId: area('building-yards'),
    leadPartyId: party('kamen'),
    participantIds: [party('bergkamen')],
    description: 'Fuhrpark und Winterdienst zusammenlegen',
    goals: '',
    benefits: '',
    risks: '',
    responsible: 'Bauhofleitung',
    nextMeetingId: null,
    dependsOn: [],
  };
  return { db, input, party, area };
}

describe('proposal repository', () => {
  it('creates with UUID, revision 1, status Idee and a change-log entry naming the user', async () => {
    const { db, input } = await setup();
    const p = await createProposal(db, input);
    expect(p.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    expect(p).toMatchObject({ revision: 1, status: 'idee', isExample: false });
    const log = await db.changeLog.where('[table+recordId]').equals(['proposals', p.id]).toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'create', by: 'Kämmerer Kamen' });
  });

  it('logs updates field by field and raises the revision', async () => {
    const { db, input } = await setup();
    const p = await createProposal(db, input);
    const updated = await updateProposal(db, p.id, { ...input, title: 'Baubetriebshof Kamen–Bergkamen', responsible: 'Frau Beispiel' }, 1);
    expect(updated.revision).toBe(2);
    // Both entries can carry the same millisecond: find the update by its action, not by time.
    const log = await db.changeLog.where('[table+recordId]').equals(['proposals', p.id]).toArray();
    const update = log.find((e) => e.action === 'update')!;
    expect(update.changes.map((c) => c.field)).toEqual(['responsible', 'title']);
    expect(update.changes[1]).toMatchObject({ before: input.title, after: 'Baubetriebshof Kamen–Bergkamen' });
  });

  it('refuses a stale revision and changes nothing', async () => {
    const { db, input } = await setup();
    const p = await createProposal(db, input);
    await updateProposal(db, p.id, { ...input, goals: 'A' }, 1);
    await expect(updateProposal(db, p.id, { ...input, goals: 'B' }, 1)).rejects.toThrow('inzwischen an anderer Stelle geändert');
    expect((await db.proposals.get(p.id))!.goals).toBe('A');
  });

  it('refuses putting a proposal on hold without a reason, and saves it with one', async () => {
    const { db, input } = await setup();
    const p = await createProposal(db, input);
    await expect(changeProposalStatus(db, p.id, 'auf_eis', ' ')).rejects.toBeInstanceOf(UserFacingError);
    expect((await db.proposals.get(p.id))!.status).toBe('idee');
    const held = await changeProposalStatus(db, p.id, 'auf_eis', 'Personalwechsel abwarten');
    expect(held).toMatchObject({ status: 'auf_eis', statusReason: 'Personalwechsel abwarten', revision: 2 });
    expect(held.statusHistory.map((h) => h.status)).toEqual(['idee', 'auf_eis']);
    expect(held.statusHistory[1]!.by).toBe('Kämmerer Kamen');
  });

  it('forgets the hold reason once the proposal is taken off hold; the history keeps it', async () => {
    const { db, input } = await setup();
    const p = await createProposal(db, input);
    await changeProposalStatus(db, p.id, 'in_pruefung', '');
    await changeProposalStatus(db, p.id, 'auf_eis', 'Personalwechsel abwarten');
    const resumed = await changeProposalStatus(db, p.id, 'in_pruefung', 'Neue Leitung ist da');
    expect(resumed).toMatchObject({ status: 'in_pruefung', statusReason: '' });
    expect(resumed.statusHistory.map((h) => h.reason)).toEqual(['', '', 'Personalwechsel abwarten', 'Neue Leitung ist da']);
  });

  it('refuses a dependency cycle', async () => {
    const { db, input } = await setup();
    const a = await createProposal(db, input);
    const b = await createProposal(db, { ...input, title: 'Zweiter Vorschlag', dependsOn: [a.id] });
    await expect(updateProposal(db, a.id, { ...input, dependsOn: [b.id] })).rejects.toThrow('Kreis');
  });

  it('a failing write rolls back whole: no record and no log entry', async () => {
    const { db, input } = await setup();
    const before = { proposals: await db.proposals.count(), log: await db.changeLog.count() };
    // The change log is written last in every command (data/commands.ts): let that fail.
    const original = db.changeLog.bulkAdd.bind(db.changeLog);
    db.changeLog.bulkAdd = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.changeLog.bulkAdd;
    await expect(createProposal(db, input)).rejects.toThrow('disk full');
    db.changeLog.bulkAdd = original;
    expect(await db.proposals.count()).toBe(before.proposals);
    expect(await db.changeLog.count()).toBe(before.log);
  });

  it('deletes with the links to it, and undo restores both', async () => {
    const { db, input } = await setup();
    const a = await createProposal(db, input);
    const b = await createProposal(db, { ...input, title: 'Abhängiger Vorschlag', dependsOn: [a.id] });
    await db.costLines.add({
      id: 'cl-1',
      createdAt: '',
      updatedAt: '',
      revision: 1,
      proposalId: a.id,
      variant: 'ist',
      partyId: null,
      category: 'sachkosten',
      recurrence: 'laufend',
      budgetRelevant: true,
      label: 'Miete',
      entry: { mode: 'years', byYear: { '2027': 100 } },
      isExample: false,
    });
    const deleted = await deleteProposal(db, a.id);
    expect(await db.costLines.get('cl-1')).toBeUndefined();
    expect(await db.proposals.get(a.id)).toBeUndefined();
    expect((await db.proposals.get(b.id))!.dependsOn).toEqual([]);
    // Tombstones tell other laptops what went: the proposal, its plan and its line.
    const stones = await db.tombstones.toArray();
    expect(stones.map((t) => t.table).sort()).toEqual(['costLines', 'costPlans', 'proposals']);
    await restoreProposal(db, deleted);
    expect((await db.proposals.get(a.id))!.title).toBe(input.title);
    expect((await db.proposals.get(b.id))!.dependsOn).toEqual([a.id]);
    expect(await db.costLines.get('cl-1')).toMatchObject({ label: 'Miete' });
    // Revived above their tombstones, which are gone again.
    expect((await db.costLines.get('cl-1'))!.revision).toBeGreaterThan(stones.find((t) => t.table === 'costLines')!.revision);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('refuses invalid input with the schema’s German message', async () => {
    const { db, input } = await setup();
    await expect(createProposal(db, { ...input, title: 'x' })).rejects.toThrow('Bitte einen Titel mit mindestens 3 Zeichen eintragen.');
    await expect(createProposal(db, { ...input, areaId: 'gibt-es-nicht' })).rejects.toThrow('Aufgabenfeld');
  });
});
