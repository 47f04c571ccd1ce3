/**
 * The one write path. Every change to the workspace runs as a command: one Dexie rw
 * transaction in which `WriteTx` stamps ids, times and revisions, records field-level
 * changes in the change log, and turns deletes into tombstones (which the exchange of
 * files between laptops carries later). Repositories are made of commands; screens call
 * repositories, never the database. ESLint refuses Dexie write calls anywhere else in
 * renderer/ (eslint.config.js, "one write path").
 */
import type { ChangeLogEntry, RecordMeta, Tombstone } from '../domain/schemas';
import { changeEntry, currentUserName, type ChangeInput } from './changeLog';
import { withLinesPacked } from './costLineStore';
import { WORKSPACE_REVISION_ID, type IkzDatabase, type RecordStore, type WorkspaceRevision } from './db';
import { copiesBeforeChange, type SharedVersionsOfTable } from './exchange/sharedVersions';
import { nowIso, withNewMeta, withNextRevision } from './records';

/** Tables whose records carry RecordMeta and are merged across laptops. */
export type RecordTableName =
  'parties' | 'areas' | 'proposals' | 'costLines' | 'costPlans' | 'meetings' | 'contracts' | 'contractVersions' | 'contractTemplates';
export type WritableTableName = RecordTableName | 'settings';

type Meta = RecordMeta;

export interface WriteTx {
  readonly db: IkzDatabase;
  /** Name of the person working on this laptop (Einstellungen), for the change log. */
  readonly by: string;
  /** A new record: id, createdAt, updatedAt, revision 1; logged as 'create'. */
  create<T extends object>(table: RecordTableName, fields: T, summary: string): Promise<T & Meta>;
  /**
   * A changed record: revision + 1, updatedAt now; logged with the fields that changed.
   * `logged` replaces the before/after the log compares, for records with large text
   * (a contract's sections): the log then keeps only the part that changed.
   */
  update<T extends Meta>(table: RecordTableName, existing: T, patch: Partial<T>, summary: string, logged?: { before: object; after: object }): Promise<T>;
  /** Deletes the record and leaves a tombstone; logged as 'delete' with what was lost. */
  remove<T extends Meta>(table: RecordTableName, record: T, summary: string): Promise<void>;
  /** Puts a deleted record back (undo): a new revision above its tombstone, which goes. */
  restore<T extends Meta>(table: RecordTableName, record: T, summary: string): Promise<T>;
  /** Puts many deleted records back (undo of a delete), each above its tombstone; not logged one by one. */
  restoreMany<T extends Meta>(table: RecordTableName, records: readonly T[]): Promise<T[]>;
  /** Many records at once (imports): one bulkPut and one bulkDelete, entries as given. */
  bulk<T extends Meta>(table: RecordTableName, changes: { put: T[]; remove: T[]; log: ChangeInput[] }): Promise<void>;
  /**
   * A row without merge metadata (settings rows), logged as given. `bookkeeping`: a row of
   * this laptop that no figure depends on (its device id): the workspace revision stays, so
   * no saved calculation is taken as out of date and nothing recalculates.
   */
  putSetting(row: object & { id: string }, change: ChangeInput | null, options?: { bookkeeping?: boolean }): Promise<void>;
  /**
   * Versions shared with other laptops (exchange files): bookkeeping of this laptop, not
   * workspace data, so it alone does not raise the workspace revision.
   */
  saveShared(shared: SharedVersionsOfTable): Promise<void>;
  log(change: ChangeInput): void;
}

function tombstoneOf(table: string, record: Meta, by: string, at: string): Tombstone {
  return { id: `${table}:${record.id}`, table, recordId: record.id, deletedAt: at, deletedBy: by, revision: record.revision + 1 };
}

async function saveShared(db: IkzDatabase, shared: SharedVersionsOfTable | null): Promise<void> {
  const rows = shared?.changedRows() ?? [];
  if (rows.length) await db.sharedVersions.bulkPut(rows);
}

/** A record shared with another laptop is copied into its shared versions before it changes or goes (exchange/sharedVersions.ts). */
async function copyBeforeChange(db: IkzDatabase, table: string, ids: readonly string[]): Promise<void> {
  await saveShared(db, await copiesBeforeChange(db, table, ids));
}

/** Every command, in its own transaction, so a saved calculation can tell it is out of date. */
async function raiseWorkspaceRevision(db: IkzDatabase): Promise<void> {
  const current = (await db.settings.get(WORKSPACE_REVISION_ID)) as WorkspaceRevision | undefined;
  const next: WorkspaceRevision = { id: 'workspace-revision', revision: (current?.revision ?? 0) + 1, updatedAt: nowIso() };
  await db.settings.put(next);
}

/**
 * Runs `work` in one rw transaction over `tables` plus the bookkeeping tables. Nothing is
 * written unless `work` completes: a thrown error (e.g. a UserFacingError) rolls it all back.
 */
export async function runCommand<R>(db: IkzDatabase, tables: readonly WritableTableName[], work: (tx: WriteTx) => Promise<R>): Promise<R> {
  // sharedVersions: a record shared with another laptop is copied there before it changes (exchange/sharedVersions.ts).
  const names = [...tables, 'settings', 'changeLog', 'tombstones', 'sharedVersions'].flatMap((name) => db.storesOf(name));
  const scope = [...new Set(names)].map((name) => db.table(name));
  return db.transaction('rw', scope, async () => {
    const by = await currentUserName(db);
    const log: ChangeLogEntry[] = [];
    // A command that only looked (e.g. the seed check at every start) leaves the revision alone.
    let wrote = false;
    const table = (name: string): RecordStore => {
      wrote = true;
      return db.recordStore(name);
    };
    const tx: WriteTx = {
      db,
      by,
      log: (change) => void log.push(changeEntry(by, change)),
      async create(name, fields, summary) {
        const record = withNewMeta(fields);
        await table(name).add(record);
        tx.log({ table: name, recordId: record.id, action: 'create', summary, before: null, after: record });
        return record;
      },
      async update(name, existing, patch, summary, logged) {
        const record = withNextRevision(existing, patch);
        await copyBeforeChange(db, name, [existing.id]);
        await table(name).put(record);
        tx.log({ table: name, recordId: record.id, action: 'update', summary, before: logged?.before ?? existing, after: logged?.after ?? record });
        return record;
      },
      async remove(name, record, summary) {
        await copyBeforeChange(db, name, [record.id]);
        await table(name).delete(record.id);
        await db.tombstones.put(tombstoneOf(name, record, by, nowIso()));
        tx.log({ table: name, recordId: record.id, action: 'delete', summary, before: record, after: null });
      },
      async restore(name, record, summary) {
        const stone = await db.tombstones.get(`${name}:${record.id}`);
        const restored = withNextRevision(record, {} as Partial<typeof record>);
        if (stone && restored.revision <= stone.revision) restored.revision = stone.revision + 1;
        await copyBeforeChange(db, name, [record.id]);
        await table(name).put(restored);
        await db.tombstones.delete(`${name}:${record.id}`);
        tx.log({ table: name, recordId: record.id, action: 'create', summary, before: null, after: restored });
        return restored;
      },
      async restoreMany(name, records) {
        if (records.length === 0) return [];
        const keys = records.map((r) => `${name}:${r.id}`);
        const stones = await db.tombstones.bulkGet(keys);
        const restored = records.map((r, i) => {
          const next = withNextRevision(r, {} as Partial<typeof r>);
          const stone = stones[i];
          if (stone && next.revision <= stone.revision) next.revision = stone.revision + 1;
          return next;
        });
        await copyBeforeChange(
          db,
          name,
          records.map((r) => r.id),
        );
        await table(name).bulkPut(restored);
        await db.tombstones.bulkDelete(keys);
        return restored;
      },
      async bulk(name, changes) {
        if (changes.put.length === 0 && changes.remove.length === 0 && changes.log.length === 0) return;
        const at = nowIso();
        await copyBeforeChange(db, name, [...changes.put.map((r) => r.id), ...changes.remove.map((r) => r.id)]);
        if (changes.put.length) await table(name).bulkPut(changes.put);
        if (changes.remove.length) {
          await table(name).bulkDelete(changes.remove.map((r) => r.id));
          await db.tombstones.bulkPut(changes.remove.map((r) => tombstoneOf(name, r, by, at)));
        }
        // Records put back under an id that had a tombstone are alive again. New records
        // (revision 1, fresh UUIDs) cannot have one: skipping them keeps imports fast.
        const revived = changes.put.filter((r) => r.revision > 1).map((r) => `${name}:${r.id}`);
        if (revived.length) await db.tombstones.bulkDelete(revived);
        for (const change of changes.log) tx.log(change);
      },
      saveShared: (shared) => saveShared(db, shared),
      async putSetting(row, change, options) {
        if (!options?.bookkeeping) wrote = true;
        await db.settings.put(row as never);
        if (change) tx.log(change);
      },
    };
    const result = await work(tx);
    if (log.length) await db.changeLog.bulkAdd(log);
    if (wrote || log.length) await raiseWorkspaceRevision(db);
    return result;
  });
}

/**
 * Restore (renderer/data/backups/restore.ts): every table made equal to the given rows (as
 * backups hold them: cost lines one by one, packed here into their sheets) in
 * one rw transaction over all tables, so a failure at any record leaves the workspace
 * exactly as it was. Only what differs is written (rows not in the backup deleted, rows
 * that are new or differ put): undoing a bad import touches a few records, not all 26,400
 * cost lines. The workspace revision ends above both the current one and the backup's, so
 * no saved calculation of either state is taken for the restored data; one change-log
 * entry records the restore.
 */
export async function replaceWorkspace(db: IkzDatabase, tables: Readonly<Record<string, readonly object[]>>, summary: string): Promise<void> {
  const stored = withLinesPacked(
    tables,
    db.tables.map((t) => t.name),
  );
  await db.transaction('rw', db.tables, async () => {
    const by = await currentUserName(db);
    const revisionOf = async () => ((await db.settings.get(WORKSPACE_REVISION_ID)) as WorkspaceRevision | undefined)?.revision ?? 0;
    const before = await revisionOf();
    for (const table of db.tables) {
      const key = table.schema.primKey.keyPath as string;
      const current = new Map((await table.toArray()).map((row) => [(row as Record<string, unknown>)[key], JSON.stringify(row)]));
      const wanted = (stored[table.name] ?? []) as Record<string, unknown>[];
      const kept = new Set(wanted.map((row) => row[key]));
      const gone = [...current.keys()].filter((k) => !kept.has(k));
      const changed = wanted.filter((row) => current.get(row[key]) !== JSON.stringify(row));
      if (gone.length) await table.bulkDelete(gone as never[]);
      if (changed.length) await table.bulkPut(changed);
    }
    const next: WorkspaceRevision = { id: 'workspace-revision', revision: Math.max(before, await revisionOf()) + 1, updatedAt: nowIso() };
    await db.settings.put(next);
    await db.changeLog.add(changeEntry(by, { table: 'settings', recordId: WORKSPACE_REVISION_ID, action: 'update', summary, before: null, after: null }));
  });
}
