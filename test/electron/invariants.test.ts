/**
 * Source-level guards of the shell (scripts/shell-invariants.mjs, also run by the security
 * scan): they hold for the real sources, and they notice each kind of weakening.
 */
import { describe, expect, it } from 'vitest';
import { findShellViolations, readShellSources } from '../../scripts/shell-invariants.mjs';

const real = readShellSources();

function violationsWith(file: string, edit: (source: string) => string): string[] {
  const source = real[file];
  if (source === undefined) throw new Error(`no ${file}`);
  const edited = edit(source);
  if (edited === source) throw new Error(`edit of ${file} changed nothing`);
  return findShellViolations({ ...real, [file]: edited });
}

describe('shell invariants', () => {
  it('hold for the shell as it is', () => {
    expect(Object.keys(real)).toEqual(
      expect.arrayContaining(['electron/main.ts', 'electron/windows.ts', 'electron/externalLinks.ts', 'electron/ipc/handle.ts', 'electron/ipc/contract.ts']),
    );
    expect(findShellViolations(real)).toEqual([]);
  });

  it('main.ts loads the app only through loadApp (app://ikz-planer)', () => {
    expect(
      violationsWith('electron/main.ts', (s) => s.replace('await loadApp(mainWindow);', "await mainWindow.loadURL('file:///opt/ikz/index.html');")),
    ).not.toEqual([]);
    expect(
      violationsWith('electron/main.ts', (s) => s.replace('await loadApp(mainWindow);', 'await mainWindow.loadFile(path.join(rendererDir, "index.html"));')),
    ).not.toEqual([]);
    expect(violationsWith('electron/windows.ts', (s) => s.replace('win.loadURL(appEntryUrl(route))', "win.loadURL('http://localhost:5173')"))).not.toEqual([]);
    expect(violationsWith('electron/appOrigin.ts', (s) => s.replace("if (route !== '' && !", 'if (false && !'))).not.toEqual([]);
  });

  it('web preferences are set in windows.ts only, and never weakened anywhere', () => {
    expect(violationsWith('electron/windows.ts', (s) => s.replace('experimentalFeatures: false', 'experimentalFeatures: true'))).not.toEqual([]);
    expect(
      violationsWith('electron/windows.ts', (s) =>
        s.replace("disableBlinkFeatures: 'Auxclick',", "disableBlinkFeatures: 'Auxclick',\n    enableBlinkFeatures: 'CSSPseudoHas',"),
      ),
    ).not.toEqual([]);
    expect(
      violationsWith('electron/main.ts', (s) =>
        s.replace(
          'new BrowserWindow(mainWindowOptions(state, preloadPath, undefined))',
          'new BrowserWindow({ ...mainWindowOptions(state, preloadPath, undefined), webPreferences: { sandbox: false } })',
        ),
      ),
    ).not.toEqual([]);
  });

  it('a window other than the main window and the presenter view, or one with other options, is caught', () => {
    expect(
      violationsWith('electron/main.ts', (s) =>
        s.replace('new BrowserWindow(presenterWindowOptions(bounds, preloadPath))', 'new BrowserWindow({ ...presenterWindowOptions(bounds, preloadPath) })'),
      ),
    ).not.toEqual([]);
    expect(violationsWith('electron/windows.ts', (s) => s.replace('win.loadURL(PRESENTER_VIEW_URL)', "win.loadURL('https://example.org')"))).not.toEqual([]);
    expect(
      violationsWith('electron/appOrigin.ts', (s) => s.replace('`${APP_ENTRY_URL}#/praesentation/referent`', "'https://example.org/#/praesentation/referent'")),
    ).not.toEqual([]);
  });

  it('allows the hidden report print window only from printWindowOptions, and only one', () => {
    expect(
      violationsWith('electron/main.ts', (s) =>
        s.replace(
          'new BrowserWindow(printWindowOptions(preloadPath))',
          'new BrowserWindow({ ...printWindowOptions(preloadPath), webPreferences: { sandbox: false } })',
        ),
      ),
    ).not.toEqual([]);
    expect(
      violationsWith('electron/main.ts', (s) =>
        s.replace(
          'const win = new BrowserWindow(printWindowOptions(preloadPath));',
          'const win = new BrowserWindow(printWindowOptions(preloadPath)); new BrowserWindow(printWindowOptions(preloadPath));',
        ),
      ),
    ).not.toEqual([]);
  });

  it('every guard stays wired in main.ts', () => {
    expect(
      violationsWith('electron/main.ts', (s) => s.replace("app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openLink));", '')),
    ).not.toEqual([]);
    expect(violationsWith('electron/main.ts', (s) => s.replace('hardenSession(session.defaultSession);', ''))).not.toEqual([]);
    expect(violationsWith('electron/main.ts', (s) => s.replace('confirmLinkByDialog(dialog, () => mainWindow)', 'async () => true'))).not.toEqual([]);
  });

  it('only externalLinks.ts hands URLs to the OS, only handle.ts registers IPC', () => {
    expect(violationsWith('electron/hardening.ts', (s) => s.replace('void openLink(url);', 'void require("electron").shell.openExternal(url);'))).not.toEqual(
      [],
    );
    expect(
      violationsWith('electron/main.ts', (s) => s.replace('await createMainWindow();', "ipcMain.handle('raw', () => 1);\n    await createMainWindow();")),
    ).not.toEqual([]);
  });

  it('the IPC contract has no path field', () => {
    expect(violationsWith('electron/ipc/contract.ts', (s) => s.replace('maxBytes: z', 'filePath: z.string(),\n  maxBytes: z'))).not.toEqual([]);
  });
});
