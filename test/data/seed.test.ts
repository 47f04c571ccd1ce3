import { describe, expect, it } from 'vitest';
import { initializeWorkspace } from '../../renderer/data/initializeWorkspace';
import { removeExampleData } from '../../renderer/data/seed';
import { createProposal } from '../../renderer/data/repositories/proposals';
import { loadPlans } from '../../renderer/data/repositories/costPlans';
import { loadSettings } from '../../renderer/data/repositories/settings';
import { saveSettings } from '../../renderer/data/repositories/saveSettings';
import { freshDb, idsOf } from './helpers';
import { isProvisionalMeetingDate } from '../../renderer/domain/masterData';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';

describe('seeding', () => {
  it('seeds the 11 parties, 8 areas, 2 meetings and the example proposals', async () => {
    const db = await freshDb();
    expect(await db.parties.count()).toBe(11);
    expect(await db.areas.count()).toBe(8);
    expect((await db.meetings.orderBy('date').toArray()).map((m) => m.title)).toEqual([
      'Arbeitskreis der Kämmerer (März 2027)',
      'Bürgermeisterkonferenz (April 2027)',
    ]);
    const luenen = (await db.parties.where('seedKey').equals('luenen').first())!;
    expect(luenen).toMatchObject({ name: 'Lünen', inhabitants: 86_460, revision: 1 });
    expect(luenen.id).toMatch(/^[0-9a-f-]{36}$/);
    const examples = await db.proposals.toArray();
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.every((p) => p.isExample)).toBe(true);
  });

  it('gives every example proposal example cost data and a plan, once', async () => {
    const db = await freshDb();
    const proposals = await db.proposals.toArray();
    for (const p of proposals) {
      expect(await db.costLines.countOfProposal(p.id), p.title).toBeGreaterThan(0);
      expect(await db.costPlans.where('proposalId').equals(p.id).count(), p.title).toBe(1);
    }
    const before = await db.costLines.count();
    await initializeWorkspace(db);
    expect(await db.costLines.count()).toBe(before);
    expect((await db.costLines.toArray()).every((l) => l.isExample)).toBe(true);
  });

  it('is idempotent and keeps the user’s edits to master data', async () => {
    const db = await freshDb();
    const luenen = (await db.parties.where('seedKey').equals('luenen').first())!;
    await db.parties.put({ ...luenen, inhabitants: 87_000 });
    await initializeWorkspace(db, new Date('2026-11-26T12:00:00'));
    await initializeWorkspace(db, new Date('2026-11-27T12:00:00'));
    expect(await db.parties.count()).toBe(11);
    expect(await db.areas.count()).toBe(8);
    expect(await db.meetings.count()).toBe(2);
    expect((await db.parties.get(luenen.id))!.inhabitants).toBe(87_000);
    expect(await db.proposals.count()).toBe(5);
  });

  it('a later start still adds what is missing: next year’s meetings once this year’s are past, a shipped area that is gone', async () => {
    const db = await freshDb();
    const revision = async () => ((await db.settings.get('workspace-revision')) as { revision: number }).revision;
    const before = await revision();
    // Nothing to seed: nothing is written (the start opens no write transaction).
    await initializeWorkspace(db, new Date('2026-12-01T12:00:00'));
    expect(await revision()).toBe(before);
    // After April 2027 no meeting lies ahead: the next year's two are added.
    await initializeWorkspace(db, new Date('2027-05-02T12:00:00'));
    expect((await db.meetings.orderBy('date').toArray()).map((m) => m.title).slice(-2)).toEqual([
      'Arbeitskreis der Kämmerer (März 2028)',
      'Bürgermeisterkonferenz (April 2028)',
    ]);
    // A shipped area that is missing (e.g. an interrupted first start) comes back.
    const audit = (await db.areas.where('seedKey').equals('audit').first())!;
    await db.areas.delete(audit.id);
    await initializeWorkspace(db, new Date('2027-05-03T12:00:00'));
    expect(await db.areas.where('seedKey').equals('audit').count()).toBe(1);
  });

  it('models the Lünen-Selm audit cooperation as on hold with reason and dependency', async () => {
    const db = await freshDb();
    const all = await db.proposals.toArray();
    const audit = all.find((p) => p.title === 'Rechnungsprüfung Lünen–Selm')!;
    const district = all.find((p) => p.title === 'Kreisweite Organisation der Rechnungsprüfung')!;
    expect(audit.status).toBe('auf_eis');
    expect(audit.statusReason).toContain('Schlüsselkraft');
    expect(audit.dependsOn).toEqual([district.id]);
    const consortium = all.find((p) => p.title.startsWith('Einkaufsgemeinschaft'))!;
    const { party } = await idsOf(db);
    expect(consortium.leadPartyId).toBe(party('luenen'));
    expect(consortium.participantIds).toHaveLength(9);
  });

  it('removes example data in one step, keeps master data and own proposals, and does not re-seed', async () => {
    const db = await freshDb();
    const { party, area } = await idsOf(db);
    const district = (await db.proposals.toArray()).find((p) => p.title.startsWith('Kreisweite'))!;
    const own = await createProposal(db, {
      ...EMPTY_PROPOSAL,
      title: 'Eigener Vorschlag',
      areaId: area('hr'),
      leadPartyId: party('kamen'),
      dependsOn: [district.id],
    });
    expect(await removeExampleData(db)).toBe(5);
    expect(await db.costLines.count()).toBe(0);
    // Only the own proposal's plan (written when it was created) remains.
    expect((await db.costPlans.toArray()).map((p) => p.proposalId)).toEqual([own.id]);
    expect((await db.proposals.toArray()).map((p) => p.title)).toEqual(['Eigener Vorschlag']);
    expect((await db.proposals.get(own.id))!.dependsOn).toEqual([]);
    expect(await db.parties.count()).toBe(11);
    await initializeWorkspace(db);
    expect(await db.proposals.count()).toBe(1);
  });

  it('example plans at the default rate follow a new default rate from Einstellungen', async () => {
    const db = await freshDb();
    const examples = (await db.proposals.toArray()).filter((p) => p.isExample).map((p) => p.id);
    const settings = await loadSettings(db);
    await saveSettings(db, {
      userName: settings.userName,
      homePartyId: settings.homePartyId,
      observationYears: settings.observationYears,
      discountRatePercent: 5,
    });
    const plans = await loadPlans(db, examples);
    expect([...plans.values()].map((p) => (p.discounting.mode === 'flat' ? p.discounting.ratePercent : null))).toEqual(examples.map(() => 5));
  });

  it('gives the example meetings an agenda of the example proposals planned for them, once (QA: the seeded meetings had empty agendas)', async () => {
    const db = await freshDb();
    const title = new Map((await db.proposals.toArray()).map((p) => [p.id, p.title]));
    const agendas = async () =>
      (await db.meetings.orderBy('date').toArray()).map((m) => m.agenda.map((i) => [title.get(i.proposalId), i.decisionRequested.length > 0, i.outcome]));
    expect(await agendas()).toEqual([
      [
        ['Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform', true, null],
        ['Zusammenlegung der Informationstechnologien', true, null],
      ],
      [['Kreisweite Organisation der Rechnungsprüfung', true, null]],
    ]);
    // A later start adds nothing twice.
    const before = await agendas();
    await initializeWorkspace(db, new Date('2026-12-01T12:00:00'));
    expect(await agendas()).toEqual(before);
    // The placeholder date is still marked provisional although the agenda made a new revision.
    for (const m of await db.meetings.toArray()) {
      expect(m.revision).toBeGreaterThan(1);
      expect(isProvisionalMeetingDate(m), m.title).toBe(true);
    }
    // Removing the examples takes their agenda items along: no TOP without its proposal.
    await removeExampleData(db);
    expect((await db.meetings.toArray()).flatMap((m) => m.agenda)).toEqual([]);
  });

  it('an installation seeded before the example agendas keeps its meetings as they are', async () => {
    const db = await freshDb();
    for (const m of await db.meetings.toArray()) await db.meetings.put({ ...m, agenda: [] });
    await initializeWorkspace(db, new Date('2026-11-26T12:00:00'));
    await initializeWorkspace(db, new Date('2027-03-01T12:00:00'));
    expect((await db.meetings.toArray()).map((m) => m.agenda)).toEqual([[], []]);
  });
});
