import { describe, expect, it } from 'vitest';
import { normaliseAmount, pasteBlock } from '../../renderer/features/costs/gridCells';
import { historyKey, recordEdit, redoEdit, startHistory, undoEdit } from '../../renderer/features/costs/gridHistory';
import { emptyRow, yearKey } from '../../renderer/features/costs/gridModel';
import { menuLabel, placeInside } from '../../renderer/features/costs/GridContextMenu';

describe('grid cells', () => {
  it('amounts show the same way however they were entered', () => {
    for (const typed of ['60000', '60.000', '60000,00', '€ 60.000', '60.000 €', ' 60 000 ']) expect(normaliseAmount(typed)).toBe('60.000,00');
    expect(normaliseAmount('zwölf')).toBe('zwölf');
    expect(normaliseAmount('  ')).toBe('');
  });

  it('a block pasted from a cell spreads over rows and columns and adds missing rows', () => {
    const rows = pasteBlock(
      [emptyRow(2)],
      0,
      'kommune',
      'Kamen\tPersonal\tlaufend\tja\tA\t60000\t1,5\r\nBergkamen\tSachkosten\tlaufend\tnein\tB\t€ 12.000\t\r\n',
      2,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      kommune: 'Kamen',
      kategorie: 'Personal',
      haushaltswirksam: true,
      bezeichnung: 'A',
      [yearKey(0)]: '60.000,00',
      [yearKey(1)]: '1,50',
    });
    expect(rows[1]).toMatchObject({ kommune: 'Bergkamen', haushaltswirksam: false, [yearKey(0)]: '12.000,00', [yearKey(1)]: '' });
    const fromYear = pasteBlock(rows, 1, yearKey(1), '5\t6\t7', 2);
    expect(fromYear[1]![yearKey(1)]).toBe('5,00');
  });
});

describe('grid history', () => {
  it('undo and redo step through whole edits', () => {
    let h = startHistory('');
    h = recordEdit(h, '99999');
    h = recordEdit(h, '1');
    h = undoEdit(h);
    expect(h.present).toBe('99999');
    h = undoEdit(h);
    expect(h.present).toBe('');
    expect(undoEdit(h)).toBe(h);
    h = redoEdit(redoEdit(h));
    expect(h.present).toBe('1');
    h = recordEdit(undoEdit(h), 'x');
    expect(h.future).toEqual([]);
  });

  it('Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo', () => {
    const k = (key: string, o: Partial<{ ctrlKey: boolean; shiftKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
      historyKey({ key, ctrlKey: true, shiftKey: false, metaKey: false, altKey: false, ...o });
    expect(k('z')).toBe('undo');
    expect(k('y')).toBe('redo');
    expect(k('Z', { shiftKey: true })).toBe('redo');
    expect(k('z', { ctrlKey: false })).toBeNull();
  });
});

describe('grid context menu', () => {
  it('speaks German', () => {
    expect(menuLabel({ type: 'DELETE_ROW', action: () => undefined })).toBe('Zeile löschen');
    expect(menuLabel({ type: 'DELETE_ROWS', action: () => undefined, fromRow: 2, toRow: 4 })).toBe('Zeilen 2 bis 4 löschen');
    expect(menuLabel({ type: 'INSERT_ROW_BELLOW', action: () => undefined })).toBe('Zeile darunter einfügen');
  });
  it('stays on screen near the right and bottom edge', () => {
    const viewport = { width: 1000, height: 700 };
    expect(placeInside(100, 100, 200, 150, viewport)).toEqual({ left: 100, top: 100 });
    const edge = placeInside(950, 680, 200, 150, viewport);
    expect(edge.left + 200).toBeLessThanOrEqual(1000);
    expect(edge.top + 150).toBeLessThanOrEqual(700);
  });
});
