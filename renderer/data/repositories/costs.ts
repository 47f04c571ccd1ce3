/** Writes to cost lines and calculation plans: validated, one transaction, logged. */
import { amountsOutside, withoutOutside, yearList, type OutsideAmounts } from '../../domain/costs/outsidePeriod';
import { yearsOutside, type Allocation, type CostLine, type CostLineInput, type CostPlan, type Discounting, type Period } from '../../domain/costs/model';
import { costLineInputSchema, periodSchema } from '../../domain/costs/modelSchemas';
import { firstIssueMessage } from '../../domain/schemas';
import type { ChangeInput } from '../changeLog';
import { runCommand, type WritableTableName } from '../commands';
import type { CalculationSettings, IkzDatabase } from '../db';
import { nowIso, UserFacingError, withNewMeta, withNextRevision } from '../records';

/** Every cost write touches these (the plan gives the period; the proposal its parties). */
const COST_TABLES: WritableTableName[] = ['costLines', 'costPlans', 'proposals', 'parties'];
import { loadCalculationSettings, loadPlan } from './costPlans';

/** What to do with yearly amounts that a new period leaves outside. */
export type OutsideDecision = 'keep' | 'delete';

/** A period change would leave amounts outside the period; the caller must decide. */
export class AmountsOutsidePeriodError extends UserFacingError {
  constructor(
    readonly outside: OutsideAmounts,
    readonly period: Period,
  ) {
    super(
      `${outside.amounts === 1 ? 'Ein Betrag liegt' : `${outside.amounts} Beträge liegen`} außerhalb des neuen Zeitraums ${period.startYear}–${period.startYear + period.years - 1} (${yearList(outside.years)}, in ${outside.lineIds.length === 1 ? 'einer Zeile' : `${outside.lineIds.length} Zeilen`}). Bitte wählen, ob sie behalten (nicht berechnet) oder gelöscht werden.`,
    );
    this.name = 'AmountsOutsidePeriodError';
  }
}

/**
 * Saves a plan. When the period changes and yearly amounts would lie outside it, the
 * caller must say what happens to them (`outside`); without a decision nothing is saved
 * (AmountsOutsidePeriodError names the amounts). Plan and deletions are one transaction.
 */
export async function savePlan(
  db: IkzDatabase,
  proposalId: string,
  patch: { period?: Period; discounting?: Discounting; allocation?: Allocation },
  options: { outside?: OutsideDecision } = {},
): Promise<CostPlan> {
  if (patch.period) {
    const parsed = periodSchema.safeParse(patch.period);
    if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
  }
  return runCommand(db, COST_TABLES, async (tx) => {
    if (!(await db.proposals.get(proposalId))) throw new UserFacingError('Dieser Vorschlag wurde inzwischen gelöscht.');
    const existing = await db.costPlans.where('proposalId').equals(proposalId).first();
    const base = await loadPlan(db, proposalId);
    const periodChanged = patch.period && (patch.period.startYear !== base.period.startYear || patch.period.years !== base.period.years);
    if (patch.period && periodChanged) {
      const lines = await db.costLines.ofProposal(proposalId);
      const outside = amountsOutside(lines, patch.period);
      if (outside.amounts > 0 && !options.outside) throw new AmountsOutsidePeriodError(outside, patch.period);
      if (outside.amounts > 0 && options.outside === 'delete') {
        const affected = lines.filter((l) => outside.lineIds.includes(l.id));
        const updated = affected.map((l) => withNextRevision(l, { entry: withoutOutside(l, patch.period!).entry }));
        const log = updated.map((l, i): ChangeInput => ({
          table: 'costLines',
          recordId: l.id,
          action: 'update',
          summary: `Kostenzeile „${l.label}“: Beträge außerhalb des Zeitraums gelöscht`,
          before: affected[i]!,
          after: l,
        }));
        await tx.bulk('costLines', { put: updated, remove: [], log });
      }
    }
    // Saved in the form, the plan holds its own rate from now on (the one shown when saved).
    const fields = { period: base.period, discounting: base.discounting, allocation: base.allocation, ...patch, followsSettings: false };
    return existing
      ? tx.update('costPlans', existing, fields, 'Berechnungsgrundlagen geändert')
      : tx.create('costPlans', { proposalId, ...fields }, 'Berechnungsgrundlagen geändert');
  });
}

export interface CostLineChange {
  /** Lines to add (no id) or replace (with id). */
  upserts: (CostLineInput & { id?: string })[];
  deletions: string[];
}

const BULK_LOG_THRESHOLD = 200;

/** Applies a batch of edits to a proposal's cost lines atomically (grid save, import). */
export async function applyCostLineChanges(db: IkzDatabase, proposalId: string, change: CostLineChange): Promise<CostLine[]> {
  const validated = change.upserts.map((u, i) => {
    const parsed = costLineInputSchema.safeParse(u);
    if (!parsed.success) throw new UserFacingError(`Zeile ${i + 1}: ${firstIssueMessage(parsed.error)}`);
    if (parsed.data.proposalId !== proposalId) throw new UserFacingError(`Zeile ${i + 1} gehört zu einem anderen Vorschlag.`);
    return { ...parsed.data, id: u.id };
  });
  // Bulk reads and writes: an import of tens of thousands of rows stays one transaction
  // and close to the speed of a plain bulkPut.
  return runCommand(db, COST_TABLES, async (tx) => {
    const proposal = await db.proposals.get(proposalId);
    const period = (await loadPlan(db, proposalId)).period;
    if (!proposal) throw new UserFacingError('Dieser Vorschlag wurde inzwischen gelöscht.');
    const involved = new Set([proposal.leadPartyId, ...proposal.participantIds]);
    for (const [i, u] of validated.entries()) {
      if (u.partyId !== null && !involved.has(u.partyId)) {
        const party = await db.parties.get(u.partyId);
        throw new UserFacingError(
          `Zeile ${i + 1}: ${party?.name ?? 'Diese Kommune'} ist an diesem Vorschlag nicht beteiligt. Bitte die Kommune ändern oder sie zuerst beim Vorschlag eintragen.`,
        );
      }
    }
    const existingIds = validated.map((u) => u.id).filter((id): id is string => Boolean(id));
    const existing = new Map((await db.costLines.bulkGet(existingIds)).filter((l): l is CostLine => Boolean(l)).map((l) => [l.id, l]));
    const saved: CostLine[] = [];
    const log: ChangeInput[] = [];
    // A large batch of new lines (an import) is logged as one entry listing the new
    // records; per-line entries would double the writes and repeat what the lines hold.
    const bulkCreate = validated.length > BULK_LOG_THRESHOLD && validated.every((u) => !u.id);
    for (const u of validated) {
      const before = u.id ? existing.get(u.id) : undefined;
      const { id: _ignored, ...fields } = u;
      const record: CostLine = before ? withNextRevision(before, keepOutside(before, fields, period)) : withNewMeta(fields);
      saved.push(record);
      if (!bulkCreate)
        log.push({
          table: 'costLines',
          recordId: record.id,
          action: before ? 'update' : 'create',
          summary: `Kostenzeile „${record.label}“ ${before ? 'geändert' : 'angelegt'}`,
          before: before ?? null,
          after: record,
        });
    }
    if (bulkCreate) {
      log.push({
        table: 'costLines',
        recordId: proposalId,
        action: 'create',
        summary: `${saved.length} Kostenzeilen angelegt (Import)`,
        before: null,
        after: { costLines: saved.map((l) => l.id) },
      });
    }
    const removed = (await db.costLines.bulkGet(change.deletions)).filter((l): l is CostLine => Boolean(l));
    for (const l of removed)
      log.push({ table: 'costLines', recordId: l.id, action: 'delete', summary: `Kostenzeile „${l.label}“ gelöscht`, before: l, after: null });
    await tx.bulk('costLines', { put: saved, remove: removed, log });
    return saved;
  });
}

/**
 * The grid and the import edit the years of the period only; amounts a line keeps
 * outside the period (after „behalten“ on a period change) survive such an edit.
 */
function keepOutside(before: CostLine, fields: CostLineInput, period: Period): CostLineInput {
  if (before.entry.mode !== 'years' || fields.entry.mode !== 'years') return fields;
  const old = before.entry.byYear;
  const byYear = { ...fields.entry.byYear };
  const kept = yearsOutside(old, period).filter((y) => !(String(y) in byYear));
  if (kept.length === 0) return fields;
  for (const y of kept) byYear[String(y)] = old[String(y)]!;
  return { ...fields, entry: { mode: 'years', byYear } };
}

export async function saveCalculationSettings(
  db: IkzDatabase,
  patch: Partial<Pick<CalculationSettings, 'payRates' | 'scenarios'>>,
): Promise<CalculationSettings> {
  return runCommand(db, ['settings'], async (tx) => {
    const current = await loadCalculationSettings(db);
    const next: CalculationSettings = { ...current, ...patch, updatedAt: nowIso(), revision: current.revision + 1 };
    await tx.putSetting(next, {
      table: 'settings',
      recordId: 'calculation',
      action: 'update',
      summary: 'Personalkostensätze/Szenarien geändert',
      before: current,
      after: next,
    });
    return next;
  });
}

/** What is needed to take an import back: the proposal's lines before, and after it. */
export interface ImportUndo {
  proposalId: string;
  before: CostLine[];
  after: { id: string; revision: number }[];
}

/** Applies an import (see domain/costs/importPlan) in one transaction and returns how to undo it. */
export async function importCostLines(db: IkzDatabase, proposalId: string, change: CostLineChange): Promise<ImportUndo> {
  // The same tables as applyCostLineChanges (its command runs inside this one).
  return runCommand(db, COST_TABLES, async () => {
    const before = await db.costLines.ofProposal(proposalId);
    await applyCostLineChanges(db, proposalId, change);
    const after = await db.costLines.ofProposal(proposalId);
    return { proposalId, before, after: after.map((l) => ({ id: l.id, revision: l.revision })) };
  });
}

/**
 * Restores the lines as they were before an import, in one transaction. Refused when the
 * lines changed since the import (undoing would silently drop those later edits).
 */
export async function undoCostImport(db: IkzDatabase, undo: ImportUndo): Promise<void> {
  await runCommand(db, ['costLines'], async (tx) => {
    const current = await db.costLines.ofProposal(undo.proposalId);
    const expected = new Map(undo.after.map((a) => [a.id, a.revision]));
    if (current.length !== expected.size || current.some((l) => expected.get(l.id) !== l.revision)) {
      throw new UserFacingError(
        'Die Kosten wurden nach dem Import noch einmal geändert; der Import lässt sich deshalb nicht mehr rückgängig machen. Bitte die Zeilen in der Tabelle korrigieren.',
      );
    }
    const revisions = new Map(current.map((l) => [l.id, l.revision]));
    const now = nowIso();
    // Same ids and contents as before; the revision still moves on, so copies of this data elsewhere see a change.
    const restored = undo.before.map((l) => ({ ...l, revision: Math.max(l.revision, revisions.get(l.id) ?? 0) + 1, updatedAt: now }));
    const keep = new Set(undo.before.map((l) => l.id));
    const summary = `Import rückgängig gemacht: ${restored.length} Kostenzeilen wie vorher`;
    await tx.bulk('costLines', {
      put: restored,
      remove: current.filter((l) => !keep.has(l.id)),
      log: [{ table: 'costLines', recordId: undo.proposalId, action: 'update', summary, before: null, after: null }],
    });
  });
}
