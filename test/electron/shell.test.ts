import { describe, expect, it, vi } from 'vitest';

// The real `electron` module is only a path string without the binary; mock what is used.
vi.mock('electron', () => ({}));

import { hardenSession, hardenWebContents } from '../../electron/hardening';
import { buildMenuTemplate } from '../../electron/menu';
import { mainWindowOptions, secureWebPreferences } from '../../electron/windows';
import { DEFAULT_WINDOW_STATE, sanitizeWindowState } from '../../electron/windowState';

describe('secure window preferences', () => {
  it('follows the Electron security checklist', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, preload: '/app/preload.cjs' });
    expect(mainWindowOptions(DEFAULT_WINDOW_STATE, '/p', undefined).webPreferences).toEqual(secureWebPreferences('/p'));
  });
});

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  it('restores saved bounds that are on a display', () => {
    expect(sanitizeWindowState({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true }, [display])).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true });
  });
  it('falls back when the window would be off-screen (projector unplugged) or the file is garbage', () => {
    expect(sanitizeWindowState({ bounds: { x: 3000, y: 0, width: 1200, height: 800 } }, [display]).bounds).toEqual(DEFAULT_WINDOW_STATE.bounds);
    for (const junk of [null, 'x', { bounds: { x: 'a' } }, { bounds: { x: NaN, y: 0, width: 1, height: 1 } }]) expect(sanitizeWindowState(junk, [display])).toEqual(DEFAULT_WINDOW_STATE);
  });
  it('enforces a minimum size', () => {
    expect(sanitizeWindowState({ bounds: { x: 0, y: 0, width: 10, height: 10 } }, [display]).bounds).toMatchObject({ width: 900, height: 600 });
  });
});

describe('application menu', () => {
  it('is German, uses standard roles, and hides developer tools outside dev', () => {
    const template = buildMenuTemplate({ isMac: false, isDev: false }, { showAbout: vi.fn() });
    expect(template.map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
    const roles = JSON.stringify(template);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'togglefullscreen']) expect(roles).toContain(`"role":"${role}"`);
    expect(roles).not.toContain('toggleDevTools');
    expect(JSON.stringify(buildMenuTemplate({ isMac: false, isDev: true }, { showAbout: vi.fn() }))).toContain('toggleDevTools');
  });
});

describe('web contents hardening', () => {
  function fakeContents() {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    return {
      on: (event: string, fn: (...args: unknown[]) => void) => listeners.set(event, fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => (openHandler = fn),
      emit: (event: string, url: string) => {
        const e = { preventDefault: vi.fn() };
        listeners.get(event)!(e, url);
        return e.preventDefault;
      },
      open: (url: string) => openHandler!({ url }),
    };
  }

  it('blocks navigation away from the app and denies new windows', () => {
    const contents = fakeContents();
    const shell = { openExternal: vi.fn(async () => undefined) };
    hardenWebContents(contents as never, shell);
    expect(contents.emit('will-navigate', 'app://ikz-planer/index.html#/x')).not.toHaveBeenCalled();
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(contents.emit('will-navigate', 'https://example.org/')).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(contents.open('https://example.org/x')).toEqual({ action: 'deny' });
    expect(contents.open('app://ikz-planer/index.html')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(2);
  });

  it('denies permission requests and checks', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: ((c: unknown, p: string) => boolean) | null = null;
    hardenSession({ setPermissionRequestHandler: (fn: typeof request) => (request = fn), setPermissionCheckHandler: (fn: typeof check) => (check = fn) } as never);
    const cb = vi.fn();
    request!(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(check!(null, 'geolocation')).toBe(false);
  });
});
