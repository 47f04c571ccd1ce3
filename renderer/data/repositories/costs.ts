/** Writes to cost lines and calculation plans: validated, one transaction, logged. */
import { costLineInputSchema, DEFAULT_ALLOCATION, periodSchema, type Allocation, type CostLine, type CostLineInput, type CostPlan, type Discounting, type Period } from '../../domain/costs/model';
import { DEFAULT_PAY_RATES } from '../../domain/costs/payRates';
import { DEFAULT_SCENARIOS } from '../../domain/costs/scenarios';
import { firstIssueMessage, type ChangeLogEntry } from '../../domain/schemas';
import { appendChange, changeEntry, currentUserName } from '../changeLog';
import type { CalculationSettings, IkzDatabase } from '../db';
import { nowIso, UserFacingError, withNewMeta, withNextRevision } from '../records';
import { loadSettings } from './settings';

function defaultPlan(proposalId: string, settings: { observationYears: number; discountRatePercent: number }): CostPlan {
  return {
    id: '',
    proposalId,
    period: { startYear: new Date().getFullYear() + 1, years: settings.observationYears },
    discounting: { mode: 'flat', ratePercent: settings.discountRatePercent },
    allocation: DEFAULT_ALLOCATION,
    createdAt: '',
    updatedAt: '',
    revision: 0,
  };
}

/** The plan of a proposal, or the defaults from the settings when none is stored yet. */
export async function loadPlan(db: IkzDatabase, proposalId: string): Promise<CostPlan> {
  const stored = await db.costPlans.where('proposalId').equals(proposalId).first();
  return stored ?? defaultPlan(proposalId, await loadSettings(db));
}

/** Plans of all given proposals in one read (the dashboard needs every one). */
export async function loadPlans(db: IkzDatabase, proposalIds: readonly string[]): Promise<Map<string, CostPlan>> {
  const [stored, settings] = await Promise.all([db.costPlans.toArray(), loadSettings(db)]);
  const byProposal = new Map(stored.map((p) => [p.proposalId, p]));
  return new Map(proposalIds.map((id) => [id, byProposal.get(id) ?? defaultPlan(id, settings)]));
}

export async function savePlan(db: IkzDatabase, proposalId: string, patch: { period?: Period; discounting?: Discounting; allocation?: Allocation }): Promise<CostPlan> {
  if (patch.period) {
    const parsed = periodSchema.safeParse(patch.period);
    if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
  }
  return db.transaction('rw', [db.costPlans, db.settings, db.changeLog, db.proposals], async () => {
    if (!(await db.proposals.get(proposalId))) throw new UserFacingError('Dieser Vorschlag wurde inzwischen gelöscht.');
    const existing = await db.costPlans.where('proposalId').equals(proposalId).first();
    const base = existing ?? (await loadPlan(db, proposalId));
    const next: CostPlan = existing ? withNextRevision(existing, patch) : withNewMeta({ proposalId, period: base.period, discounting: base.discounting, allocation: base.allocation, ...patch });
    await db.costPlans.put(next);
    await appendChange(db, { table: 'costPlans', recordId: next.id, action: existing ? 'update' : 'create', summary: 'Berechnungsgrundlagen geändert', before: existing ?? null, after: next });
    return next;
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
  return db.transaction('rw', [db.costLines, db.proposals, db.parties, db.settings, db.changeLog], async () => {
    const proposal = await db.proposals.get(proposalId);
    if (!proposal) throw new UserFacingError('Dieser Vorschlag wurde inzwischen gelöscht.');
    const involved = new Set([proposal.leadPartyId, ...proposal.participantIds]);
    for (const [i, u] of validated.entries()) {
      if (u.partyId !== null && !involved.has(u.partyId)) {
        const party = await db.parties.get(u.partyId);
        throw new UserFacingError(`Zeile ${i + 1}: ${party?.name ?? 'Diese Kommune'} ist an diesem Vorschlag nicht beteiligt. Bitte die Kommune ändern oder sie zuerst beim Vorschlag eintragen.`);
      }
    }
    const by = await currentUserName(db);
    const existingIds = validated.map((u) => u.id).filter((id): id is string => Boolean(id));
    const existing = new Map((await db.costLines.bulkGet(existingIds)).filter((l): l is CostLine => Boolean(l)).map((l) => [l.id, l]));
    const saved: CostLine[] = [];
    const log: ChangeLogEntry[] = [];
    // A large batch of new lines (an import) is logged as one entry listing the new
    // records; per-line entries would double the writes and repeat what the lines hold.
    const bulkCreate = validated.length > BULK_LOG_THRESHOLD && validated.every((u) => !u.id);
    for (const u of validated) {
      const before = u.id ? existing.get(u.id) : undefined;
      const { id: _ignored, ...fields } = u;
      const record: CostLine = before ? withNextRevision(before, fields) : withNewMeta(fields);
      saved.push(record);
      if (!bulkCreate) log.push(changeEntry(by, { table: 'costLines', recordId: record.id, action: before ? 'update' : 'create', summary: `Kostenzeile „${record.label}“ ${before ? 'geändert' : 'angelegt'}`, before: before ?? null, after: record }));
    }
    if (bulkCreate) {
      const entry = changeEntry(by, { table: 'costLines', recordId: proposalId, action: 'create', summary: `${saved.length} Kostenzeilen angelegt (Import)`, before: null, after: null });
      entry.changes = [{ field: 'costLines', before: null, after: saved.map((l) => l.id) }];
      log.push(entry);
    }
    const removed = (await db.costLines.bulkGet(change.deletions)).filter((l): l is CostLine => Boolean(l));
    for (const l of removed) log.push(changeEntry(by, { table: 'costLines', recordId: l.id, action: 'delete', summary: `Kostenzeile „${l.label}“ gelöscht`, before: l, after: null }));
    await db.costLines.bulkPut(saved);
    await db.costLines.bulkDelete(removed.map((l) => l.id));
    await db.changeLog.bulkAdd(log);
    return saved;
  });
}

export async function loadCalculationSettings(db: IkzDatabase): Promise<CalculationSettings> {
  const row = await db.settings.get('calculation');
  if (row && row.id === 'calculation') return row as CalculationSettings;
  return { id: 'calculation', payRates: [...DEFAULT_PAY_RATES], scenarios: DEFAULT_SCENARIOS, updatedAt: nowIso(), revision: 0 };
}

export async function saveCalculationSettings(db: IkzDatabase, patch: Partial<Pick<CalculationSettings, 'payRates' | 'scenarios'>>): Promise<CalculationSettings> {
  return db.transaction('rw', [db.settings, db.changeLog], async () => {
    const current = await loadCalculationSettings(db);
    const next: CalculationSettings = { ...current, ...patch, updatedAt: nowIso(), revision: current.revision + 1 };
    await db.settings.put(next);
    await appendChange(db, { table: 'settings', recordId: 'calculation', action: 'update', summary: 'Personalkostensätze/Szenarien geändert', before: current, after: next });
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
  return db.transaction('rw', [db.costLines, db.proposals, db.parties, db.settings, db.changeLog], async () => {
    const before = await db.costLines.where('proposalId').equals(proposalId).toArray();
    await applyCostLineChanges(db, proposalId, change);
    const after = await db.costLines.where('proposalId').equals(proposalId).toArray();
    return { proposalId, before, after: after.map((l) => ({ id: l.id, revision: l.revision })) };
  });
}

/**
 * Restores the lines as they were before an import, in one transaction. Refused when the
 * lines changed since the import (undoing would silently drop those later edits).
 */
export async function undoCostImport(db: IkzDatabase, undo: ImportUndo): Promise<void> {
  await db.transaction('rw', [db.costLines, db.settings, db.changeLog], async () => {
    const current = await db.costLines.where('proposalId').equals(undo.proposalId).toArray();
    const expected = new Map(undo.after.map((a) => [a.id, a.revision]));
    if (current.length !== expected.size || current.some((l) => expected.get(l.id) !== l.revision)) {
      throw new UserFacingError('Die Kosten wurden nach dem Import noch einmal geändert; der Import lässt sich deshalb nicht mehr rückgängig machen. Bitte die Zeilen in der Tabelle korrigieren.');
    }
    const revisions = new Map(current.map((l) => [l.id, l.revision]));
    const now = nowIso();
    // Same ids and contents as before; the revision still moves on, so copies of this data elsewhere see a change.
    const restored = undo.before.map((l) => ({ ...l, revision: Math.max(l.revision, revisions.get(l.id) ?? 0) + 1, updatedAt: now }));
    const keep = new Set(undo.before.map((l) => l.id));
    await db.costLines.bulkDelete(current.filter((l) => !keep.has(l.id)).map((l) => l.id));
    await db.costLines.bulkPut(restored);
    await appendChange(db, { table: 'costLines', recordId: undo.proposalId, action: 'update', summary: `Import rückgängig gemacht: ${restored.length} Kostenzeilen wie vorher`, before: null, after: null });
  });
}
