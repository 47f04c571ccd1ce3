/** Reads and writes the window state file; failures fall back to defaults silently. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { DEFAULT_WINDOW_STATE, sanitizeWindowState, type Bounds, type WindowState } from './windowState';

export async function loadWindowState(userDataDir: string, displays: readonly Bounds[]): Promise<WindowState> {
  try {
    const raw = await fs.readFile(path.join(userDataDir, 'window-state.json'), 'utf8');
    return sanitizeWindowState(JSON.parse(raw), displays);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function trackWindowState(win: BrowserWindow, userDataDir: string): void {
  const save = () => {
    if (win.isDestroyed()) return;
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    void fs.writeFile(path.join(userDataDir, 'window-state.json'), JSON.stringify(state)).catch(() => undefined);
  };
  win.on('close', save);
}
