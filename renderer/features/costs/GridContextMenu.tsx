/**
 * The grid's right-click menu in German, kept inside the window: near the right or bottom
 * edge it opens to the left or upwards instead of being cut off.
 */
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ContextMenuComponentProps, ContextMenuItem } from 'react-datasheet-grid';

export function menuLabel(item: ContextMenuItem): ReactNode {
  switch (item.type) {
    case 'CUT':
      return 'Ausschneiden';
    case 'COPY':
      return 'Kopieren';
    case 'PASTE':
      return 'Einfügen';
    case 'DELETE_ROW':
      return 'Zeile löschen';
    case 'DELETE_ROWS':
      return `Zeilen ${item.fromRow} bis ${item.toRow} löschen`;
    case 'INSERT_ROW_BELLOW':
      return 'Zeile darunter einfügen';
    case 'DUPLICATE_ROW':
      return 'Zeile duplizieren';
    case 'DUPLICATE_ROWS':
      return `Zeilen ${item.fromRow} bis ${item.toRow} duplizieren`;
    default:
      return null;
  }
}

const MARGIN = 8;

/** Top-left corner that keeps a box of the given size inside the viewport. */
export function placeInside(x: number, y: number, width: number, height: number, viewport: { width: number; height: number }): { left: number; top: number } {
  const left = x + width + MARGIN > viewport.width ? Math.max(MARGIN, x - width) : x;
  const top = y + height + MARGIN > viewport.height ? Math.max(MARGIN, y - height) : y;
  return { left, top };
}

export function GridContextMenu({ clientX, clientY, items, close }: ContextMenuComponentProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: clientX, top: clientY });
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (box) setPos(placeInside(clientX, clientY, box.width, box.height, { width: window.innerWidth, height: window.innerHeight }));
  }, [clientX, clientY, items.length]);

  const onMouseDown = useCallback(
    (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) close();
    },
    [close],
  );
  useLayoutEffect(() => {
    document.addEventListener('mousedown', onMouseDown);
    return () => document.removeEventListener('mousedown', onMouseDown);
  }, [onMouseDown]);

  return (
    <div
      className="dsg-context-menu"
      role="menu"
      aria-label="Zeilen und Zellen"
      style={{ left: pos.left, top: pos.top }}
      ref={ref}
      data-testid="grid-context-menu"
    >
      {items.map((item) => (
        <div key={item.type} role="menuitem" tabIndex={-1} onClick={item.action} className="dsg-context-menu-item">
          {menuLabel(item)}
        </div>
      ))}
    </div>
  );
}
