/**
 * First-start seeding (started by initializeWorkspace.ts when something is missing). Idempotent: shipped records are recognised by their `seedKey`,
 * so running it again (every start does) adds nothing twice and never overwrites what
 * the user edited.
 */
import { EXAMPLE_COST_PLANS } from '../domain/exampleCosts';
import { EXAMPLE_PROPOSALS, exampleAgenda, exampleStatusHistory } from '../domain/exampleData';
import { IKZ_AREAS, KREIS_UNNA_PARTIES, upcomingMeetings } from '../domain/masterData';
import type { Proposal } from '../domain/schemas';
import { newId } from '../domain/ids';
import type { IkzDatabase, SeedState, SettingsRow } from './db';
import { runCommand } from './commands';
import { nowIso, withNewMeta } from './records';
import { removeFromAllAgendas } from './repositories/agendaLinks';
import { initialPlan } from './repositories/costPlans';
import { loadSettings } from './repositories/settings';
import { seedState } from './seedState';

/** Adds the shipped master data that is missing; returns the ids of the meetings it added. */
export async function seedMasterData(db: IkzDatabase, today: Date = new Date()): Promise<string[]> {
  // Shipped master data is written through the command layer, unlogged: nobody changed anything.
  return runCommand(db, ['parties', 'areas', 'meetings'], async (tx) => {
    const parties = [];
    for (const party of KREIS_UNNA_PARTIES) {
      if (!(await db.parties.where('seedKey').equals(party.seedKey).first())) parties.push(withNewMeta({ ...party }));
    }
    await tx.bulk('parties', { put: parties, remove: [], log: [] });
    const areas = [];
    for (const area of IKZ_AREAS) {
      if (!(await db.areas.where('seedKey').equals(area.seedKey).first())) areas.push(withNewMeta({ ...area }));
    }
    await tx.bulk('areas', { put: areas, remove: [], log: [] });
    // Meetings are only added while none is planned: once the user has meetings ahead,
    // the app does not add further ones behind their back.
    const todayIso = today.toISOString().slice(0, 10);
    const ahead = await db.meetings.where('date').aboveOrEqual(todayIso).count();
    if (ahead === 0) {
      const meetings = [];
      for (const m of upcomingMeetings(today)) {
        if (!(await db.meetings.where('seedKey').equals(m.seedKey).first())) meetings.push(withNewMeta({ ...m }));
      }
      await tx.bulk('meetings', { put: meetings, remove: [], log: [] });
      return meetings.map((m) => m.id);
    }
    return [];
  });
}

/**
 * Adds the example proposals once per installation; removing them later is final.
 * `newMeetingIds`: the meetings seeded in this same start, which get the example agendas.
 */
export async function seedExampleDataOnce(db: IkzDatabase, today: Date = new Date(), newMeetingIds: readonly string[] = []): Promise<boolean> {
  return runCommand(db, ['settings', 'parties', 'areas', 'meetings', 'proposals', 'costPlans'], async (tx) => {
    const state = await seedState(db);
    if (state.exampleDataSeeded) return false;
    const partyId = new Map((await db.parties.toArray()).map((p) => [p.seedKey, p.id]));
    const areaId = new Map((await db.areas.toArray()).map((a) => [a.seedKey, a.id]));
    const meetings = await db.meetings.orderBy('date').toArray();
    const ids = new Map(EXAMPLE_PROPOSALS.map((e) => [e.key, newId()]));
    const settings = await loadSettings(db);
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
      await tx.bulk('proposals', {
        put: [record],
        remove: [],
        log: [
          { table: 'proposals', recordId: record.id, action: 'create', summary: `Beispielvorschlag „${record.title}“ angelegt`, before: null, after: record },
        ],
      });
      // Every proposal gets a stored plan when it is created; example cost data brings its
      // own (seedExampleCostsOnce), the others start the year after the first start.
      if (!EXAMPLE_COST_PLANS.some((plan) => plan.title === record.title)) {
        await tx.bulk('costPlans', { put: [withNewMeta(initialPlan(record.id, settings, today))], remove: [], log: [] });
      }
    }
    // The example meetings get the example proposals planned for them as agenda: only
    // meetings shipped in this same first start, so an existing database (also one that
    // gets the examples late, from before the seed state) keeps its meetings as they are.
    const agendas = meetings
      .filter((m) => newMeetingIds.includes(m.id))
      .map((m, index) => ({ m, items: exampleAgenda(index) }))
      .filter(({ m, items }) => m.agenda.length === 0 && items.length > 0);
    await tx.bulk('meetings', {
      put: agendas.map(({ m, items }) => ({
        ...m,
        agenda: items.map((i) => ({ id: newId(), proposalId: ids.get(i.key)!, decisionRequested: i.decisionRequested, outcome: null })),
        updatedAt: at,
        revision: m.revision + 1,
      })),
      remove: [],
      log: [],
    });
    const next: SeedState = { ...state, exampleDataSeeded: true, updatedAt: at, revision: state.revision + 1 };
    await tx.putSetting(next as SettingsRow & { id: string }, null);
    return true;
  });
}

/** Removes every example proposal (and links to them) in one step; master data stays. */
export async function removeExampleData(db: IkzDatabase): Promise<number> {
  return runCommand(db, ['proposals', 'costLines', 'costPlans', 'meetings'], async (tx) => {
    const all = await db.proposals.toArray();
    const examples = all.filter((p) => p.isExample);
    const exampleIds = new Set(examples.map((p) => p.id));
    const lines = (await db.costLines.toArray()).filter((l) => l.isExample || exampleIds.has(l.proposalId));
    await tx.bulk('costLines', { put: [], remove: lines, log: [] });
    for (const p of all) {
      if (p.isExample || !p.dependsOn.some((d) => exampleIds.has(d))) continue;
      await tx.update('proposals', p, { dependsOn: p.dependsOn.filter((d) => !exampleIds.has(d)) }, 'Abhängigkeit von Beispielvorschlag entfernt');
    }
    const plans = await db.costPlans.filter((plan) => exampleIds.has(plan.proposalId)).toArray();
    await tx.bulk('costPlans', { put: [], remove: plans, log: [] });
    for (const p of examples) {
      // Their agenda items go too (the example meetings' agendas), as when a proposal is deleted.
      await removeFromAllAgendas(tx, p);
      await tx.remove('proposals', p, `Beispielvorschlag „${p.title}“ entfernt`);
    }
    return examples.length;
  });
}

/**
 * Adds example cost data to the example proposals once (also for installations that got
 * the example proposals before cost data existed). Proposals with own lines are skipped.
 */
export async function seedExampleCostsOnce(db: IkzDatabase): Promise<boolean> {
  return runCommand(db, ['settings', 'parties', 'proposals', 'costLines', 'costPlans'], async (tx) => {
    const state = await seedState(db);
    if (state.exampleCostsSeeded) return false;
    const parties = await db.parties.toArray();
    const proposals = (await db.proposals.toArray()).filter((p) => p.isExample);
    const settings = await loadSettings(db);
    const at = nowIso();
    for (const plan of EXAMPLE_COST_PLANS) {
      const proposal = proposals.find((p) => p.title === plan.title);
      if (!proposal || (await db.costLines.countOfProposal(proposal.id)) > 0) continue;
      const involved = [proposal.leadPartyId, ...proposal.participantIds]
        .map((id) => parties.find((p) => p.id === id))
        .filter((p): p is NonNullable<typeof p> => Boolean(p))
        .map((p) => ({ seedKey: p.seedKey ?? '', id: p.id, inhabitants: p.inhabitants }));
      const lead = involved.find((p) => p.id === proposal.leadPartyId)!;
      if (!(await db.costPlans.where('proposalId').equals(proposal.id).first())) {
        // Example plans at the default rate follow Einstellungen like any plan nobody saved,
        // so a new default rate visibly changes the example figures too.
        const followsSettings = plan.discounting.mode === 'flat' && plan.discounting.ratePercent === settings.discountRatePercent;
        const stored = withNewMeta({
          proposalId: proposal.id,
          period: plan.period,
          discounting: plan.discounting,
          allocation: plan.allocation(involved),
          followsSettings,
        });
        await tx.bulk('costPlans', { put: [stored], remove: [], log: [] });
      }
      await tx.bulk('costLines', {
        put: plan.lines(involved, lead).map((l) => withNewMeta({ ...l, proposalId: proposal.id, isExample: true })),
        remove: [],
        log: [],
      });
    }
    const next: SeedState = { ...state, exampleDataSeeded: state.exampleDataSeeded, exampleCostsSeeded: true, updatedAt: at, revision: state.revision + 1 };
    await tx.putSetting(next as SettingsRow & { id: string }, null);
    return true;
  });
}
