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

/** Must be called inside the writing transaction, which includes `settings` and `changeLog`. */
export async function appendChange(db: IkzDatabase, change: ChangeInput): Promise<ChangeLogEntry> {
  const settings = await db.settings.get(SETTINGS_ID);
  const by = settings && 'userName' in settings ? settings.userName : 'Unbekannt';
  const entry: ChangeLogEntry = {
    id: newId(),
    at: nowIso(),
    by,
    table: change.table,
    recordId: change.recordId,
    action: change.action,
    summary: change.summary,
    changes: fieldChanges(change.before, change.after),
  };
  await db.changeLog.add(entry);
  return entry;
}

export function changesOfRecord(db: IkzDatabase, table: string, recordId: string): Promise<ChangeLogEntry[]> {
  return db.changeLog.where('[table+recordId]').equals([table, recordId]).sortBy('at');
}
