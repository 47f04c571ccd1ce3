import { Alert, Button, Group, List, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { checkboxColumn, createTextColumn, DataSheetGrid, keyColumn, type Column, type DataSheetGridRef } from 'react-datasheet-grid';
import 'react-datasheet-grid/dist/style.css';
import './costGrid.css';
import type { RowContext } from '../../domain/costs/costRows';
import { formatEuroCents } from '../../domain/format';
import type { Variant } from '../../domain/costs/model';
import { isBlock, normaliseAmount, pasteBlock } from './gridCells';
import { GridContextMenu } from './GridContextMenu';
import { historyKey } from './gridHistory';
import { emptyRow, validateRows, yearKey, type GridRow } from './gridModel';

// continuousUpdates: false commits a cell once when editing ends, so one edit is one undo step.
const text = createTextColumn<string>({
  continuousUpdates: false,
  deletedValue: '',
  parseUserInput: (v) => v,
  parsePastedValue: (v) => v.trim(),
  formatBlurredInput: (v) => v ?? '',
  formatInputOnFocus: (v) => v ?? '',
});
const amount = createTextColumn<string>({
  continuousUpdates: false,
  alignRight: true,
  deletedValue: '',
  parseUserInput: normaliseAmount,
  parsePastedValue: normaliseAmount,
  formatBlurredInput: (v) => v ?? '',
  formatInputOnFocus: (v) => v ?? '',
});

interface Props {
  variant: Variant;
  ctx: RowContext;
  rows: GridRow[];
  onChange(rows: GridRow[]): void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
}

/**
 * Cost lines × years. Keyboard like Excel (arrows, Enter, Tab), paste of a block copied
 * from Excel (tab-separated, German numbers), a totals row, per-cell validation.
 */
export function CostGrid({ variant, ctx, rows, onChange, canUndo, canRedo, onUndo, onRedo }: Props) {
  const [active, setActive] = useState<{ row: number; col: string } | null>(null);
  const validation = useMemo(() => validateRows(rows, variant, ctx), [rows, variant, ctx]);
  const cellClassName = useCallback(
    ({ rowIndex, columnId }: { rowIndex: number; columnId?: string }) => (validation.byCell.has(`${rowIndex}:${columnId}`) ? 'cost-cell-invalid' : undefined),
    [validation],
  );

  const columns = useMemo<Column<GridRow, unknown, string>[]>(
    () =>
      [
        { ...keyColumn<GridRow, 'kommune'>('kommune', text), id: 'kommune', title: 'Kommune', minWidth: 150 },
        { ...keyColumn<GridRow, 'kategorie'>('kategorie', text), id: 'kategorie', title: 'Kategorie', minWidth: 170 },
        { ...keyColumn<GridRow, 'art'>('art', text), id: 'art', title: 'Art', minWidth: 90 },
        { ...keyColumn<GridRow, 'haushaltswirksam'>('haushaltswirksam', checkboxColumn), id: 'haushaltswirksam', title: 'HH-wirks.', minWidth: 80 },
        { ...keyColumn<GridRow, 'bezeichnung'>('bezeichnung', text), id: 'bezeichnung', title: 'Bezeichnung', minWidth: 220 },
        ...ctx.years.map((year, i) => ({ ...keyColumn<GridRow, `y${number}`>(yearKey(i), amount), id: yearKey(i), title: String(year), minWidth: 110 })),
        { ...keyColumn<GridRow, 'herkunft'>('herkunft', text), id: 'herkunft', title: 'Eingabe', minWidth: 170, disabled: true },
      ] as Column<GridRow, unknown, string>[],
    [ctx.years],
  );

  // The grid renders bare inputs; give each an accessible name (column and row) and make
  // the scroll area reachable by keyboard. Rows are virtualised, so label on every change.
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return;
    const titles = ['', ...columns.map((c) => String(c.title ?? ''))];
    const label = () => {
      root.querySelector('.dsg-container')?.setAttribute('tabindex', '0');
      root.querySelector('.dsg-container')?.setAttribute('aria-label', `Kostentabelle ${variant === 'ist' ? 'Ist-Zustand' : 'Kooperation'}`);
      root.querySelectorAll('.dsg-row:not(.dsg-row-header)').forEach((row) => {
        const rowNumber = row.querySelector('.dsg-cell-gutter')?.textContent ?? '';
        row.querySelectorAll('.dsg-cell').forEach((cell, i) => {
          const input = cell.querySelector('input');
          const name = `${titles[i] ?? ''}, Zeile ${rowNumber}`;
          if (input && input.getAttribute('aria-label') !== name) input.setAttribute('aria-label', name);
        });
      });
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [columns, variant]);

  // A block pasted while a cell is being edited goes into the grid, not into that one cell:
  // leave edit mode without committing (Escape) and spread the block from the active cell.
  const grid = useRef<DataSheetGridRef>(null);
  const latest = useRef({ rows, onChange });
  useLayoutEffect(() => {
    latest.current = { rows, onChange };
  });
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return;
    const onPaste = (e: ClipboardEvent) => {
      const input = e.target;
      const cell = grid.current?.activeCell;
      const data = e.clipboardData?.getData('text/plain') ?? '';
      if (!(input instanceof HTMLInputElement) || !input.closest('.dsg-cell') || !cell || !isBlock(data)) return;
      e.preventDefault();
      e.stopPropagation();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      const { rows: current, onChange: apply } = latest.current;
      apply(pasteBlock(current, cell.row, String(cell.colId ?? ''), data, ctx.years.length));
    };
    root.addEventListener('paste', onPaste, true);
    return () => root.removeEventListener('paste', onPaste, true);
  }, [ctx.years.length]);

  // Outside an open cell editor, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z step through whole grid edits
  // (inside one, they act on the text being typed, as in Excel). After a cell editor closes
  // the focus is on the page body, so listen on the document while this grid has a cell.
  const history = useRef({ onUndo, onRedo });
  useLayoutEffect(() => {
    history.current = { onUndo, onRedo };
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const action = historyKey(e);
      const root = wrapper.current;
      if (!action || !root || e.defaultPrevented) return;
      const focus = document.activeElement;
      const editing = focus instanceof HTMLInputElement && focus.closest('.dsg-cell') !== null && root.contains(focus);
      // Also when the focus is on a button or tab of this screen (e.g. right after a tab
      // switch), but not in another text field or an open dialog.
      const typingElsewhere =
        focus instanceof HTMLElement && (focus.matches('input, textarea, select, [contenteditable="true"]') || focus.closest('[role="dialog"]') !== null);
      const ours = (focus !== null && root.contains(focus)) || (!typingElsewhere && document.querySelector('[role="dialog"]') === null);
      if (editing || !ours) return;
      e.preventDefault();
      if (action === 'undo') history.current.onUndo();
      else history.current.onRedo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const activeMessage = active ? validation.byCell.get(`${active.row}:${active.col}`) : undefined;

  return (
    <div ref={wrapper} data-testid={`cost-grid-${variant}`}>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="gray.7">
          Pfeiltasten, Enter und Tab wie in Excel; einen Block aus Excel mit Strg+V einfügen. „gemeinsam“ als Kommune verteilt die Kosten nach dem Schlüssel.
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onUndo} disabled={!canUndo}>
            Rückgängig (Strg+Z)
          </Button>
          <Button size="xs" variant="default" onClick={onRedo} disabled={!canRedo}>
            Wiederholen (Strg+Y)
          </Button>
        </Group>
      </Group>
      <DataSheetGrid<GridRow>
        ref={grid}
        value={rows}
        contextMenuComponent={GridContextMenu}
        onChange={(next) => onChange(next as GridRow[])}
        columns={columns}
        cellClassName={cellClassName}
        createRow={() => emptyRow(ctx.years.length)}
        duplicateRow={({ rowData }) => ({ ...rowData, id: null, order: undefined })}
        autoAddRow
        height={Math.min(520, 40 + 40 * Math.max(rows.length + 1, 4))}
        onActiveCellChange={({ cell }) => setActive(cell ? { row: cell.row, col: String(cell.colId ?? '') } : null)}
        addRowsComponent={({ addRows }) => (
          <Button size="xs" variant="subtle" mt={4} onClick={() => addRows(1)}>
            + Zeile hinzufügen
          </Button>
        )}
      />
      <div aria-live="polite" className="cost-cell-message">
        {activeMessage ? (
          <Text size="sm" c="red.9" role="alert">
            {activeMessage}
          </Text>
        ) : null}
      </div>
      {/* Many years scroll sideways; the region is focusable so keyboard users can scroll it. */}
      <div className="cost-totals-scroll" tabIndex={0} role="region" aria-label={`Summen je Jahr ${variant === 'ist' ? 'Ist-Zustand' : 'Kooperation'}`}>
        <Table withTableBorder fz="sm" aria-label="Summen je Jahr" data-testid={`cost-totals-${variant}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Summe</Table.Th>
              {ctx.years.map((y) => (
                <Table.Th key={y} ta="right">
                  {y}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>{variant === 'ist' ? 'Ist' : 'Kooperation'}</Table.Td>
              {validation.totals.map((t, i) => (
                <Table.Td key={i} ta="right">
                  {formatEuroCents(t)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </div>
      {validation.errors.length > 0 ? (
        <Alert
          color="red"
          mt="xs"
          title={`${validation.errors.length} Eingaben sind ungültig; gespeichert wird erst, wenn alle korrigiert sind.`}
          data-testid="grid-errors"
        >
          <List size="sm">
            {validation.errors.slice(0, 12).map((e) => (
              <List.Item key={`${e.row}-${e.column}`}>
                Zeile {e.row}, {e.column}: {e.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </div>
  );
}
