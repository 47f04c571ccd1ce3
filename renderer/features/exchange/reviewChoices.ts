/**
 * The choices of the review screen as pure functions over the core's `Resolutions`: per
 * field and per record (the shortcuts „alle von mir“ / „alle aus der Datei“ are the core's `resolveAll`). Conflicts start open (no silent winner);
 * „Übernehmen“ waits until every field has a side.
 */
import type { Choice, MergeConflict, MergePlan, Resolutions } from '../../domain/exchange/plan';

export function sideOf(resolutions: Resolutions, conflict: MergeConflict, field: string): Choice | null {
  const r = resolutions[conflict.key];
  if (r === undefined) return null;
  return typeof r === 'string' ? r : (r[field] ?? null);
}

/** One field to one side; a record decided as a whole becomes per field first, the others keep their side. */
export function chooseField(resolutions: Resolutions, conflict: MergeConflict, field: string, side: Choice): Resolutions {
  const current = resolutions[conflict.key];
  const perField: Record<string, Choice> = {};
  if (typeof current === 'string') for (const f of conflict.fields) perField[f.field] = current;
  else Object.assign(perField, current);
  perField[field] = side;
  return { ...resolutions, [conflict.key]: perField };
}

export function chooseRecord(resolutions: Resolutions, conflict: MergeConflict, side: Choice): Resolutions {
  return { ...resolutions, [conflict.key]: side };
}

/** The side of a whole record, or null while a field is open or the fields differ. */
export function recordSide(resolutions: Resolutions, conflict: MergeConflict): Choice | null {
  const sides = new Set(conflict.fields.map((f) => sideOf(resolutions, conflict, f.field)));
  const [only] = sides;
  return sides.size === 1 && only ? only : null;
}

export function masterDataChanges(plan: MergePlan): number {
  return [...plan.added, ...plan.updated, ...plan.deleted, ...plan.conflicts].filter((i) => i.masterData).length;
}
