/** Window creation with the secure preferences of the Electron checklist. */
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { appEntryUrl, PRESENTER_VIEW_URL } from './appOrigin';
import { WINDOW_MIN_SIZE, type WindowState } from './windowState';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    // Middle-click must not open links in new windows (new windows are denied anyway).
    disableBlinkFeatures: 'Auxclick',
  };
}

export function mainWindowOptions(state: WindowState, preloadPath: string, iconPath: string | undefined): BrowserWindowConstructorOptions {
  return {
    ...state.bounds,
    minWidth: WINDOW_MIN_SIZE.width,
    minHeight: WINDOW_MIN_SIZE.height,
    title: 'IKZ-Planer',
    show: false,
    backgroundColor: '#ffffff',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * The hidden window that prints the report (electron/printToPdf.ts): never shown, the
 * same secure preferences as the main window, loaded with loadApp like it.
 */
export function printWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1000,
    height: 1400,
    title: 'IKZ-Planer Bericht',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * The only way a window gets its content: the app's own origin (app://ikz-planer), never
 * file:// (which would grant file access and change the IndexedDB origin) nor the web.
 * `route` is a hash route of the app (the print window opens on the print route).
 */
export function loadApp(win: Pick<BrowserWindow, 'loadURL'>, route = ''): Promise<void> {
  return win.loadURL(appEntryUrl(route));
}

/** The presenter view during a presentation: same secure preferences, placed on the laptop's display. */
export function presenterWindowOptions(bounds: { x: number; y: number; width: number; height: number }, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    title: 'IKZ-Planer – Referentenansicht',
    show: true,
    backgroundColor: '#111111',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** The presenter view loads the app's own entry with its route, like the main window. */
export function loadPresenterView(win: Pick<BrowserWindow, 'loadURL'>): Promise<void> {
  return win.loadURL(PRESENTER_VIEW_URL);
}
