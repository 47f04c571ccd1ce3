/**
 * The main process: composes the small modules beside it. Product logic lives in the
 * renderer; this file only wires OS-level concerns.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, protocol, screen, session, shell } from 'electron';
import { promises as fs, watch } from 'node:fs';
import path from 'node:path';
import { APP_SCHEME } from './appOrigin';
import { confirmLinkByDialog, createLinkOpener } from './externalLinks';
import { hardenSession, hardenWebContents } from './hardening';
import { registerHandlers } from './ipc/handle';
import { createHandlers } from './ipc/handlers';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './protocol';
import { createPresentationController } from './presentation';
import { printReportPdf } from './printToPdf';
import { loadApp, loadPresenterView, mainWindowOptions, presenterWindowOptions, printWindowOptions } from './windows';
import { loadWindowState, trackWindowState } from './windowStateStore';

const isDev = process.env.IKZ_DEV_RELOAD === '1';
const rendererDir = path.join(__dirname, '..', 'dist', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// A German UI whatever the system language: date fields read TT.MM.JJJJ, spellcheck is German.
app.commandLine.appendSwitch('lang', 'de-DE');

// Must happen before `ready`: IndexedDB and secure-context APIs need a standard, secure scheme.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | null = null;
// Every way out to the browser (link click, window.open, the openExternal IPC) goes through this.
const openLink = createLinkOpener(
  shell,
  confirmLinkByDialog(dialog, () => mainWindow),
);

async function createMainWindow(): Promise<void> {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const state = await loadWindowState(app.getPath('userData'), displays);
  mainWindow = new BrowserWindow(mainWindowOptions(state, preloadPath, undefined));
  if (state.maximized) mainWindow.maximize();
  trackWindowState(mainWindow, app.getPath('userData'));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // The cost editor cancels unloading while it holds unsaved edits (beforeunload); Electron
  // then shows nothing by itself, so ask here instead of refusing to close silently.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow!, {
      type: 'question',
      title: 'Ungespeicherte Änderungen',
      message: 'Die Kostentabelle enthält Änderungen, die noch nicht gespeichert sind.',
      detail: 'Beim Schließen gehen sie verloren. Zum Speichern „Abbrechen“ wählen und „Kosten speichern“ klicken.',
      buttons: ['Abbrechen', 'Ohne Speichern schließen'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice === 1) event.preventDefault();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    // A presenter view left behind would keep the app (and the display blocker) alive.
    void presentation.end();
  });
  await loadApp(mainWindow);
  if (isDev) watch(rendererDir, { recursive: true }, () => mainWindow?.webContents.reloadIgnoringCache());
}

// Slides full screen on the projector, presenter view on the laptop (electron/presentation.ts).
const presentation = createPresentationController({
  displays: () => screen.getAllDisplays(),
  displayOf: (bounds) => screen.getDisplayMatching(bounds),
  mainWindow: () => mainWindow,
  openPresenterWindow: (bounds) => {
    const presenter = new BrowserWindow(presenterWindowOptions(bounds, preloadPath));
    void loadPresenterView(presenter);
    return presenter;
  },
  powerSaveBlocker,
});

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'Über den IKZ-Planer',
    message: `IKZ-Planer ${app.getVersion()}`,
    detail:
      'Planung interkommunaler Zusammenarbeit für den Arbeitskreis der Kämmerer.\nAlle Daten bleiben auf diesem Rechner; das Programm arbeitet ohne Internetverbindung.',
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openLink));

  void app.whenReady().then(async () => {
    protocol.handle(
      APP_SCHEME,
      createAppRequestHandler(rendererDir, (p) => fs.readFile(p)),
    );
    hardenSession(session.defaultSession);
    registerHandlers(
      ipcMain,
      createHandlers({
        dialog,
        openLink,
        fs: {
          writeFile: (p, d) => fs.writeFile(p, d),
          // 'wx': fails with EEXIST instead of overwriting, atomically (no check-then-write race).
          writeNewFile: (p, d) => fs.writeFile(p, d, { flag: 'wx' }),
          readFile: (p) => fs.readFile(p),
          readdir: (p) => fs.readdir(p),
          stat: (p) => fs.stat(p),
          mkdir: (p) => fs.mkdir(p, { recursive: true }),
          unlink: (p) => fs.unlink(p),
          readHead: async (p, bytes) => {
            const file = await fs.open(p, 'r');
            try {
              const buffer = new Uint8Array(bytes);
              const { bytesRead } = await file.read(buffer, 0, bytes, 0);
              return buffer.subarray(0, bytesRead);
            } finally {
              await file.close();
            }
          },
        },
        window: () => mainWindow,
        presentation,
        version: app.getVersion(),
        platform: process.platform,
        documentsDir: app.getPath('documents'),
        backupsDir: path.join(app.getPath('userData'), 'Sicherungen'),
        printReport: (request) =>
          printReportPdf(
            {
              openPrintWindow: async (route) => {
                const win = new BrowserWindow(printWindowOptions(preloadPath));
                await loadApp(win, route);
                return win;
              },
              // Only the main window asks for reports (the builder).
              askingWindow: () => mainWindow,
            },
            request,
          ),
        openPath: (p) => shell.openPath(p),
      }),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isDev }, { showAbout })));
    await createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
