/** Writes to cost lines and calculation plans: validated, one transaction, logged. */
import { costLineInputSchema, DEFAULT_ALLOCATION, periodSchema, type Allocation, type CostLine, type CostLineInput, type CostPlan, type Discounting, type Period } from '../../domain/costs/model';
import { DEFAULT_PAY_RATES } from '../../domain/costs/payRates';
import { DEFAULT_SCENARIOS } from '../../domain/costs/scenarios';
import { firstIssueMessage } from '../../domain/schemas';
import { appendChange } from '../changeLog';
import type { CalculationSettings, IkzDatabase } from '../db';
import { nowIso, UserFacingError, withNewMeta, withNextRevision } from '../records';
import { loadSettings } from './settings';

/** The plan of a proposal, or the defaults from the settings when none is stored yet. */
export async function loadPlan(db: IkzDatabase, proposalId: string): Promise<CostPlan> {
  const stored = await db.costPlans.where('proposalId').equals(proposalId).first();
  if (stored) return stored;
  const settings = await loadSettings(db);
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

/** Applies a batch of edits to a proposal's cost lines atomically (grid save, import). */
export async function applyCostLineChanges(db: IkzDatabase, proposalId: string, change: CostLineChange): Promise<CostLine[]> {
  const validated = change.upserts.map((u, i) => {
    const parsed = costLineInputSchema.safeParse(u);
    if (!parsed.success) throw new UserFacingError(`Zeile ${i + 1}: ${firstIssueMessage(parsed.error)}`);
    if (parsed.data.proposalId !== proposalId) throw new UserFacingError(`Zeile ${i + 1} gehört zu einem anderen Vorschlag.`);
    return { ...parsed.data, id: u.id };
  });
  return db.transaction('rw', [db.costLines, db.proposals, db.parties, db.settings, db.changeLog], async () => {
    const proposal = await db.proposals.get(proposalId);
    if (!proposal) throw new UserFacingError('Dieser Vorschlag wurde inzwischen gelöscht.');
    const involved = new Set([proposal.leadPartyId, ...proposal.participantIds]);
    const saved: CostLine[] = [];
    for (const [i, u] of validated.entries()) {
      if (u.partyId !== null && !involved.has(u.partyId)) {
        const party = await db.parties.get(u.partyId);
        throw new UserFacingError(`Zeile ${i + 1}: ${party?.name ?? 'Diese Kommune'} ist an diesem Vorschlag nicht beteiligt. Bitte die Kommune ändern oder sie zuerst beim Vorschlag eintragen.`);
      }
      const existing = u.id ? await db.costLines.get(u.id) : undefined;
      const { id: _ignored, ...fields } = u;
      const record: CostLine = existing ? withNextRevision(existing, fields) : withNewMeta(fields);
      await db.costLines.put(record);
      await appendChange(db, { table: 'costLines', recordId: record.id, action: existing ? 'update' : 'create', summary: `Kostenzeile „${record.label}“ ${existing ? 'geändert' : 'angelegt'}`, before: existing ?? null, after: record });
      saved.push(record);
    }
    for (const id of change.deletions) {
      const existing = await db.costLines.get(id);
      if (!existing) continue;
      await db.costLines.delete(id);
      await appendChange(db, { table: 'costLines', recordId: id, action: 'delete', summary: `Kostenzeile „${existing.label}“ gelöscht`, before: existing, after: null });
    }
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
