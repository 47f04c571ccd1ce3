import { Button, Group, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useDb } from '../../data/DbContext';
import { applyCostLineChanges } from '../../data/repositories/costs';
import type { RowContext } from '../../domain/costs/costRows';
import type { PayRate } from '../../domain/costs/expand';
import type { CostLine, Period, Variant } from '../../domain/costs/model';
import { UserFacingError } from '../../data/records';
import { notifyError, notifySuccess } from '../../ui/notify';
import { CostGrid } from './CostGrid';
import { changesFromRows, emptyRow, rowsFromLines, validateRows, type GridRow } from './gridModel';

interface Props {
  variant: Variant;
  lines: CostLine[];
  period: Period;
  payRates: PayRate[];
  ctx: RowContext;
  partyName(id: string): string;
}

/** The grid of one variant with its edit history and save/discard. Keyed by the stored data. */
export function VariantEditor({ variant, lines, period, payRates, ctx, partyName }: Props) {
  const db = useDb();
  // An empty grid still shows one row, so there is a cell to type or paste into.
  const original = useMemo(() => {
    const rows = rowsFromLines(lines, period, payRates, partyName);
    return rows.length > 0 ? rows : [emptyRow(period.years)];
  }, [lines, period, payRates, partyName]);
  const [history, setHistory] = useState<GridRow[][]>([original]);
  const rows = history[history.length - 1]!;
  const dirty = history.length > 1;
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const validation = validateRows(rows, variant, ctx);
    if (validation.errors.length > 0) {
      notifyError(new UserFacingError('Bitte zuerst die rot markierten Zellen korrigieren; es wurde nichts gespeichert.'));
      return;
    }
    setSaving(true);
    try {
      const change = changesFromRows(rows, original, lines.map((l) => l.id), variant, ctx);
      await applyCostLineChanges(db, ctx.proposalId, change);
      notifySuccess(`${change.upserts.length} Zeilen gespeichert, ${change.deletions.length} gelöscht.`);
    } catch (e) {
      notifyError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <CostGrid variant={variant} ctx={ctx} rows={rows} onChange={(next) => setHistory((h) => [...h.slice(-49), next])} canUndo={dirty} onUndo={() => setHistory((h) => (h.length > 1 ? h.slice(0, -1) : h))} />
      <Group mt="sm">
        <Button onClick={save} loading={saving} disabled={!dirty}>
          Kosten speichern
        </Button>
        <Button variant="default" onClick={() => setHistory([original])} disabled={!dirty}>
          Änderungen verwerfen
        </Button>
        {dirty ? (
          <Text size="sm" c="orange.9">
            Ungespeicherte Änderungen
          </Text>
        ) : null}
      </Group>
    </>
  );
}
