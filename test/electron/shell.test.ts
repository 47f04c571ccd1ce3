import { describe, expect, it, vi } from 'vitest';

// The real `electron` module is only a path string without the binary; mock what is used.
vi.mock('electron', () => ({}));

import { hardenSession, hardenWebContents } from '../../electron/hardening';
import { buildMenuTemplate } from '../../electron/menu';
import { loadApp, mainWindowOptions, secureWebPreferences } from '../../electron/windows';
import { DEFAULT_WINDOW_STATE, sanitizeWindowState } from '../../electron/windowState';

describe('secure window preferences', () => {
  // The whole object, literally: a changed value or any added key (enableBlinkFeatures,
  // experimentalFeatures: true, a preload swap …) fails here.
  const EXPECTED = {
    preload: '/app/preload.cjs',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    disableBlinkFeatures: 'Auxclick',
  };

  it('are exactly the reviewed Electron checklist values', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toStrictEqual(EXPECTED);
  });

  it('are what the main window gets, with nothing else security-relevant in its options', () => {
    expect(mainWindowOptions(DEFAULT_WINDOW_STATE, '/app/preload.cjs', undefined)).toStrictEqual({
      ...DEFAULT_WINDOW_STATE.bounds,
      minWidth: 900,
      minHeight: 600,
      title: 'IKZ-Planer',
      show: false,
      backgroundColor: '#ffffff',
      webPreferences: EXPECTED,
    });
  });

  it('load the app only from app://ikz-planer', async () => {
    const win = { loadURL: vi.fn(async () => undefined) };
    await loadApp(win);
    await loadApp(win, '#/bericht/druck?quelle=meeting&termin=abc-1');
    expect(win.loadURL.mock.calls).toEqual([['app://ikz-planer/index.html'], ['app://ikz-planer/index.html#/bericht/druck?quelle=meeting&termin=abc-1']]);
    // A route is a hash route of the app, never another address.
    expect(() => loadApp(win, 'https://example.org')).toThrow();
    expect(() => loadApp(win, '#/x"onload')).toThrow();
    expect(() => loadApp(win, '/../etc/passwd')).toThrow();
    expect(() => loadApp(win, '@evil.org/#/')).toThrow();
    expect(win.loadURL).toHaveBeenCalledTimes(2);
  });
});

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  it('restores saved bounds that are on a display', () => {
    expect(sanitizeWindowState({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true }, [display])).toEqual({
      bounds: { x: 100, y: 50, width: 1200, height: 800 },
      maximized: true,
    });
  });
  it('falls back when the window would be off-screen (projector unplugged) or the file is garbage', () => {
    expect(sanitizeWindowState({ bounds: { x: 3000, y: 0, width: 1200, height: 800 } }, [display]).bounds).toEqual(DEFAULT_WINDOW_STATE.bounds);
    for (const junk of [null, 'x', { bounds: { x: 'a' } }, { bounds: { x: NaN, y: 0, width: 1, height: 1 } }])
      expect(sanitizeWindowState(junk, [display])).toEqual(DEFAULT_WINDOW_STATE);
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
      /** Fires the event; returns whether the handler prevented it. */
      prevented: (event: string, url?: string) => {
        const e = { preventDefault: vi.fn() };
        const listener = listeners.get(event);
        if (!listener) throw new Error(`no ${event} handler`);
        listener(e, url);
        return e.preventDefault.mock.calls.length > 0;
      },
      open: (url: string) => openHandler!({ url }),
      events: () => [...listeners.keys()].sort(),
    };
  }

  function setup() {
    const contents = fakeContents();
    const openLink = vi.fn(async () => true);
    hardenWebContents(contents as never, openLink);
    return { contents, openLink };
  }

  const AWAY = [
    'file:///etc/passwd',
    'https://example.org/',
    'http://example.org/',
    'app://ikz-planer.evil/',
    'javascript:alert(1)',
    'data:text/html,x',
    'chrome://settings',
  ];

  it('guards navigation, redirects, webviews and new windows', () => {
    expect(setup().contents.events()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
  });

  it('keeps navigation inside the app and blocks every other target', () => {
    const { contents } = setup();
    expect(contents.prevented('will-navigate', 'app://ikz-planer/index.html#/x')).toBe(false);
    for (const url of AWAY) expect(contents.prevented('will-navigate', url), url).toBe(true);
  });

  it('hands only https links to the confirming opener, never navigating to them', () => {
    const { contents, openLink } = setup();
    for (const url of AWAY) contents.prevented('will-navigate', url);
    expect(openLink.mock.calls).toEqual([['https://example.org/']]);
  });

  it('blocks redirects away from the app', () => {
    const { contents, openLink } = setup();
    expect(contents.prevented('will-redirect', 'app://ikz-planer/index.html')).toBe(false);
    for (const url of AWAY) expect(contents.prevented('will-redirect', url), url).toBe(true);
    expect(openLink).not.toHaveBeenCalled();
  });

  it('never attaches a webview', () => {
    expect(setup().contents.prevented('will-attach-webview')).toBe(true);
  });

  it('denies every new window; an https target goes to the confirming opener only', () => {
    const { contents, openLink } = setup();
    for (const url of [...AWAY, 'app://ikz-planer/index.html']) expect(contents.open(url), url).toEqual({ action: 'deny' });
    expect(openLink.mock.calls).toEqual([['https://example.org/']]);
  });

  it('denies permission requests and checks', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: ((c: unknown, p: string) => boolean) | null = null;
    hardenSession({
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fileSystem']) {
      const cb = vi.fn();
      request!(null, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(check!(null, permission)).toBe(false);
    }
  });
});
