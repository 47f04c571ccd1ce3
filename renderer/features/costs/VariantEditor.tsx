import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RowContext } from '../../domain/costs/costRows';
import type { Variant } from '../../domain/costs/model';
import { CostGrid } from './CostGrid';
import { computedRowsTouched, type GridRow } from './gridModel';
import type { VariantDraft } from './useCostDrafts';

interface Props {
  variant: Variant;
  ctx: RowContext;
  draft: VariantDraft;
  saving: boolean;
  onChange(rows: GridRow[]): void;
  onUndo(): void;
  onRedo(): void;
  onSave(): void;
  onDiscard(): void;
}

/**
 * The grid of one variant with save/discard. The draft itself lives in the page, so a tab
 * switch keeps it. Changing the amounts of a growth or staff line asks first: the line
 * would lose its yearly increase and become fixed yearly values.
 */
export function VariantEditor({ variant, ctx, draft, saving, onChange, onUndo, onRedo, onSave, onDiscard }: Props) {
  const [pending, setPending] = useState<{ next: GridRow[]; touched: GridRow[] } | null>(null);

  const change = (next: GridRow[]) => {
    const touched = computedRowsTouched(next, draft.rows, ctx.years.length);
    if (touched.length > 0) setPending({ next, touched });
    else onChange(next);
  };
  const convert = () => {
    if (!pending) return;
    const ids = new Set(pending.touched.map((r) => r.id));
    onChange(pending.next.map((r) => (ids.has(r.id) ? { ...r, computed: undefined, herkunft: 'Jahreswerte (umgewandelt)' } : r)));
    setPending(null);
  };

  return (
    <>
      <CostGrid
        variant={variant}
        ctx={ctx}
        rows={draft.rows}
        onChange={change}
        canUndo={draft.canUndo}
        canRedo={draft.canRedo}
        onUndo={onUndo}
        onRedo={onRedo}
      />
      <Group mt="sm">
        <Button onClick={onSave} loading={saving} disabled={!draft.dirty}>
          Kosten speichern
        </Button>
        <Button variant="default" onClick={onDiscard} disabled={!draft.dirty}>
          Änderungen verwerfen
        </Button>
        {draft.dirty ? (
          <Text size="sm" c="orange.9" data-testid="unsaved-marker">
            Ungespeicherte Änderungen
          </Text>
        ) : null}
      </Group>
      {pending ? (
        <Modal opened onClose={() => setPending(null)} title="Berechnete Zeile ändern?" data-testid="computed-dialog">
          <Stack>
            {pending.touched.map((r) => (
              <Text key={r.id}>
                „{r.bezeichnung}“ wird berechnet ({r.herkunft}).
              </Text>
            ))}
            <Text>
              Wenn Sie hier Beträge ändern, wird die Zeile zu festen Jahreswerten: die Berechnung aus Startwert bzw. VZÄ und die jährliche Steigerung entfallen.
              Um die Berechnung zu behalten, ändern Sie die Zeile stattdessen über „Zeile mit Personal oder Fortschreibung …“ neu.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                Abbrechen
              </Button>
              <Button onClick={convert}>In Jahreswerte umwandeln</Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </>
  );
}
