import { newId } from '../domain/ids';
import type { RecordMeta } from '../domain/schemas';

export function nowIso(): string {
  return new Date().toISOString();
}

export function withNewMeta<T extends object>(fields: T): T & RecordMeta {
  const at = nowIso();
  return { ...fields, id: newId(), createdAt: at, updatedAt: at, revision: 1 };
}

export function withNextRevision<T extends RecordMeta>(existing: T, patch: Partial<T>): T {
  return { ...existing, ...patch, id: existing.id, createdAt: existing.createdAt, updatedAt: nowIso(), revision: existing.revision + 1 };
}

// Lives in domain so that ui/ can recognise it without reaching into data/.
export { UserFacingError } from '../domain/errors';
