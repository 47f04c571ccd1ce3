/** All writes to proposals: validated, in one transaction, with a change-log entry. */
import type { CostLine, CostPlan } from '../../domain/costs/model';
import { wouldCreateCycle } from '../../domain/dependencies';
import { firstIssueMessage, proposalInputSchema, type Proposal, type ProposalInput } from '../../domain/schemas';
import { checkTransition, STATUS_LABELS, type ProposalStatus } from '../../domain/status';
import { appendChange } from '../changeLog';
import type { IkzDatabase } from '../db';
import { nowIso, UserFacingError, withNewMeta, withNextRevision } from '../records';
import { initialPlan } from './costs';
import { loadSettings } from './settings';

function validInput(input: ProposalInput): ProposalInput {
  const parsed = proposalInputSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
  return parsed.data;
}

async function userName(db: IkzDatabase): Promise<string> {
  const s = await db.settings.get('settings');
  return s && 'userName' in s ? s.userName : 'Unbekannt';
}

async function checkReferences(db: IkzDatabase, id: string | null, input: ProposalInput): Promise<void> {
  if (!(await db.areas.get(input.areaId))) throw new UserFacingError('Das gewählte Aufgabenfeld gibt es nicht mehr. Bitte ein anderes auswählen.');
  const partyIds = [input.leadPartyId, ...input.participantIds];
  const parties = await db.parties.bulkGet(partyIds);
  if (parties.some((p) => !p)) throw new UserFacingError('Eine gewählte Kommune gibt es nicht mehr. Bitte die Beteiligten prüfen.');
  if (id && input.dependsOn.includes(id)) throw new UserFacingError('Ein Vorschlag kann nicht von sich selbst abhängen.');
  const all = await db.proposals.toArray();
  const known = new Set(all.map((p) => p.id));
  if (input.dependsOn.some((d) => !known.has(d))) throw new UserFacingError('Ein Vorschlag, von dem dieser abhängen soll, wurde gelöscht. Bitte die Abhängigkeiten prüfen.');
  if (id && wouldCreateCycle(id, input.dependsOn, all)) {
    throw new UserFacingError('Diese Abhängigkeit ergäbe einen Kreis (die Vorschläge würden aufeinander warten). Bitte eine Abhängigkeit entfernen.');
  }
}

const TABLES = (db: IkzDatabase) => [db.proposals, db.areas, db.parties, db.settings, db.changeLog, db.costLines, db.costPlans];

/** Creates a proposal with its plan: the start year is fixed now (the year after `today`). */
export async function createProposal(db: IkzDatabase, input: ProposalInput, isExample = false, today: Date = new Date()): Promise<Proposal> {
  const data = validInput(input);
  return db.transaction('rw', TABLES(db), async () => {
    await checkReferences(db, null, data);
    const by = await userName(db);
    const record: Proposal = withNewMeta({
      ...data,
      status: 'idee' as ProposalStatus,
      statusReason: '',
      statusHistory: [{ status: 'idee' as ProposalStatus, at: nowIso(), by, reason: '' }],
      isExample,
    });
    await db.proposals.add(record);
    await db.costPlans.add(withNewMeta(initialPlan(record.id, await loadSettings(db), today)));
    await appendChange(db, { table: 'proposals', recordId: record.id, action: 'create', summary: `Vorschlag „${record.title}“ angelegt`, before: null, after: record });
    return record;
  });
}

async function loadOrFail(db: IkzDatabase, id: string): Promise<Proposal> {
  const existing = await db.proposals.get(id);
  if (!existing) throw new UserFacingError('Dieser Vorschlag wurde inzwischen gelöscht.');
  return existing;
}

export async function updateProposal(db: IkzDatabase, id: string, input: ProposalInput, expectedRevision?: number): Promise<Proposal> {
  const data = validInput(input);
  return db.transaction('rw', TABLES(db), async () => {
    const existing = await loadOrFail(db, id);
    if (expectedRevision !== undefined && existing.revision !== expectedRevision) {
      throw new UserFacingError('Der Vorschlag wurde inzwischen an anderer Stelle geändert. Bitte die Seite neu öffnen und die Änderung erneut eintragen.');
    }
    await checkReferences(db, id, data);
    const updated = withNextRevision(existing, data);
    await db.proposals.put(updated);
    await appendChange(db, { table: 'proposals', recordId: id, action: 'update', summary: `Vorschlag „${updated.title}“ geändert`, before: existing, after: updated });
    return updated;
  });
}

export async function changeProposalStatus(db: IkzDatabase, id: string, target: ProposalStatus, reason: string): Promise<Proposal> {
  return db.transaction('rw', TABLES(db), async () => {
    const existing = await loadOrFail(db, id);
    const check = checkTransition(existing.status, target, reason, existing.statusHistory);
    if (!check.ok) throw new UserFacingError(check.message);
    const by = await userName(db);
    const updated = withNextRevision(existing, {
      status: target,
      statusReason: reason.trim(),
      statusHistory: [...existing.statusHistory, { status: target, at: nowIso(), by, reason: reason.trim() }],
    });
    await db.proposals.put(updated);
    await appendChange(db, {
      table: 'proposals',
      recordId: id,
      action: 'update',
      summary: `Status von „${STATUS_LABELS[existing.status]}“ auf „${STATUS_LABELS[target]}“ geändert`,
      before: existing,
      after: updated,
    });
    return updated;
  });
}

export interface DeletedProposal {
  proposal: Proposal;
  costLines: CostLine[];
  costPlan: CostPlan | undefined;
  /** Other proposals that listed this one as a dependency, before the link was removed. */
  dependents: Proposal[];
}

/** Deletes a proposal and the links to it; returns what is needed to undo. */
export async function deleteProposal(db: IkzDatabase, id: string): Promise<DeletedProposal> {
  return db.transaction('rw', TABLES(db), async () => {
    const proposal = await loadOrFail(db, id);
    const dependents = await db.proposals.where('dependsOn').equals(id).toArray();
    for (const d of dependents) {
      const updated = withNextRevision(d, { dependsOn: d.dependsOn.filter((x) => x !== id) });
      await db.proposals.put(updated);
      await appendChange(db, { table: 'proposals', recordId: d.id, action: 'update', summary: `Abhängigkeit von „${proposal.title}“ entfernt (gelöscht)`, before: d, after: updated });
    }
    const costLines = await db.costLines.where('proposalId').equals(id).toArray();
    const costPlan = await db.costPlans.where('proposalId').equals(id).first();
    await db.costLines.where('proposalId').equals(id).delete();
    await db.costPlans.where('proposalId').equals(id).delete();
    await db.proposals.delete(id);
    await appendChange(db, { table: 'proposals', recordId: id, action: 'delete', summary: `Vorschlag „${proposal.title}“ gelöscht (mit ${costLines.length} Kostenzeilen)`, before: proposal, after: null });
    return { proposal, dependents, costLines, costPlan };
  });
}

/** Undo of `deleteProposal`: puts the proposal back and restores the links to it. */
export async function restoreProposal(db: IkzDatabase, deleted: DeletedProposal): Promise<void> {
  await db.transaction('rw', TABLES(db), async () => {
    const restored = withNextRevision(deleted.proposal, {});
    await db.proposals.put(restored);
    await db.costLines.bulkPut(deleted.costLines);
    if (deleted.costPlan) await db.costPlans.put(deleted.costPlan);
    await appendChange(db, { table: 'proposals', recordId: restored.id, action: 'create', summary: `Vorschlag „${restored.title}“ wiederhergestellt`, before: null, after: restored });
    for (const d of deleted.dependents) {
      const current = await db.proposals.get(d.id);
      if (!current || current.dependsOn.includes(restored.id)) continue;
      const updated = withNextRevision(current, { dependsOn: [...current.dependsOn, restored.id] });
      await db.proposals.put(updated);
      await appendChange(db, { table: 'proposals', recordId: d.id, action: 'update', summary: `Abhängigkeit von „${restored.title}“ wiederhergestellt`, before: current, after: updated });
    }
  });
}

export function proposalToInput(p: Proposal): ProposalInput {
  return {
    title: p.title,
    areaId: p.areaId,
    leadPartyId: p.leadPartyId,
    participantIds: p.participantIds,
    description: p.description,
    goals: p.goals,
    benefits: p.benefits,
    risks: p.risks,
    responsible: p.responsible,
    nextMeetingId: p.nextMeetingId,
    dependsOn: p.dependsOn,
  };
}
