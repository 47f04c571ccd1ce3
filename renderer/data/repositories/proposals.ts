/** All writes to proposals: validated, in one transaction, with a change-log entry. */
import type { CostLine, CostPlan } from '../../domain/costs/model';
import { wouldCreateCycle } from '../../domain/dependencies';
import { firstIssueMessage, proposalInputSchema, type Proposal, type ProposalInput } from '../../domain/schemas';
import { checkTransition, STATUS_LABELS, statusReasonFor, type ProposalStatus } from '../../domain/status';
import { runCommand, type WritableTableName, type WriteTx } from '../commands';
import type { IkzDatabase } from '../db';
import { nowIso, UserFacingError } from '../records';
import { initialPlan } from './costPlans';
import { removeFromAllAgendas, restoreToAgendas, type RemovedAgendaItem } from './agendaLinks';
import { loadSettings } from './settings';

function validInput(input: ProposalInput): ProposalInput {
  const parsed = proposalInputSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
  return parsed.data;
}

async function checkReferences(db: IkzDatabase, id: string | null, input: ProposalInput): Promise<void> {
  if (!(await db.areas.get(input.areaId))) throw new UserFacingError('Das gewählte Aufgabenfeld gibt es nicht mehr. Bitte ein anderes auswählen.');
  const partyIds = [input.leadPartyId, ...input.participantIds];
  const parties = await db.parties.bulkGet(partyIds);
  if (parties.some((p) => !p)) throw new UserFacingError('Eine gewählte Kommune gibt es nicht mehr. Bitte die Beteiligten prüfen.');
  if (id && input.dependsOn.includes(id)) throw new UserFacingError('Ein Vorschlag kann nicht von sich selbst abhängen.');
  const all = await db.proposals.toArray();
  const known = new Set(all.map((p) => p.id));
  if (input.dependsOn.some((d) => !known.has(d)))
    throw new UserFacingError('Ein Vorschlag, von dem dieser abhängen soll, wurde gelöscht. Bitte die Abhängigkeiten prüfen.');
  if (id && wouldCreateCycle(id, input.dependsOn, all)) {
    throw new UserFacingError('Diese Abhängigkeit ergäbe einen Kreis (die Vorschläge würden aufeinander warten). Bitte eine Abhängigkeit entfernen.');
  }
}

const TABLES: WritableTableName[] = ['proposals', 'areas', 'parties', 'costLines', 'costPlans', 'meetings'];

/** Creates a proposal with its plan: the start year is fixed now (the year after `today`). */
export async function createProposal(db: IkzDatabase, input: ProposalInput, isExample = false, today: Date = new Date()): Promise<Proposal> {
  const data = validInput(input);
  return runCommand(db, TABLES, async (tx) => {
    await checkReferences(db, null, data);
    const fields = {
      ...data,
      status: 'idee' as ProposalStatus,
      statusReason: '',
      statusHistory: [{ status: 'idee' as ProposalStatus, at: nowIso(), by: tx.by, reason: '' }],
      isExample,
    };
    const record: Proposal = await tx.create('proposals', fields, `Vorschlag „${data.title}“ angelegt`);
    await tx.create('costPlans', initialPlan(record.id, await loadSettings(db), today), 'Berechnungsgrundlagen angelegt');
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
  return runCommand(db, TABLES, async (tx) => {
    const existing = await loadOrFail(db, id);
    if (expectedRevision !== undefined && existing.revision !== expectedRevision) {
      throw new UserFacingError('Der Vorschlag wurde inzwischen an anderer Stelle geändert. Bitte die Seite neu öffnen und die Änderung erneut eintragen.');
    }
    await checkReferences(db, id, data);
    return tx.update('proposals', existing, data, `Vorschlag „${data.title}“ geändert`);
  });
}

export async function changeProposalStatus(db: IkzDatabase, id: string, target: ProposalStatus, reason: string): Promise<Proposal> {
  return runCommand(db, TABLES, (tx) => changeStatusIn(tx, id, target, reason));
}

/**
 * The status change inside a running command, so that another command (an outcome recorded
 * in a meeting) writes status history and change log exactly as the manual change does, in
 * its own transaction. `note` is appended to the change-log summary (e.g. the meeting).
 */
export async function changeStatusIn(tx: WriteTx, id: string, target: ProposalStatus, reason: string, note = ''): Promise<Proposal> {
  const existing = await loadOrFail(tx.db, id);
  const check = checkTransition(existing.status, target, reason, existing.statusHistory);
  if (!check.ok) throw new UserFacingError(check.message);
  const patch = {
    status: target,
    statusReason: statusReasonFor(target, reason),
    statusHistory: [...existing.statusHistory, { status: target, at: nowIso(), by: tx.by, reason: reason.trim() }],
  };
  return tx.update('proposals', existing, patch, `Status von „${STATUS_LABELS[existing.status]}“ auf „${STATUS_LABELS[target]}“ geändert${note}`);
}

export interface DeletedProposal {
  proposal: Proposal;
  costLines: CostLine[];
  costPlan: CostPlan | undefined;
  /** Other proposals that listed this one as a dependency, before the link was removed. */
  dependents: Proposal[];
  /** Agenda items of this proposal that were taken off meetings' agendas, with their place. */
  agendaItems: RemovedAgendaItem[];
}

/** Deletes a proposal and the links to it; returns what is needed to undo. */
export async function deleteProposal(db: IkzDatabase, id: string): Promise<DeletedProposal> {
  return runCommand(db, TABLES, async (tx) => {
    const proposal = await loadOrFail(db, id);
    const dependents = await db.proposals.where('dependsOn').equals(id).toArray();
    for (const d of dependents)
      await tx.update('proposals', d, { dependsOn: d.dependsOn.filter((x) => x !== id) }, `Abhängigkeit von „${proposal.title}“ entfernt (gelöscht)`);
    const costLines = await db.costLines.ofProposal(id);
    const costPlan = await db.costPlans.where('proposalId').equals(id).first();
    // Lines and plan leave tombstones too; the proposal's own entry says how many lines went.
    await tx.bulk('costLines', { put: [], remove: costLines, log: [] });
    if (costPlan) await tx.bulk('costPlans', { put: [], remove: [costPlan], log: [] });
    // An agenda item without its proposal would be an empty line in the minutes: it goes too.
    const agendaItems = await removeFromAllAgendas(tx, proposal);
    await tx.remove('proposals', proposal, `Vorschlag „${proposal.title}“ gelöscht (mit ${costLines.length} Kostenzeilen)`);
    return { proposal, dependents, costLines, costPlan, agendaItems };
  });
}

/** Undo of `deleteProposal`: puts the proposal back and restores the links to it. */
export async function restoreProposal(db: IkzDatabase, deleted: DeletedProposal): Promise<void> {
  await runCommand(db, TABLES, async (tx) => {
    const restored = await tx.restore('proposals', deleted.proposal, `Vorschlag „${deleted.proposal.title}“ wiederhergestellt`);
    await tx.restoreMany('costLines', deleted.costLines);
    if (deleted.costPlan) await tx.restoreMany('costPlans', [deleted.costPlan]);
    for (const d of deleted.dependents) {
      const current = await db.proposals.get(d.id);
      if (!current || current.dependsOn.includes(restored.id)) continue;
      await tx.update('proposals', current, { dependsOn: [...current.dependsOn, restored.id] }, `Abhängigkeit von „${restored.title}“ wiederhergestellt`);
    }
    await restoreToAgendas(tx, restored, deleted.agendaItems);
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
