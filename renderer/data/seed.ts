/**
 * First-start seeding. Idempotent: shipped records are recognised by their `seedKey`,
 * so running it again (every start does) adds nothing twice and never overwrites what
 * the user edited.
 */
import { EXAMPLE_COST_PLANS } from '../domain/exampleCosts';
import { EXAMPLE_PROPOSALS, exampleStatusHistory } from '../domain/exampleData';
import { IKZ_AREAS, KREIS_UNNA_PARTIES, upcomingMeetings } from '../domain/masterData';
import type { Proposal } from '../domain/schemas';
import { newId } from '../domain/ids';
import type { IkzDatabase, SeedState, SettingsRow } from './db';
import { appendChange } from './changeLog';
import { nowIso, withNewMeta, withNextRevision } from './records';
import { initialPlan } from './repositories/costs';
import { loadSettings } from './repositories/settings';

const SEED_STATE_ID = 'seed-state';

export async function seedMasterData(db: IkzDatabase, today: Date = new Date()): Promise<void> {
  await db.transaction('rw', [db.parties, db.areas, db.meetings], async () => {
    for (const party of KREIS_UNNA_PARTIES) {
      if (!(await db.parties.where('seedKey').equals(party.seedKey).first())) await db.parties.add(withNewMeta({ ...party }));
    }
    for (const area of IKZ_AREAS) {
      if (!(await db.areas.where('seedKey').equals(area.seedKey).first())) await db.areas.add(withNewMeta({ ...area }));
    }
    // Meetings are only added while none is planned: once the user has meetings ahead,
    // the app does not add further ones behind their back.
    const todayIso = today.toISOString().slice(0, 10);
    const ahead = await db.meetings.where('date').aboveOrEqual(todayIso).count();
    if (ahead === 0) {
      for (const m of upcomingMeetings(today)) {
        if (!(await db.meetings.where('seedKey').equals(m.seedKey).first())) await db.meetings.add(withNewMeta({ ...m }));
      }
    }
  });
}

async function seedState(db: IkzDatabase): Promise<SeedState> {
  const row = await db.settings.get(SEED_STATE_ID);
  if (row && row.id === SEED_STATE_ID) return row as SeedState;
  return { id: SEED_STATE_ID, exampleDataSeeded: false, updatedAt: nowIso(), revision: 0 };
}

/** Adds the example proposals once per installation; removing them later is final. */
export async function seedExampleDataOnce(db: IkzDatabase, today: Date = new Date()): Promise<boolean> {
  return db.transaction('rw', [db.settings, db.parties, db.areas, db.meetings, db.proposals, db.costPlans, db.changeLog], async () => {
    const state = await seedState(db);
    if (state.exampleDataSeeded) return false;
    const partyId = new Map((await db.parties.toArray()).map((p) => [p.seedKey, p.id]));
    const areaId = new Map((await db.areas.toArray()).map((a) => [a.seedKey, a.id]));
    const meetings = await db.meetings.orderBy('date').toArray();
    const ids = new Map(EXAMPLE_PROPOSALS.map((e) => [e.key, newId()]));
    const at = nowIso();
    const need = (map: Map<string | null, string>, key: string): string => {
      const id = map.get(key);
      if (!id) throw new Error(`Stammdatum ${key} fehlt`);
      return id;
    };
    for (const e of EXAMPLE_PROPOSALS) {
      const record: Proposal = {
        ...withNewMeta({
          ...e.fields,
          areaId: need(areaId, e.areaKey),
          leadPartyId: need(partyId, e.leadKey),
          participantIds: e.participantKeys.map((k) => need(partyId, k)),
          dependsOn: e.dependsOnKeys.map((k) => ids.get(k)!),
          nextMeetingId: e.meetingIndex === null ? null : (meetings[e.meetingIndex]?.id ?? null),
          status: e.status,
          statusReason: e.statusReason,
          statusHistory: exampleStatusHistory(e.statusPath, e.statusReason, at),
          isExample: true,
        }),
        id: ids.get(e.key)!,
      };
      await db.proposals.add(record);
      // Every proposal gets a stored plan when it is created; example cost data brings its
      // own (seedExampleCostsOnce), the others start the year after the first start.
      if (!EXAMPLE_COST_PLANS.some((plan) => plan.title === record.title)) await db.costPlans.add(withNewMeta(initialPlan(record.id, await loadSettings(db), today)));
      await appendChange(db, { table: 'proposals', recordId: record.id, action: 'create', summary: `Beispielvorschlag „${record.title}“ angelegt`, before: null, after: record });
    }
    const next: SeedState = { ...state, exampleDataSeeded: true, updatedAt: at, revision: state.revision + 1 };
    await db.settings.put(next as SettingsRow);
    return true;
  });
}

/** Removes every example proposal (and links to them) in one step; master data stays. */
export async function removeExampleData(db: IkzDatabase): Promise<number> {
  return db.transaction('rw', [db.proposals, db.settings, db.changeLog, db.costLines, db.costPlans], async () => {
    await db.costLines.filter((l) => l.isExample).delete();
    const all = await db.proposals.toArray();
    const examples = all.filter((p) => p.isExample);
    const exampleIds = new Set(examples.map((p) => p.id));
    for (const p of all) {
      if (p.isExample || !p.dependsOn.some((d) => exampleIds.has(d))) continue;
      const updated = withNextRevision(p, { dependsOn: p.dependsOn.filter((d) => !exampleIds.has(d)) });
      await db.proposals.put(updated);
      await appendChange(db, { table: 'proposals', recordId: p.id, action: 'update', summary: 'Abhängigkeit von Beispielvorschlag entfernt', before: p, after: updated });
    }
    for (const p of examples) {
      await db.costLines.where('proposalId').equals(p.id).delete();
      await db.costPlans.where('proposalId').equals(p.id).delete();
      await db.proposals.delete(p.id);
      await appendChange(db, { table: 'proposals', recordId: p.id, action: 'delete', summary: `Beispielvorschlag „${p.title}“ entfernt`, before: p, after: null });
    }
    return examples.length;
  });
}

/**
 * Adds example cost data to the example proposals once (also for installations that got
 * the example proposals before cost data existed). Proposals with own lines are skipped.
 */
export async function seedExampleCostsOnce(db: IkzDatabase): Promise<boolean> {
  return db.transaction('rw', [db.settings, db.parties, db.proposals, db.costLines, db.costPlans, db.changeLog], async () => {
    const state = await seedState(db);
    if (state.exampleCostsSeeded) return false;
    const parties = await db.parties.toArray();
    const proposals = (await db.proposals.toArray()).filter((p) => p.isExample);
    const at = nowIso();
    for (const plan of EXAMPLE_COST_PLANS) {
      const proposal = proposals.find((p) => p.title === plan.title);
      if (!proposal || (await db.costLines.where('proposalId').equals(proposal.id).count()) > 0) continue;
      const involved = [proposal.leadPartyId, ...proposal.participantIds]
        .map((id) => parties.find((p) => p.id === id))
        .filter((p): p is NonNullable<typeof p> => Boolean(p))
        .map((p) => ({ seedKey: p.seedKey ?? '', id: p.id, inhabitants: p.inhabitants }));
      const lead = involved.find((p) => p.id === proposal.leadPartyId)!;
      if (!(await db.costPlans.where('proposalId').equals(proposal.id).first())) {
        await db.costPlans.add(withNewMeta({ proposalId: proposal.id, period: plan.period, discounting: plan.discounting, allocation: plan.allocation(involved) }));
      }
      await db.costLines.bulkAdd(plan.lines(involved, lead).map((l) => withNewMeta({ ...l, proposalId: proposal.id, isExample: true })));
    }
    const next: SeedState = { ...state, exampleDataSeeded: state.exampleDataSeeded, exampleCostsSeeded: true, updatedAt: at, revision: state.revision + 1 };
    await db.settings.put(next as SettingsRow);
    return true;
  });
}

export async function initializeWorkspace(db: IkzDatabase, today: Date = new Date()): Promise<void> {
  await seedMasterData(db, today);
  await seedExampleDataOnce(db, today);
  await seedExampleCostsOnce(db);
}
