/** Undo/redo of the grid: one step per whole edit (a committed cell, a paste, a deleted row). */
export interface GridHistory<T> {
  past: T[];
  present: T;
  future: T[];
}

const LIMIT = 100;

export const startHistory = <T>(present: T): GridHistory<T> => ({ past: [], present, future: [] });

export function recordEdit<T>(h: GridHistory<T>, next: T): GridHistory<T> {
  return { past: [...h.past, h.present].slice(-LIMIT), present: next, future: [] };
}

export function undoEdit<T>(h: GridHistory<T>): GridHistory<T> {
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1]!, future: [h.present, ...h.future] };
}

export function redoEdit<T>(h: GridHistory<T>): GridHistory<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1) };
}

/** Ctrl+Z → undo; Ctrl+Y and Ctrl+Shift+Z → redo (Cmd on a Mac). */
export function historyKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
