/**
 * Planning an import: the file against this laptop's records and the shared versions
 * (three-way, field by field). Reads only; applyMerge writes the plan after the user
 * decided the conflicts. Master data in the file is matched to this laptop's own by its
 * seed key (or a party's name), since every laptop seeded Kamen, Unna … under its own ids.
 */
import {
  EXCHANGE_TABLES,
  MASTER_DATA_TABLES,
  TABLE_LABELS,
  type BaseRef,
  type ExchangeRecord,
  type ExchangeTable,
  type ParsedExchange,
} from '../../domain/exchange/format';
import { fieldLabel, recordName, valueText, type NameLookup } from '../../domain/exchange/labels';
import { changedFields, refOf, sameContent, sameRef, threeWay } from '../../domain/exchange/merge';
import { remapContent } from '../../domain/exchange/remapContent';
import type { ConflictField, ConflictKind, MergeConflict, MergePlan, PlanItem, PlanStep } from '../../domain/exchange/plan';
import type { Tombstone } from '../../domain/schemas';
import { WORKSPACE_REVISION_ID, type IkzDatabase, type SharedVersion, type WorkspaceRevision } from '../db';
import { presentTables } from './collect';
import { masterDataIds, nameLookup, shippedSkipper } from './identity';
import { findVersion, loadShared, type SharedVersionsOfTable } from './sharedVersions';

async function workspaceRevision(db: IkzDatabase): Promise<number> {
  const row = (await db.settings.get(WORKSPACE_REVISION_ID)) as WorkspaceRevision | undefined;
  return row?.revision ?? 0;
}

/** From this many keys on, the table's keys are read first (see `lookup`). */
const KEYS_FIRST_FROM = 5000;

/**
 * The rows of `keys` (undefined where none). For many keys, the table's keys are read first
 * and only the rows that exist are fetched: an import of 50,000 new cost lines into a
 * laptop with a few hundred asked IndexedDB for 50,000 rows one by one (seconds) to learn
 * that none was there. For fewer keys that costs more than it saves (a review of 1,000
 * changed lines would read all 50,000 keys).
 */
async function lookup<T>(
  table: { bulkGet(keys: string[]): Promise<unknown[]> },
  keys: string[],
  existingKeys: () => Promise<unknown[]>,
): Promise<(T | undefined)[]> {
  if (keys.length < KEYS_FIRST_FROM) return (await table.bulkGet(keys)) as (T | undefined)[];
  const present = new Set((await existingKeys()).map(String));
  const wanted = keys.filter((k) => present.has(k));
  const rows = wanted.length ? ((await table.bulkGet(wanted)) as (T | undefined)[]) : [];
  const byKey = new Map(wanted.map((k, i) => [k, rows[i]]));
  return keys.map((k) => byKey.get(k));
}

interface Who {
  by: string | null;
  at: string | null;
}

/** Who last changed each field of a record, from change-log entries (newest wins). */
function whoChanged(entries: readonly { at: string; by: string; fields: string[] }[], field: string): Who {
  let best: Who = { by: null, at: null };
  for (const e of entries) {
    if ((e.fields.includes(field) || e.fields.includes('*')) && (!best.at || e.at > best.at)) best = { by: e.by, at: e.at };
  }
  return best;
}

interface Decision {
  step: PlanStep;
  conflict?: { kind: ConflictKind; fields: string[]; base: ExchangeRecord | null };
}

/** The base both sides share: the local record itself if it is a version the file names, else a stored shared version. */
function baseFor(local: ExchangeRecord, refs: readonly BaseRef[], shared: readonly SharedVersion[]): ExchangeRecord | null {
  for (const ref of refs) {
    if (sameRef(refOf(local), ref)) return local;
    const v = findVersion(shared, ref);
    if (v?.record) return v.record as ExchangeRecord;
  }
  return null;
}

function decideRecord(
  table: ExchangeTable,
  theirs: ExchangeRecord,
  local: ExchangeRecord | undefined,
  stone: Tombstone | undefined,
  refs: BaseRef[],
  shared: readonly SharedVersion[],
): Decision {
  const step: PlanStep = {
    table,
    recordId: theirs.id,
    action: 'base',
    theirs,
    local: local ?? null,
    take: [],
    conflictKey: null,
    masterData: MASTER_DATA_TABLES.includes(table),
  };
  const known = (r: ExchangeRecord) => !!findVersion(shared, refOf(r)) || refs.some((ref) => sameRef(ref, refOf(r)));
  if (!local) {
    if (!stone) return { step: { ...step, action: 'put' } };
    // Deleted here: unchanged there since it was shared → the deletion stands.
    if (known(theirs)) return { step };
    return { step: { ...step, action: 'conflict' }, conflict: { kind: 'deletedByMe', fields: ['_deleted'], base: null } };
  }
  if (sameRef(refOf(local), refOf(theirs)) || sameContent(local, theirs)) return { step };
  // A version this laptop already had: the file is older, nothing new in it.
  if (findVersion(shared, refOf(theirs))) return { step };
  const base = baseFor(local, refs, shared);
  if (!base) return { step: { ...step, action: 'conflict' }, conflict: { kind: 'noBase', fields: changedFields(local, theirs), base: null } };
  const merge = threeWay(base, local, theirs);
  if (merge.theirsChanged.length === 0) return { step };
  if (merge.mineChanged.length === 0) return { step: { ...step, action: 'put' } };
  if (merge.conflicts.length === 0) return { step: { ...step, action: 'merge', take: merge.take } };
  return { step: { ...step, action: 'conflict', take: merge.take }, conflict: { kind: 'fields', fields: merge.conflicts, base } };
}

function decideDeletion(table: ExchangeTable, stone: Tombstone, local: ExchangeRecord | undefined, refs: BaseRef[]): Decision | null {
  if (!local) return null;
  const step: PlanStep = {
    table,
    recordId: stone.recordId,
    action: 'delete',
    theirs: null,
    local,
    take: [],
    conflictKey: null,
    masterData: MASTER_DATA_TABLES.includes(table),
  };
  // Unchanged here since the version the sender shared: the deletion goes through.
  if (refs.some((ref) => sameRef(ref, refOf(local)))) return { step };
  return { step: { ...step, action: 'conflict' }, conflict: { kind: 'deletedByThem', fields: ['_deleted'], base: null } };
}

type Found = [(ExchangeRecord | undefined)[], (Tombstone | undefined)[], SharedVersionsOfTable];

/**
 * True when this laptop stores the file's record exactly as it is: a shared version held by
 * reference is the record as stored here now (sharedVersions.ts), so the record need not be
 * read to know it is unchanged. A file imported again (or sent back unchanged) then costs
 * reading its bases, not its 50,000 cost lines one by one.
 */
const storedAsIs = (shared: SharedVersionsOfTable, r: ExchangeRecord) => shared.versions(r.id).some((v) => v.record === undefined && sameRef(v, refOf(r)));

/** This laptop's records, tombstones and shared versions of a table's records in the file. */
async function lookupTable(db: IkzDatabase, table: ExchangeTable, t: ParsedExchange['content']['tables'][ExchangeTable]): Promise<Found> {
  if (!t) return Promise.all([[], [], loadShared(db, table, [])]);
  const shared = await loadShared(db, table, [...t.records.map((r) => r.id), ...t.tombstones.map((s) => s.recordId)]);
  // Stored as is: the file's record stands for the local one (same version, same content).
  const asIs = t.records.map((r) => storedAsIs(shared, r));
  const ids = [...t.records.filter((_, i) => !asIs[i]).map((r) => r.id), ...t.tombstones.map((s) => s.recordId)];
  const [locals, stones] = await Promise.all([
    lookup<ExchangeRecord>(db.recordStore(table), ids, () => db.recordIds(table)),
    lookup<Tombstone>(
      db.tombstones,
      ids.map((id) => `${table}:${id}`),
      () => db.tombstones.where('[table+recordId]').between([table, ''], [table, '\uffff']).primaryKeys(),
    ),
  ]);
  // Back to one entry per record and tombstone of the file, in its order.
  const expand = <T>(rows: (T | undefined)[], asIsValue: (r: ExchangeRecord) => T | undefined) => {
    let next = 0;
    const out = t.records.map((r, i) => (asIs[i] ? asIsValue(r) : rows[next++]));
    return [...out, ...rows.slice(next)];
  };
  return [expand(locals, (r) => r), expand(stones, () => undefined), shared];
}

export async function planMerge(db: IkzDatabase, parsed: ParsedExchange): Promise<MergePlan> {
  return db.transaction('r', db.tables, async () => {
    const tables = presentTables(db);
    const warnings: string[] = [];
    const idMap = await masterDataIds(db, parsed, tables);
    const content = remapContent(parsed.content, idMap);
    const fileRecords = new Map<ExchangeTable, ExchangeRecord[]>();
    for (const table of EXCHANGE_TABLES) {
      const t = content.tables[table];
      if (!t) continue;
      if (!tables.includes(table)) {
        if (t.records.length)
          warnings.push(`Die Datei enthält ${TABLE_LABELS[table]}, die diese Version des IKZ-Planers nicht kennt; sie werden nicht übernommen.`);
        continue;
      }
      fileRecords.set(table, t.records);
    }
    const decisions: Decision[] = [];
    const skip = shippedSkipper(idMap);
    let skipped = 0;
    // All reads at once: each awaited IndexedDB request costs a round trip to the browser's
    // storage process, and one after the other they made up most of a review's opening time.
    const [names, revision, found] = await Promise.all([
      nameLookup(db, fileRecords) as Promise<NameLookup>,
      workspaceRevision(db),
      Promise.all(tables.map((table) => lookupTable(db, table, content.tables[table]))),
    ]);
    for (const [n, table] of tables.entries()) {
      const t = content.tables[table];
      if (!t) continue;
      const [locals, stones, shared] = found[n]!;
      t.records.forEach((r, i) => {
        if (skip(table, r)) return void skipped++;
        decisions.push(decideRecord(table, r, locals[i], stones[i], t.bases[r.id] ?? [], shared.versions(r.id)));
      });
      t.tombstones.forEach((s, i) => {
        const d = decideDeletion(table, s, locals[t.records.length + i], t.bases[s.recordId] ?? []);
        if (d) decisions.push(d);
      });
    }
    const plan: MergePlan = {
      header: parsed.header,
      added: [],
      updated: [],
      deleted: [],
      unchanged: skipped,
      conflicts: [],
      touchesMasterData: false,
      masterDataInScope: parsed.header.scope.kind !== 'proposals',
      warnings,
      workspaceRevision: revision,
      steps: [],
    };
    const theirLog = content.changeLog;
    for (const decision of decisions) {
      const { step } = decision;
      // A file of selected proposals carries the master data only so ids can be matched:
      // it may add a Kommune the proposals need, never change or delete one here.
      const reference = step.masterData && !plan.masterDataInScope && !(step.action === 'put' && !step.local);
      if (reference) step.action = 'base';
      const conflict = reference ? undefined : decision.conflict;
      const record = step.theirs ?? step.local!;
      const item: PlanItem = {
        table: step.table,
        recordId: step.recordId,
        label: recordName(step.table, record, names),
        masterData: step.masterData,
        fields: [],
      };
      if (step.action !== 'base' && step.masterData) plan.touchesMasterData = true;
      if (step.action === 'base') plan.unchanged++;
      else if (step.action === 'delete') plan.deleted.push(item);
      else if (step.action === 'put' && !step.local) plan.added.push(item);
      else if (step.action === 'put' || step.action === 'merge') {
        const fields = step.action === 'merge' ? step.take : changedFields(step.local!, step.theirs!);
        plan.updated.push({ ...item, fields: fields.map(fieldLabel) });
      }
      if (conflict) {
        step.conflictKey = `${step.table}:${step.recordId}`;
        plan.conflicts.push(await conflictOf(db, step, conflict, item.label, names, theirLog, parsed));
      }
      plan.steps.push(step);
    }
    return plan;
  });
}

async function conflictOf(
  db: IkzDatabase,
  step: PlanStep,
  conflict: NonNullable<Decision['conflict']>,
  label: string,
  names: NameLookup,
  theirLog: ParsedExchange['content']['changeLog'],
  parsed: ParsedExchange,
): Promise<MergeConflict> {
  const mineEntries = (await db.changeLog.where('[table+recordId]').equals([step.table, step.recordId]).toArray()).map((e) => ({
    at: e.at,
    by: e.by,
    fields: e.action === 'update' ? e.changes.map((c) => c.field) : ['*'],
  }));
  const theirsEntries = theirLog.filter((e) => e.table === step.table && e.recordId === step.recordId);
  const value = (r: ExchangeRecord | null, field: string) => (field === '_deleted' ? r === null : (r?.[field] ?? null));
  const fields: ConflictField[] = conflict.fields.map((field) => {
    const mine = value(step.local, field);
    const theirs = value(step.theirs, field);
    const base = conflict.base ? value(conflict.base, field) : null;
    const mineWho = whoChanged(mineEntries, field);
    const theirsWho = whoChanged(theirsEntries, field);
    return {
      field,
      label: fieldLabel(field),
      mine,
      theirs,
      base,
      mineText: valueText(field, mine, names),
      theirsText: valueText(field, theirs, names),
      baseText: conflict.base ? valueText(field, base, names) : '–',
      mineChangedBy: mineWho.by,
      mineChangedAt: mineWho.at ?? step.local?.updatedAt ?? null,
      theirsChangedBy: theirsWho.by ?? parsed.header.exportedBy,
      theirsChangedAt: theirsWho.at ?? step.theirs?.updatedAt ?? null,
    };
  });
  return { key: step.conflictKey!, table: step.table, recordId: step.recordId, label, kind: conflict.kind, masterData: step.masterData, fields };
}
