/**
 * The pure pieces of the three-way merge: which fields differ, whose version is whose, and
 * the rewriting of master-data ids (each laptop seeded Kamen, Unna … under its own UUIDs).
 */
import { canonicalJson } from './canonical';
import type { BaseRef, ExchangeRecord } from './format';

/** Bookkeeping fields: never compared, never conflicting. */
export const META_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'revision']);

export const refOf = (r: { revision: number; updatedAt: string }): BaseRef => ({ revision: r.revision, updatedAt: r.updatedAt });

/** Same version of a record: revision and time of the change. Revisions alone repeat across laptops. */
export const sameRef = (a: BaseRef | null | undefined, b: BaseRef | null | undefined): boolean =>
  !!a && !!b && a.revision === b.revision && a.updatedAt === b.updatedAt;

/**
 * A missing field and null are the same (optional fields are written either way). Items of
 * embedded lists (agenda items, contract sections) are compared without their own ids:
 * two laptops that added the same shipped agenda gave its items different ids.
 */
const valueKey = (v: unknown): string =>
  canonicalJson(
    v === undefined
      ? null
      : Array.isArray(v)
        ? v.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? { ...(item as object), id: undefined } : item))
        : v,
  );

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  return valueKey(a) === valueKey(b);
}

/** Own fields (not bookkeeping) whose values differ between a and b, sorted. */
export function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!META_FIELDS.has(field) && !sameValue(a[field], b[field])) out.push(field);
  }
  return out.sort();
}

export const sameContent = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => changedFields(a, b).length === 0;

/** The id `s` is mapped to, if any. Only a string as long as a mapped id is looked up (not the years, labels, dates, categories of a file). */
export function idLookup(map: ReadonlyMap<string, string>): (s: string) => string | undefined {
  const lengths = new Set<number>();
  for (const id of map.keys()) lengths.add(id.length);
  return (s) => (lengths.has(s.length) ? map.get(s) : undefined);
}

/** Replaces every string equal to a mapped id, and every object key equal to one, deeply; what holds none is the same object as before. */
export function remapIds<T>(value: T, map: ReadonlyMap<string, string>): T {
  if (map.size === 0) return value;
  // Plain loops, and a copy only of what changes: this walks every value of a file (50,000
  // cost lines with their yearly amounts), most of which name no party or area. Numbers and
  // booleans (the yearly amounts: most values) are passed over without a call.
  const mappedId = idLookup(map);
  const mappedValue = (v: unknown): unknown => (typeof v === 'string' ? (mappedId(v) ?? v) : v !== null && typeof v === 'object' ? walk(v) : v);
  const walk = (v: object): unknown => {
    if (Array.isArray(v)) {
      let out: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        const mapped = mappedValue(item);
        if (mapped !== item) (out ??= v.slice())[i] = mapped;
      }
      return out ?? v;
    }
    const object = v as Record<string, unknown>;
    const keys = Object.keys(object);
    // A changed value: a copy by spread (three times faster than member by member), in the
    // same key order. A changed key: the members rebuilt in order from there on.
    let out: Record<string, unknown> | null = null;
    let rebuilt = false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const child = object[key];
      const mapped = typeof child === 'number' || typeof child === 'boolean' ? child : mappedValue(child);
      const mappedKey = mappedId(key);
      if (mappedKey !== undefined && !rebuilt) {
        const before: Record<string, unknown> = out ?? object;
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]!] = before[keys[j]!];
        rebuilt = true;
      }
      if (rebuilt) out![mappedKey ?? key] = mapped;
      else if (mapped !== child) (out ??= { ...object })[key] = mapped;
    }
    return out ?? v;
  };
  return mappedValue(value) as T;
}

export type FieldDecision = { field: string; side: 'mine' | 'theirs' | 'conflict' };

/**
 * Field by field against the base: a field changed on one side only takes that side; the
 * same field changed on both sides to different values is a conflict.
 */
export function threeWay(
  base: ExchangeRecord,
  mine: ExchangeRecord,
  theirs: ExchangeRecord,
): { take: string[]; conflicts: string[]; mineChanged: string[]; theirsChanged: string[] } {
  const mineChanged = changedFields(base, mine);
  const theirsChanged = changedFields(base, theirs);
  const mineSet = new Set(mineChanged);
  const take: string[] = [];
  const conflicts: string[] = [];
  for (const field of theirsChanged) {
    if (!mineSet.has(field)) take.push(field);
    else if (!sameValue(mine[field], theirs[field])) conflicts.push(field);
  }
  return { take, conflicts, mineChanged, theirsChanged };
}
