/**
 * What an import would do, computed before anything is written (planMerge in
 * renderer/data/exchange): new records, updates, deletions, records skipped as unchanged
 * and the conflicts the user decides field by field. applyMerge writes exactly this plan.
 */
import type { ExchangeHeader, ExchangeRecord, ExchangeTable } from './format';

/** One record the import adds, updates or deletes without a question. */
export interface PlanItem {
  table: ExchangeTable;
  recordId: string;
  /** German name of the record for lists („Vorschlag „Bauhof““, „Kostenzeile „Personal“ (Bauhof)“). */
  label: string;
  /** parties/areas: written only with `acceptMasterData`. */
  masterData: boolean;
  /** For updates: German labels of the fields the file changes. */
  fields: string[];
}

export interface ConflictField {
  field: string;
  /** German label of the field („Titel“, „Beteiligte“ …). */
  label: string;
  /** Raw values (JSON); null when the record does not exist on that side. */
  mine: unknown;
  theirs: unknown;
  base: unknown;
  /** The same values as German text (ids replaced by names, amounts as „1.234,56 €“). */
  mineText: string;
  theirsText: string;
  baseText: string;
  /** Who changed the field last and when (ISO), from the change logs; null when unknown. */
  mineChangedBy: string | null;
  mineChangedAt: string | null;
  theirsChangedBy: string | null;
  theirsChangedAt: string | null;
}

/**
 * - `fields`: both sides changed the same field(s) differently.
 * - `deletedByThem`: the file deletes a record this laptop changed (mine = keep it, theirs = delete).
 * - `deletedByMe`: this laptop deleted a record the file changed (mine = stays deleted, theirs = restore with the file's version).
 * - `noBase`: both sides have the record but never shared a version of it: every differing field is listed.
 */
export type ConflictKind = 'fields' | 'deletedByThem' | 'deletedByMe' | 'noBase';

export interface MergeConflict {
  /** `${table}:${recordId}`: key of the conflict in `Resolutions`. */
  key: string;
  table: ExchangeTable;
  recordId: string;
  label: string;
  kind: ConflictKind;
  masterData: boolean;
  /** Conflicting fields; for deletion conflicts one pseudo-field „Gelöscht“. */
  fields: ConflictField[];
}

/** Per conflict: everything from one side, or per field. Missing fields/conflicts: not decided. */
export type Choice = 'mine' | 'theirs';
export type Resolution = Choice | Record<string, Choice>;
export type Resolutions = Record<string, Resolution>;

/** Internal step of the plan, carried to applyMerge (not for display). */
export interface PlanStep {
  table: ExchangeTable;
  recordId: string;
  /**
   * put: write the file's record as it is (new, or only the file changed it); merge: the
   * local record plus the fields in `take`; delete: remove the local record (tombstone);
   * conflict: decided by the user at apply; base: nothing to write, only remember the
   * file's version as shared.
   */
  action: 'put' | 'merge' | 'delete' | 'conflict' | 'base';
  /** The file's version (null: the file deletes the record). */
  theirs: ExchangeRecord | null;
  /** The local record at planning time (null: none, or deleted here). */
  local: ExchangeRecord | null;
  /** Fields taken from the file without a question (merge, conflict). */
  take: string[];
  conflictKey: string | null;
  masterData: boolean;
}

export interface MergePlan {
  header: ExchangeHeader;
  added: PlanItem[];
  updated: PlanItem[];
  deleted: PlanItem[];
  /** Records in the file that need nothing (same as here, or older than here). */
  unchanged: number;
  conflicts: MergeConflict[];
  /** True when the import would change master data (parties, areas): ask the user (acceptMasterData). */
  touchesMasterData: boolean;
  /**
   * Scope „workspace“ or „masterData“. A file of selected proposals carries parties and
   * areas only so ids can be matched: it may add one the proposals need (with consent),
   * never change or delete one; those are counted as unchanged.
   */
  masterDataInScope: boolean;
  /** German notes for the review screen (e.g. tables this version does not know). */
  warnings: string[];
  /** Workspace revision at planning time: applyMerge refuses if the data changed since. */
  workspaceRevision: number;
  steps: PlanStep[];
}

export interface ApplyOptions {
  /** The file's name, for the change log („aus Datei Bauhof.ikz von Kamen (M. Muster)“). */
  fileName: string;
  /** Write changes to parties/areas too (only allowed when the file's scope includes master data). */
  acceptMasterData: boolean;
}

export interface MergeSummary {
  added: number;
  updated: number;
  deleted: number;
  conflictsResolved: number;
  /** Master data changes left out because the user did not agree (or the scope excluded them). */
  masterDataSkipped: number;
  /** „12 neu, 3 aktualisiert, 1 Konflikt gelöst“ */
  text: string;
  /** New or changed records per table, tables in the order of the file ({ proposals: 1, costPlans: 1 }). */
  written: Record<string, number>;
}
