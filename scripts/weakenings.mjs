// The weakenings scripts/weaken-check.mjs applies one at a time: each is a realistic way
// to loosen the shell (as a hurried change might), grouped by the bullet of issue 7 §2/§5
// it belongs to. `find` must occur exactly once in `file`; it is replaced by `replace`.
const WIN = 'electron/windows.ts';
const CSP = 'electron/security.ts';
const NAV = 'electron/hardening.ts';
const LINKS = 'electron/externalLinks.ts';
const HANDLE = 'electron/ipc/handle.ts';
const HANDLERS = 'electron/ipc/handlers.ts';
const MAIN = 'electron/main.ts';

export const WEAKENINGS = [
  // Any webPreference changed from its safe value or added.
  { bullet: 'webPreferences', name: 'experimentalFeatures: true', file: WIN, find: 'experimentalFeatures: false', replace: 'experimentalFeatures: true' },
  {
    bullet: 'webPreferences',
    name: 'enableBlinkFeatures added',
    file: WIN,
    find: "disableBlinkFeatures: 'Auxclick',",
    replace: "disableBlinkFeatures: 'Auxclick',\n    enableBlinkFeatures: 'CSSPseudoHas',",
  },
  { bullet: 'webPreferences', name: 'sandbox: false', file: WIN, find: 'sandbox: true', replace: 'sandbox: false' },
  { bullet: 'webPreferences', name: 'contextIsolation: false', file: WIN, find: 'contextIsolation: true', replace: 'contextIsolation: false' },
  {
    bullet: 'webPreferences',
    name: 'nodeIntegrationInWorker: true',
    file: WIN,
    find: 'nodeIntegrationInWorker: false',
    replace: 'nodeIntegrationInWorker: true',
  },
  { bullet: 'webPreferences', name: 'webviewTag: true', file: WIN, find: 'webviewTag: false', replace: 'webviewTag: true' },
  { bullet: 'webPreferences', name: 'Auxclick no longer disabled', file: WIN, find: "    disableBlinkFeatures: 'Auxclick',\n", replace: '' },
  {
    bullet: 'webPreferences',
    name: 'main.ts overrides webPreferences',
    file: MAIN,
    find: 'new BrowserWindow(mainWindowOptions(state, preloadPath, undefined))',
    replace: 'new BrowserWindow({ ...mainWindowOptions(state, preloadPath, undefined), webPreferences: { preload: preloadPath, sandbox: false } })',
  },
  {
    bullet: 'webPreferences',
    name: 'main.ts: print window without sandbox',
    file: MAIN,
    find: 'new BrowserWindow(printWindowOptions(preloadPath))',
    replace: 'new BrowserWindow({ ...printWindowOptions(preloadPath), webPreferences: { preload: preloadPath, sandbox: false } })',
  },
  {
    bullet: 'webPreferences',
    name: 'main.ts: presenter window without sandbox',
    file: MAIN,
    find: 'new BrowserWindow(presenterWindowOptions(bounds, preloadPath))',
    replace: 'new BrowserWindow({ ...presenterWindowOptions(bounds, preloadPath), webPreferences: { preload: preloadPath, sandbox: false } })',
  },
  // CSP header or meta tag removed or loosened.
  { bullet: 'CSP', name: "CSP constant: script-src 'unsafe-inline'", file: CSP, find: `"script-src 'self'",`, replace: `"script-src 'self' 'unsafe-inline'",` },
  { bullet: 'CSP', name: 'CSP constant: object-src dropped', file: CSP, find: `  "object-src 'none'",\n`, replace: '' },
  { bullet: 'CSP', name: 'CSP constant: default-src *', file: CSP, find: `"default-src 'self'",`, replace: `"default-src *",` },
  {
    bullet: 'CSP',
    name: "meta tag: script-src 'unsafe-eval'",
    file: 'renderer/index.html',
    find: "script-src 'self';",
    replace: "script-src 'self' 'unsafe-eval';",
  },
  { bullet: 'CSP', name: 'meta tag removed', file: 'renderer/index.html', find: /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, replace: '' },
  { bullet: 'CSP', name: 'header removed', file: 'electron/protocol.ts', find: "          'Content-Security-Policy': CONTENT_SECURITY_POLICY,\n", replace: '' },
  {
    bullet: 'CSP',
    name: 'header replaced by a loose literal',
    file: 'electron/protocol.ts',
    find: "'Content-Security-Policy': CONTENT_SECURITY_POLICY,",
    replace: "'Content-Security-Policy': \"default-src * 'unsafe-inline'\",",
  },
  {
    bullet: 'CSP',
    name: 'app:// scheme bypasses CSP',
    file: 'electron/protocol.ts',
    find: 'corsEnabled: true }',
    replace: 'corsEnabled: true, bypassCSP: true }',
  },
  // Navigation or new-window handlers removed or loosened.
  {
    bullet: 'navigation',
    name: 'will-navigate handler removed',
    file: NAV,
    find: "contents.on('will-navigate',",
    replace: "contents.on('will-navigate-disabled' as never,",
  },
  { bullet: 'navigation', name: 'will-navigate allows everything', file: NAV, find: "if (decision === 'allow') return;", replace: 'return;' },
  {
    bullet: 'navigation',
    name: 'will-redirect handler removed',
    file: NAV,
    find: "contents.on('will-redirect',",
    replace: "contents.on('will-redirect-disabled' as never,",
  },
  {
    bullet: 'navigation',
    name: 'webview attach allowed',
    file: NAV,
    find: "contents.on('will-attach-webview', (event) => event.preventDefault());",
    replace: '',
  },
  { bullet: 'navigation', name: 'new windows allowed', file: NAV, find: "return { action: 'deny' };", replace: "return { action: 'allow' };" },
  { bullet: 'navigation', name: 'new-window handler removed', file: NAV, find: 'contents.setWindowOpenHandler(', replace: 'void (' },
  {
    bullet: 'navigation',
    name: 'decideNavigation allows file://',
    file: CSP,
    find: "if (isAppUrl(target)) return 'allow';",
    replace: "if (isAppUrl(target) || String(target).startsWith('file:')) return 'allow';",
  },
  {
    bullet: 'navigation',
    name: 'hardening not wired in main.ts',
    file: MAIN,
    find: "app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openLink));",
    replace: '',
  },
  // openExternal without the URL check (and without confirmation).
  {
    bullet: 'openExternal',
    name: 'opener skips the URL check',
    file: LINKS,
    find: 'if (!isSafeExternalUrl(value) || asking) return false;',
    replace: 'if (asking) return false;',
  },
  {
    bullet: 'openExternal',
    name: 'plain http accepted again',
    file: CSP,
    find: "if (url.protocol !== 'https:') return false;",
    replace: "if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;",
  },
  { bullet: 'openExternal', name: 'opener skips the confirmation', file: LINKS, find: 'if (!(await confirm(url))) return false;', replace: '' },
  { bullet: 'openExternal', name: 'dialog defaults to „Öffnen“', file: LINKS, find: 'defaultId: 1,', replace: 'defaultId: 0,' },
  {
    bullet: 'openExternal',
    name: 'main.ts opens links without opener',
    file: MAIN,
    find: 'hardenWebContents(contents, openLink)',
    replace: 'hardenWebContents(contents, (url) => shell.openExternal(String(url)).then(() => true))',
  },
  {
    bullet: 'openExternal',
    name: 'window.open goes straight to the OS',
    file: NAV,
    find: "if (decideNavigation(url) === 'open-external') void openLink(url);",
    replace: "void require('electron').shell.openExternal(url);",
  },
  // The sender check or the IPC argument validation bypassed.
  {
    bullet: 'IPC',
    name: 'sender check removed',
    file: HANDLE,
    find: '  if (!isTrustedSender(senderUrl)) return { ok: false, reason: `untrusted sender for ${operation}` };\n',
    replace: '',
  },
  { bullet: 'IPC', name: 'isAppUrl ignores the host', file: CSP, find: ' && url.hostname === APP_HOST', replace: '' },
  {
    bullet: 'IPC',
    name: 'zod validation bypassed',
    file: HANDLE,
    find: 'const parsed = IPC_CONTRACT[operation].args.safeParse(rawArgs);',
    replace: 'const parsed = { success: true, data: rawArgs };',
  },
  {
    bullet: 'IPC',
    name: 'handler gets the raw arguments',
    file: HANDLE,
    find: 'return handler(...(check.args as unknown[]));',
    replace: 'return handler(...rawArgs);',
  },
  {
    bullet: 'IPC',
    name: 'raw ipcMain.handle in main.ts',
    file: MAIN,
    find: '    await createMainWindow();\n    app.on',
    replace: "    ipcMain.handle('file:read-any', (_e, p: string) => fs.readFile(p));\n    await createMainWindow();\n    app.on",
  },
  // The app loaded from anything but app://ikz-planer.
  {
    bullet: 'app origin',
    name: 'APP_ENTRY_URL is file://',
    file: 'electron/appOrigin.ts',
    find: 'export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;',
    replace: "export const APP_ENTRY_URL = 'file:///opt/ikz/index.html';",
  },
  {
    bullet: 'app origin',
    name: 'main.ts loadURL(file://…)',
    file: MAIN,
    find: 'await loadApp(mainWindow);',
    replace: "await mainWindow.loadURL('file://' + path.join(rendererDir, 'index.html'));",
  },
  {
    bullet: 'app origin',
    name: 'main.ts loadFile(…)',
    file: MAIN,
    find: 'await loadApp(mainWindow);',
    replace: "await mainWindow.loadFile(path.join(rendererDir, 'index.html'));",
  },
  {
    bullet: 'app origin',
    name: 'loadApp loads a dev server',
    file: WIN,
    find: 'return win.loadURL(APP_ENTRY_URL);',
    replace: "return win.loadURL('http://localhost:5173/');",
  },
  // A file path taken from the renderer.
  {
    bullet: 'file path',
    name: 'saveFile writes the suggested name as path',
    file: HANDLERS,
    find: 'await deps.fs.writeFile(choice.filePath, data);',
    replace: 'await deps.fs.writeFile(path.resolve(deps.documentsDir, request.suggestedName), data);',
  },
  {
    bullet: 'file path',
    name: 'suggestedName may be a path',
    file: 'electron/ipc/contract.ts',
    find: ".refine(isSafeFileName, 'plain file name, no path or device name')",
    replace: '',
  },
  {
    bullet: 'file path',
    name: 'openFile takes a path field',
    file: 'electron/ipc/contract.ts',
    find: '  maxBytes: z\n',
    replace: '  filePath: z.string().optional(),\n  maxBytes: z\n',
  },
  {
    bullet: 'file path',
    name: 'dialog default path not confined',
    file: HANDLERS,
    find: 'path.join(deps.documentsDir, path.basename(request.suggestedName))',
    replace: 'path.resolve(deps.documentsDir, request.suggestedName)',
  },
  // Section 5: backups and device names.
  {
    bullet: 'backups (§5)',
    name: 'backup overwrites (no wx)',
    file: 'electron/ipc/backups.ts',
    find: "if ((error as { code?: unknown } | null)?.code !== 'EEXIST') throw error;",
    replace: 'throw error;',
  },
  {
    bullet: 'backups (§5)',
    name: 'backup count not capped',
    file: 'electron/ipc/backups.ts',
    find: 'if (existing.length >= MAX_BACKUP_FILES) {',
    replace: 'if (existing.length < 0) {',
  },
  {
    bullet: 'backups (§5)',
    name: 'backup size not capped',
    file: 'electron/ipc/backups.ts',
    find: 'if (data.byteLength > MAX_BACKUP_BYTES) {',
    replace: 'if (data.byteLength < 0) {',
  },
  {
    bullet: 'backups (§5)',
    name: 'device names accepted',
    file: 'electron/ipc/fileNames.ts',
    find: "  if (WINDOWS_DEVICE_NAME.test(name)) return 'Windows device name';\n",
    replace: '',
  },
];
