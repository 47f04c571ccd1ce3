import { newId } from '../domain/ids';
import { fieldChanges } from '../domain/fieldChanges';
import { SETTINGS_ID, type ChangeAction, type ChangeLogEntry } from '../domain/schemas';
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

export function changeEntry(by: string, change: ChangeInput): ChangeLogEntry {
  return {
    id: newId(),
    at: nowIso(),
    by,
    table: change.table,
    recordId: change.recordId,
    action: change.action,
    summary: change.summary,
    changes: fieldChanges(change.before, change.after),
  };
}

/** Must be called inside the writing transaction, which includes `settings` and `changeLog`. */
export async function appendChange(db: IkzDatabase, change: ChangeInput): Promise<ChangeLogEntry> {
  const entry = changeEntry(await currentUserName(db), change);
  await db.changeLog.add(entry);
  return entry;
}

export function changesOfRecord(db: IkzDatabase, table: string, recordId: string): Promise<ChangeLogEntry[]> {
  return db.changeLog.where('[table+recordId]').equals([table, recordId]).sortBy('at');
}
