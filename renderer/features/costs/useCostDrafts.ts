/**
 * Unsaved grid edits of one proposal, per variant, kept here (above the tabs) so that
 * switching between Ist and Kooperation keeps them. A draft is dropped only by saving or
 * discarding; changes of the stored data under a clean grid simply show the new data.
 */
import { useCallback, useMemo, useState } from 'react';
import { useDb } from '../../state/DbContext';
import { UserFacingError } from '../../data/records';
import { applyCostLineChanges } from '../../data/repositories/costs';
import type { RowContext } from '../../domain/costs/costRows';
import type { PayRate } from '../../domain/costs/expand';
import { VARIANTS, type CostLine, type Period, type Variant } from '../../domain/costs/model';
import { notifyError, notifySuccess } from '../../ui/notify';
import { recordEdit, redoEdit, startHistory, undoEdit, type GridHistory } from './gridHistory';
import { changesFromRows, emptyRow, isBlank, rowsFromLines, validateRows, type GridRow } from './gridModel';

interface Draft {
  proposalId: string;
  original: GridRow[];
  storedIds: string[];
  history: GridHistory<GridRow[]>;
}

export interface VariantDraft {
  rows: GridRow[];
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

interface Source {
  lines: CostLine[];
  period: Period;
  payRates: PayRate[];
  ctx: RowContext;
  partyName(id: string): string;
}

// Blank rows (the grid adds one after the last row) are never saved, so they do not make a draft dirty.
const filled = (rows: readonly GridRow[]) => rows.filter((r) => !isBlank(r, Object.keys(r).filter((k) => /^y\d+$/.test(k)).length));
const sameRows = (a: readonly GridRow[], b: readonly GridRow[]) => JSON.stringify(filled(a)) === JSON.stringify(filled(b));

export function useCostDrafts(source: Source | null) {
  const db = useDb();
  const [drafts, setDrafts] = useState<Partial<Record<Variant, Draft>>>({});
  const [saving, setSaving] = useState(false);

  const live = useMemo(() => {
    if (!source) return null;
    const out = {} as Record<Variant, { original: GridRow[]; storedIds: string[] }>;
    for (const variant of VARIANTS) {
      const lines = source.lines.filter((l) => l.variant === variant);
      const rows = rowsFromLines(lines, source.period, source.payRates, source.partyName);
      // An empty grid still shows one row, so there is a cell to type or paste into.
      out[variant] = { original: rows.length > 0 ? rows : [emptyRow(source.period.years)], storedIds: lines.map((l) => l.id) };
    }
    return out;
  }, [source]);

  const proposalId = source?.ctx.proposalId ?? null;
  const draftOf = useCallback(
    (variant: Variant): Draft | null => {
      const d = drafts[variant];
      if (!d || d.proposalId !== proposalId || !live) return null;
      // A clean draft whose stored data changed meanwhile is stale: show the stored data.
      return !sameRows(d.history.present, d.original) || sameRows(d.original, live[variant].original) ? d : null;
    },
    [drafts, proposalId, live],
  );

  const view = useCallback(
    (variant: Variant): VariantDraft => {
      const d = draftOf(variant);
      if (!d) return { rows: live?.[variant].original ?? [], dirty: false, canUndo: false, canRedo: false };
      return {
        rows: d.history.present,
        dirty: !sameRows(d.history.present, d.original),
        canUndo: d.history.past.length > 0,
        canRedo: d.history.future.length > 0,
      };
    },
    [draftOf, live],
  );

  const update = useCallback(
    (variant: Variant, step: (h: GridHistory<GridRow[]>) => GridHistory<GridRow[]>) => {
      if (!live || !proposalId) return;
      setDrafts((all) => {
        const current = all[variant];
        const valid =
          current &&
          current.proposalId === proposalId &&
          (!sameRows(current.history.present, current.original) || sameRows(current.original, live[variant].original));
        const base: Draft = valid
          ? current
          : { proposalId, original: live[variant].original, storedIds: live[variant].storedIds, history: startHistory(live[variant].original) };
        return { ...all, [variant]: { ...base, history: step(base.history) } };
      });
    },
    [live, proposalId],
  );

  const change = useCallback((variant: Variant, rows: GridRow[]) => update(variant, (h) => recordEdit(h, rows)), [update]);
  const undo = useCallback((variant: Variant) => update(variant, undoEdit), [update]);
  const redo = useCallback((variant: Variant) => update(variant, redoEdit), [update]);
  const discard = useCallback((variant?: Variant) => setDrafts((all) => (variant ? { ...all, [variant]: undefined } : {})), []);

  const dirtyVariants = VARIANTS.filter((v) => view(v).dirty);

  /** Saves the given variants (default: all with changes); false when nothing could be saved. */
  const save = useCallback(
    async (variants: readonly Variant[] = VARIANTS): Promise<boolean> => {
      if (!source) return false;
      const todo = variants
        .map((v) => ({ v, d: draftOf(v) }))
        .filter((x): x is { v: Variant; d: Draft } => x.d !== null && !sameRows(x.d.history.present, x.d.original));
      for (const { v, d } of todo) {
        if (validateRows(d.history.present, v, source.ctx).errors.length > 0) {
          notifyError(
            new UserFacingError(
              `Bitte zuerst die rot markierten Zellen korrigieren (${v === 'ist' ? 'Ist-Zustand' : 'Kooperation'}); es wurde nichts gespeichert.`,
            ),
          );
          return false;
        }
      }
      setSaving(true);
      try {
        for (const { v, d } of todo) {
          const changeSet = changesFromRows(d.history.present, d.original, d.storedIds, v, source.ctx);
          await applyCostLineChanges(db, source.ctx.proposalId, changeSet);
          setDrafts((all) => ({ ...all, [v]: undefined }));
          notifySuccess(`${changeSet.upserts.length} Zeilen gespeichert, ${changeSet.deletions.length} gelöscht.`);
        }
        return true;
      } catch (e) {
        notifyError(e);
        return false;
      } finally {
        setSaving(false);
      }
    },
    [db, draftOf, source],
  );

  return { view, change, undo, redo, discard, save, saving, dirty: dirtyVariants.length > 0, dirtyVariants };
}
