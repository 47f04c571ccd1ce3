import { newId } from '../domain/ids';
import { fieldChanges } from '../domain/fieldChanges';
import { type ChangeAction, type ChangeLogEntry } from '../domain/schemas';
import { SETTINGS_ID } from '../domain/vocabulary';
import type { IkzDatabase } from './db';
import { nowIso } from './records';

export interface ChangeInput {
  table: string;
  recordId: string;
  action: ChangeAction;
  summary: string;
  before: object | null;
  after: object | null;
}

export async function currentUserName(db: IkzDatabase): Promise<string> {
  const settings = await db.settings.get(SETTINGS_ID);
  return settings && 'userName' in settings ? settings.userName : 'Unbekannt';
}

let lastEntryMs = 0;

/**
 * The time of a change-log entry, a millisecond after the previous one when the clock has
 * not moved on: the log is read sorted by time, and entries of commands in the same
 * millisecond fell back to the order of their random ids. A clock set back by more than a
 * second (a changed system time) is taken as it is.
 */
function entryTime(at: string): string {
  const now = Date.parse(at);
  lastEntryMs = now <= lastEntryMs && lastEntryMs - now < 1000 ? lastEntryMs + 1 : now;
  return new Date(lastEntryMs).toISOString();
}

/** `at`: the time of the change, from the data layer's one clock (records.ts nowIso). */
export function changeEntry(by: string, change: ChangeInput, at: string = nowIso()): ChangeLogEntry {
  return {
    id: newId(),
    at: entryTime(at),
    by,
    table: change.table,
    recordId: change.recordId,
    action: change.action,
    summary: change.summary,
    changes: fieldChanges(change.before, change.after),
  };
}

export function changesOfRecord(db: IkzDatabase, table: string, recordId: string): Promise<ChangeLogEntry[]> {
  return db.changeLog.where('[table+recordId]').equals([table, recordId]).sortBy('at');
}

/**
 * The proposal's own entries together with those of its cost lines and calculation plan,
 * newest last. Cost-line entries are stored under the line's id (or, for a bulk import,
 * the proposal's id); a line's creation and deletion entries name its proposal, so lines
 * deleted since are found too.
 */
export async function changesOfProposal(db: IkzDatabase, proposalId: string): Promise<ChangeLogEntry[]> {
  const [own, lines, plans, lineEntries] = await Promise.all([
    changesOfRecord(db, 'proposals', proposalId),
    db.costLines.idsOfProposal(proposalId),
    db.costPlans.where('proposalId').equals(proposalId).toArray(),
    db.changeLog.where('[table+recordId]').between(['costLines', ''], ['costLines', '\uffff']).toArray(),
  ]);
  const lineIds = new Set<string>(lines.map(String));
  for (const e of lineEntries) {
    if (e.changes.some((c) => c.field === 'proposalId' && (c.before === proposalId || c.after === proposalId))) lineIds.add(e.recordId);
  }
  const planEntries = (await Promise.all(plans.map((p) => changesOfRecord(db, 'costPlans', p.id)))).flat();
  const costEntries = lineEntries.filter((e) => e.recordId === proposalId || lineIds.has(e.recordId));
  return [...own, ...costEntries, ...planEntries].sort((a, b) => a.at.localeCompare(b.at));
}
