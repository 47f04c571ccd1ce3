/**
 * The versions of records shared with other laptops (table sharedVersions, schema v8):
 * what this laptop last exported to or imported from another laptop. The base of the
 * three-way merge is the version the file names as its base, looked up here.
 *
 * Stored in 256 buckets per table (a hash of the record id), read and written a bucket at a
 * time: Chromium's IndexedDB costs about 0.2 ms per row, so 50,000 rows for an export of
 * 50,000 cost lines took ten seconds, 256 rows take a fraction of one.
 *
 * A version without `record` is the record as stored here now: an export shares exactly
 * the stored records, so it keeps only references. Before a record changes or is deleted,
 * the command layer copies it into such a version (`copiesBeforeChange`), so the base is
 * never lost. Writes outside the command layer must keep that promise: a restore replaces
 * the shared versions together with the records (consistent); a future schema upgrade that
 * rewrites records must copy their shared versions first.
 */
import type { BaseRef } from '../../domain/exchange/format';
import { refOf, sameRef } from '../../domain/exchange/merge';
import type { IkzDatabase, SharedRecordVersions, SharedVersion, SharedVersionsRow } from '../db';

/** A few versions per record are enough: a base older than that means the laptops drifted far apart (then: a conflict, never a silent loss). */
export const KEPT_VERSIONS = 6;

/** Above this many buckets wanted, one range read of the table's buckets beats a lookup per bucket. */
const RANGE_READ_FROM = 32;

const BUCKETS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** FNV-1a of the id, two hex digits: spreads UUIDs and seed ids alike. */
export function bucketOf(recordId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < recordId.length; i++) h = Math.imul(h ^ recordId.charCodeAt(i), 0x01000193);
  return BUCKETS[h & 0xff]!;
}

const rowId = (table: string, bucket: string) => `${table}:${bucket}`;

/** The records of a bucket as stored (JSON text since schema v12). */
export const sharedRecordsOf = (row: SharedVersionsRow | undefined): SharedRecordVersions[] =>
  row ? (JSON.parse(row.recordsJson) as SharedRecordVersions[]) : [];

/** The shared versions of one table's records, as read; `set` marks a bucket for `saveShared`. */
export class SharedVersionsOfTable {
  private readonly byId = new Map<string, SharedVersion[]>();
  private readonly dirty = new Set<string>();

  /** `buckets`: the buckets read, or 'all' (the table's whole range). */
  constructor(
    readonly table: string,
    private readonly buckets: ReadonlySet<string> | 'all',
    rows: readonly (SharedVersionsRow | undefined)[],
  ) {
    for (const row of rows) for (const r of sharedRecordsOf(row)) this.byId.set(r.recordId, r.versions);
  }

  /** Newest last; empty when never shared. */
  versions(recordId: string): readonly SharedVersion[] {
    return this.byId.get(recordId) ?? [];
  }

  set(recordId: string, versions: SharedVersion[]): void {
    const bucket = bucketOf(recordId);
    if (this.buckets !== 'all' && !this.buckets.has(bucket)) throw new Error(`Shared versions of ${this.table}:${recordId} were not read before writing`);
    this.byId.set(recordId, versions);
    this.dirty.add(bucket);
  }

  /** The changed buckets, whole. */
  changedRows(): SharedVersionsRow[] {
    const records = new Map<string, SharedRecordVersions[]>([...this.dirty].map((b) => [b, []]));
    for (const [recordId, versions] of this.byId) {
      if (versions.length) records.get(bucketOf(recordId))?.push({ recordId, versions });
    }
    return [...records].map(([bucket, list]) => ({ id: rowId(this.table, bucket), table: this.table, recordsJson: JSON.stringify(list) }));
  }
}

/** The buckets holding `ids` of `table`. */
export async function loadShared(db: IkzDatabase, table: string, ids: readonly string[]): Promise<SharedVersionsOfTable> {
  const buckets = new Set<string>();
  // Hashing stops as soon as the range read is due: an import of 50,000 lines hashed every id twice for nothing.
  for (let i = 0; i < ids.length && buckets.size < RANGE_READ_FROM; i++) buckets.add(bucketOf(ids[i]!));
  if (buckets.size >= RANGE_READ_FROM) {
    const rows = await db.sharedVersions.where('id').between(`${table}:`, `${table}:\uffff`).toArray();
    return new SharedVersionsOfTable(table, 'all', rows);
  }
  const keys = [...buckets].map((b) => rowId(table, b));
  return new SharedVersionsOfTable(table, buckets, keys.length ? await db.sharedVersions.bulkGet(keys) : []);
}

export function latestRef(versions: readonly SharedVersion[]): BaseRef | null {
  const v = versions[versions.length - 1];
  return v ? refOf(v) : null;
}

export function findVersion(versions: readonly SharedVersion[], ref: BaseRef | null | undefined): SharedVersion | null {
  if (!ref) return null;
  return versions.find((v) => sameRef(v, ref)) ?? null;
}

/** The versions with `version` as the newest (moved to the end if known), or null when nothing changes. */
export function withVersion(versions: readonly SharedVersion[], version: SharedVersion): SharedVersion[] | null {
  // Never shared before (every line of a first import or export): no copies to make.
  if (versions.length === 0) return [version];
  const last = versions[versions.length - 1];
  // Known as the newest already: a copy there stays (it is that version's content either way).
  if (last && sameRef(last, version) && (last.record !== undefined || version.record === undefined)) return null;
  return [...versions.filter((v) => !sameRef(v, version)), version].slice(-KEPT_VERSIONS);
}

/** A shared version: by reference when it is the record as stored here, else a copy. */
export function sharedVersion(record: SharedVersion['record'] & object, storedHere: boolean): SharedVersion {
  return storedHere ? refOf(record) : { ...refOf(record), record };
}

/**
 * Before records of `table` change or are deleted (command layer, same transaction): every
 * shared version that is only a reference to a record as stored now gets a copy of it.
 * Returns the buckets to write (the command layer writes them), or null.
 */
export async function copiesBeforeChange(db: IkzDatabase, table: string, ids: readonly string[]): Promise<SharedVersionsOfTable | null> {
  if (ids.length === 0) return null;
  const shared = await loadShared(db, table, ids);
  const pending = ids.filter((id) => shared.versions(id).some((v) => v.record === undefined));
  if (pending.length === 0) return null;
  const stored = (await db.recordStore(table).bulkGet(pending)) as (SharedVersion['record'] | undefined)[];
  pending.forEach((id, i) => {
    const record = stored[i];
    if (!record) return;
    let copied = false;
    const versions = shared.versions(id).map((v) => {
      if (v.record !== undefined || !sameRef(v, refOf(record))) return v;
      copied = true;
      return { ...v, record };
    });
    if (copied) shared.set(id, versions);
  });
  return shared;
}
