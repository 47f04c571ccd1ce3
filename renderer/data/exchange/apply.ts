import type { ApplyOptions, Choice, MergeConflict, MergePlan, MergeSummary, Resolutions } from '../../domain/exchange/plan';
import type { IkzDatabase } from '../db';

/** „Alle von mir“ / „Alle aus der Datei“: one choice for every conflict. */
export function resolveAll(plan: MergePlan, choice: Choice): Resolutions {
  return Object.fromEntries(plan.conflicts.map((c) => [c.key, choice]));
}

/** Conflicts that still lack a decision for at least one field. */
export function unresolvedConflicts(plan: MergePlan, resolutions: Resolutions): MergeConflict[] {
  return plan.conflicts.filter((c) => {
    const r = resolutions[c.key];
    if (r === 'mine' || r === 'theirs') return false;
    if (!r) return true;
    return c.fields.some((f) => r[f.field] !== 'mine' && r[f.field] !== 'theirs');
  });
}

/** Writes the plan with the user's decisions in one transaction; see index.ts. */
export async function applyMerge(db: IkzDatabase, plan: MergePlan, resolutions: Resolutions, options: ApplyOptions): Promise<MergeSummary> {
  void db;
  void resolutions;
  void options;
  void plan;
  throw new Error('TODO: applyMerge');
}
