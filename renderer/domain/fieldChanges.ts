import type { FieldChange } from './schemas';

const IGNORED_FIELDS = new Set(['updatedAt', 'revision', 'createdAt']);

/** Field-by-field difference for the change log; bookkeeping fields are left out. */
export function fieldChanges(before: object | null, after: object | null): FieldChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = new Set([...Object.keys(b), ...Object.keys(a)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (IGNORED_FIELDS.has(field)) continue;
    if (JSON.stringify(b[field]) !== JSON.stringify(a[field])) {
      changes.push({ field, before: b[field] ?? null, after: a[field] ?? null });
    }
  }
  return changes.sort((x, y) => x.field.localeCompare(y.field));
}
