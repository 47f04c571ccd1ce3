/** Remembers the main window's size and position, and never restores it off-screen. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { x: 80, y: 60, width: 1360, height: 860 }, maximized: false };
const MIN_WIDTH = 900;
const MIN_HEIGHT = 600;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function overlaps(a: Bounds, b: Bounds): boolean {
  const visibleWidth = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const visibleHeight = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return visibleWidth >= 100 && visibleHeight >= 100;
}

/** Saved state from disk (anything) → a state that fits on one of today's displays. */
export function sanitizeWindowState(saved: unknown, displays: readonly Bounds[]): WindowState {
  if (typeof saved !== 'object' || saved === null) return DEFAULT_WINDOW_STATE;
  const s = saved as { bounds?: Partial<Bounds>; maximized?: unknown };
  const b = s.bounds;
  if (!b || !isFiniteNumber(b.x) || !isFiniteNumber(b.y) || !isFiniteNumber(b.width) || !isFiniteNumber(b.height)) return DEFAULT_WINDOW_STATE;
  const bounds: Bounds = {
    x: Math.round(b.x),
    y: Math.round(b.y),
    width: Math.max(MIN_WIDTH, Math.round(b.width)),
    height: Math.max(MIN_HEIGHT, Math.round(b.height)),
  };
  if (!displays.some((d) => overlaps(bounds, d))) return { ...DEFAULT_WINDOW_STATE, maximized: s.maximized === true };
  return { bounds, maximized: s.maximized === true };
}

export const WINDOW_MIN_SIZE = { width: MIN_WIDTH, height: MIN_HEIGHT };
