/**
 * Applying a merge plan: after the user confirmed and decided every conflict, in ONE
 * transaction of the command layer (revisions, change log, tombstones as for any edit).
 * Any error rolls everything back: nothing of the file is half applied.
 */
import type { ExchangeRecord } from '../../domain/exchange/format';
import { refOf, sameContent, sameRef } from '../../domain/exchange/merge';
import type { ApplyOptions, Choice, MergeConflict, MergePlan, MergeSummary, PlanStep, Resolutions } from '../../domain/exchange/plan';
import type { ChangeInput } from '../changeLog';
import { runCommand, type RecordTableName } from '../commands';
import { WORKSPACE_REVISION_ID, type IkzDatabase, type WorkspaceRevision } from '../db';
import { nowIso, UserFacingError } from '../records';
import { presentTables } from './collect';
import { loadShared, sharedVersion, withVersion } from './sharedVersions';

/** „Alle von mir“ / „Alle aus der Datei“: one choice for every conflict. */
export function resolveAll(plan: MergePlan, choice: Choice): Resolutions {
  return Object.fromEntries(plan.conflicts.map((c) => [c.key, choice]));
}

function choiceFor(resolutions: Resolutions, key: string, field: string): Choice | undefined {
  const r = resolutions[key];
  if (r === 'mine' || r === 'theirs') return r;
  const c = r?.[field];
  return c === 'mine' || c === 'theirs' ? c : undefined;
}

/** Conflicts that still lack a decision for at least one field. */
export function unresolvedConflicts(plan: MergePlan, resolutions: Resolutions): MergeConflict[] {
  return plan.conflicts.filter((c) => c.fields.some((f) => !choiceFor(resolutions, c.key, f.field)));
}

function withFields(local: ExchangeRecord, theirs: ExchangeRecord, fields: readonly string[]): ExchangeRecord {
  const out: Record<string, unknown> = { ...local };
  for (const f of fields) {
    if (theirs[f] === undefined) delete out[f];
    else out[f] = theirs[f];
  }
  return out as ExchangeRecord;
}

type Outcome = { write: ExchangeRecord | null; remove: boolean; resolved: boolean };

/** What a step writes, given the user's decisions. */
function outcomeOf(step: PlanStep, plan: MergePlan, resolutions: Resolutions): Outcome {
  const none: Outcome = { write: null, remove: false, resolved: false };
  if (step.action === 'put') return { ...none, write: step.theirs };
  if (step.action === 'delete') return { ...none, remove: true };
  if (step.action === 'base') return none;
  const { local, theirs } = step;
  if (step.action === 'merge') return { ...none, write: merged(local!, theirs!, step.take) };
  const conflict = plan.conflicts.find((c) => c.key === step.conflictKey)!;
  const choose = (field: string) => choiceFor(resolutions, conflict.key, field);
  if (conflict.kind === 'deletedByThem') return { write: null, remove: choose('_deleted') === 'theirs', resolved: true };
  if (conflict.kind === 'deletedByMe') {
    if (choose('_deleted') !== 'theirs') return { ...none, resolved: true };
    // Put back above this laptop's tombstone (the command layer clears tombstones of revisions above 1).
    return { write: theirs!.revision > 1 ? theirs : { ...theirs!, revision: 2 }, remove: false, resolved: true };
  }
  const fromTheirs = [...step.take, ...conflict.fields.filter((f) => choose(f.field) === 'theirs').map((f) => f.field)];
  return { write: merged(local!, theirs!, fromTheirs), remove: false, resolved: true };
}

/** The local record with the file's fields; exactly the file's version when it comes to that (so both laptops hold the same). */
function merged(local: ExchangeRecord, theirs: ExchangeRecord, fields: readonly string[]): ExchangeRecord | null {
  const result = withFields(local, theirs, fields);
  if (sameContent(result, theirs)) return theirs;
  if (sameContent(result, local)) return null;
  return { ...result, revision: Math.max(local.revision, theirs.revision) + 1, updatedAt: nowIso() };
}

export function summaryText(s: Omit<MergeSummary, 'text' | 'written'>): string {
  const parts = [`${s.added} neu`, `${s.updated} aktualisiert`];
  if (s.deleted) parts.push(`${s.deleted} gelöscht`);
  if (s.conflictsResolved) parts.push(`${s.conflictsResolved} ${s.conflictsResolved === 1 ? 'Konflikt' : 'Konflikte'} gelöst`);
  if (s.masterDataSkipped) parts.push(`${s.masterDataSkipped} Stammdatenänderungen nicht übernommen`);
  return parts.join(', ');
}

/** Writes the plan with the user's decisions in one transaction; see index.ts. */
export async function applyMerge(db: IkzDatabase, plan: MergePlan, resolutions: Resolutions, options: ApplyOptions): Promise<MergeSummary> {
  const open = unresolvedConflicts(plan, resolutions);
  if (open.length) throw new UserFacingError(`Bitte zuerst alle Konflikte entscheiden (noch ${open.length} offen). Es wurde nichts übernommen.`);
  const { sender, exportedBy } = plan.header;
  const from = `von ${sender.partyName ? `${sender.partyName} (${exportedBy})` : exportedBy}`;
  try {
    return await write(db, plan, resolutions, options, from);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    // The transaction was rolled back: say so, with the technical reason for support.
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserFacingError(`Die Austauschdatei konnte nicht übernommen werden; es wurde nichts geändert. (Technischer Grund: ${reason.slice(0, 300)})`);
  }
}

async function write(db: IkzDatabase, plan: MergePlan, resolutions: Resolutions, options: ApplyOptions, from: string): Promise<MergeSummary> {
  const source = `aus der Austauschdatei „${options.fileName}“ ${from}`;
  const tables = presentTables(db);
  return runCommand(db, tables as never, async (tx) => {
    const current = (await db.settings.get(WORKSPACE_REVISION_ID)) as WorkspaceRevision | undefined;
    if ((current?.revision ?? 0) !== plan.workspaceRevision) {
      throw new UserFacingError(
        'Die Daten wurden geändert, seit die Datei eingelesen wurde. Bitte die Datei noch einmal einlesen; es wurde nichts übernommen.',
      );
    }
    const counts = { added: 0, updated: 0, deleted: 0, conflictsResolved: 0, masterDataSkipped: 0 };
    // What was taken over, by kind: „2 neu“ alone leaves a treasurer asking what the second one was.
    const written: Record<string, number> = {};
    for (const table of tables) {
      const steps = plan.steps.filter((s) => s.table === table);
      if (!steps.length) continue;
      const put: ExchangeRecord[] = [];
      const remove: ExchangeRecord[] = [];
      const log: ChangeInput[] = [];
      // The file's versions, and whether this laptop now stores exactly that version.
      const known: { theirs: ExchangeRecord; storedHere: boolean }[] = [];
      const linesByProposal = new Map<string, number>();
      for (const step of steps) {
        if (step.masterData && !options.acceptMasterData && step.action !== 'base') {
          counts.masterDataSkipped++;
          continue;
        }
        const outcome = outcomeOf(step, plan, resolutions);
        if (outcome.resolved) counts.conflictsResolved++;
        if (step.theirs) {
          const after = outcome.write ?? (outcome.remove ? null : step.local);
          known.push({ theirs: step.theirs, storedHere: !!after && sameRef(refOf(after), refOf(step.theirs)) });
        }
        if (outcome.write) {
          put.push(outcome.write);
          written[table] = (written[table] ?? 0) + 1;
          if (!outcome.resolved) counts[step.local ? 'updated' : 'added']++;
          if (table === 'costLines') linesByProposal.set(String(outcome.write.proposalId), (linesByProposal.get(String(outcome.write.proposalId)) ?? 0) + 1);
          else
            log.push({
              table,
              recordId: step.recordId,
              action: step.local ? 'update' : 'create',
              summary: `Übernommen ${source}`,
              before: step.local,
              after: outcome.write,
            });
        }
        if (outcome.remove && step.local) {
          remove.push(step.local);
          if (!outcome.resolved) counts.deleted++;
          log.push({ table, recordId: step.recordId, action: 'delete', summary: `Gelöscht ${source}`, before: step.local, after: null });
        }
      }
      for (const [proposalId, n] of linesByProposal) {
        log.push({ table, recordId: proposalId, action: 'update', summary: `${n} Kostenzeilen übernommen ${source}`, before: null, after: null });
      }
      await tx.bulk(table as RecordTableName, { put, remove, log });
      // Read after the write: it copied the records it replaced into their shared versions.
      const shared = await loadShared(
        db,
        table,
        known.map((k) => k.theirs.id),
      );
      for (const { theirs, storedHere } of known) {
        const versions = withVersion(shared.versions(theirs.id), sharedVersion(theirs, storedHere));
        if (versions) shared.set(theirs.id, versions);
      }
      await tx.saveShared(shared);
    }
    const text = summaryText(counts);
    tx.log({
      table: 'exchange',
      recordId: plan.header.sender.deviceId,
      action: 'update',
      summary: `Austauschdatei „${options.fileName}“ ${from} eingelesen: ${text}`,
      before: null,
      after: null,
    });
    return { ...counts, text, written };
  });
}
