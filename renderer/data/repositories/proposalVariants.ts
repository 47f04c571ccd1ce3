/**
 * Keeps a what-if from the presentation as its own proposal: a copy with the changed
 * parties and discount rate, its cost lines (those of parties that stay, and the joint
 * ones), status „Idee“. The original proposal, its figures and its history stay exactly
 * as they were, so a variant tried in a meeting never overwrites what the towns agreed on.
 */
import type { CostLine } from '../../domain/costs/model';
import { firstIssueMessage, proposalInputSchema, type Proposal, type ProposalInput } from '../../domain/schemas';
import type { ProposalStatus } from '../../domain/status';
import { runCommand, type WritableTableName } from '../commands';
import type { IkzDatabase } from '../db';
import { nowIso, UserFacingError, withNewMeta } from '../records';
import { loadPlan } from './costPlans';

export interface VariantSpec {
  /** Parties of the variant, lead first. */
  partyIds: string[];
  /** A flat discount rate for the variant, or null to keep the original's discounting. */
  ratePercent: number | null;
  /** What the variant changes, in words („ohne Selm · Zinssatz 2,00 %“). */
  note: string;
}

const TABLES: WritableTableName[] = ['proposals', 'costPlans', 'costLines', 'parties', 'areas'];

export async function saveProposalVariant(db: IkzDatabase, sourceId: string, spec: VariantSpec): Promise<Proposal> {
  if (spec.partyIds.length === 0) throw new UserFacingError('Eine Variante braucht mindestens eine beteiligte Kommune.');
  return runCommand(db, TABLES, async (tx) => {
    const source = await db.proposals.get(sourceId);
    if (!source) throw new UserFacingError('Dieser Vorschlag wurde inzwischen gelöscht; die Variante wurde nicht gespeichert.');
    const [lead, ...others] = spec.partyIds;
    const suffix = ' – Variante';
    const intro = `Variante von „${source.title}“ (${spec.note}), in der Präsentation gerechnet und gespeichert.`;
    const input: ProposalInput = {
      title: source.title.slice(0, 200 - suffix.length) + suffix,
      areaId: source.areaId,
      leadPartyId: lead!,
      participantIds: others,
      description: `${intro}\n\n${source.description}`.slice(0, 10_000),
      goals: source.goals,
      benefits: source.benefits,
      risks: source.risks,
      responsible: source.responsible,
      nextMeetingId: null,
      dependsOn: source.dependsOn,
    };
    const parsed = proposalInputSchema.safeParse(input);
    if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
    const status: ProposalStatus = 'idee';
    const copy: Proposal = await tx.create(
      'proposals',
      { ...parsed.data, status, statusReason: '', statusHistory: [{ status, at: nowIso(), by: tx.by, reason: intro }], isExample: false },
      `Vorschlag „${parsed.data.title}“ als Variante von „${source.title}“ angelegt`,
    );
    const plan = await loadPlan(db, sourceId);
    await tx.create(
      'costPlans',
      {
        proposalId: copy.id,
        period: plan.period,
        allocation: plan.allocation,
        discounting: spec.ratePercent === null ? plan.discounting : { mode: 'flat' as const, ratePercent: spec.ratePercent },
        followsSettings: spec.ratePercent === null ? plan.followsSettings : false,
      },
      'Berechnungsgrundlagen der Variante angelegt',
    );
    const members = new Set(spec.partyIds);
    const lines = (await db.costLines.ofProposal(sourceId)).filter((l) => l.partyId === null || members.has(l.partyId));
    const copies: CostLine[] = lines.map(({ id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields }) =>
      withNewMeta({ ...fields, proposalId: copy.id, isExample: false }),
    );
    if (copies.length > 0)
      await tx.bulk('costLines', {
        put: copies,
        remove: [],
        log: [
          {
            table: 'costLines',
            recordId: copy.id,
            action: 'create',
            summary: `${copies.length} Kostenzeilen in die Variante übernommen`,
            before: null,
            after: { costLines: copies.map((l) => l.id) },
          },
        ],
      });
    return copy;
  });
}
