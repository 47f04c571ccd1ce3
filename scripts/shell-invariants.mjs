// Invariants of the Electron shell that a scanner of single calls cannot see: where
// windows are created and what they load, where links leave the app, where IPC is
// registered, and that the CSP header and the index.html meta tag are the same policy.
// Used by scripts/security-scan.mjs and by test/electron/invariants.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The reviewed secure values (the scan compares the real helpers against these). */
export const EXPECTED_WEB_PREFERENCES = Object.freeze({
  preload: '/probe/preload.cjs',
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
});

export const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const EXPECTED_ENTRY_URL = 'app://ikz-planer/index.html';

/** Directives browsers ignore in a <meta> policy; they can only come with the header. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/** `a b; c d` → Map { a → [b], c → [d] }; duplicate directives are kept visible as an error. */
export function parseCsp(policy) {
  const directives = new Map();
  for (const part of String(policy).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (directives.has(key)) throw new Error(`CSP directive ${key} appears twice`);
    directives.set(key, values);
  }
  return directives;
}

/** The content of every CSP meta tag in an HTML document. */
export function metaCspPolicies(html) {
  const policies = [];
  for (const tag of String(html).match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']content-security-policy["']/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(tag) ?? /\bcontent\s*=\s*'([^']*)'/i.exec(tag);
    policies.push(
      content
        ? content[1]
            .replace(/&#39;|&apos;/g, "'")
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&')
        : '',
    );
  }
  return policies;
}

/** Problems if the HTML does not carry exactly the header's policy (minus header-only directives). */
export function cspAgreementProblems(headerPolicy, html, label = 'index.html') {
  const metas = metaCspPolicies(html);
  if (metas.length !== 1) return [`${label}: expected exactly one CSP meta tag, found ${metas.length}`];
  const header = parseCsp(headerPolicy);
  for (const d of HEADER_ONLY_DIRECTIVES) header.delete(d);
  const meta = parseCsp(metas[0]);
  const problems = [];
  for (const [name, values] of header) {
    if (!meta.has(name)) problems.push(`${label}: CSP meta tag lacks ${name}`);
    else if (meta.get(name).join(' ') !== values.join(' '))
      problems.push(`${label}: CSP meta ${name} is "${meta.get(name).join(' ')}", header says "${values.join(' ')}"`);
  }
  for (const name of meta.keys()) if (!header.has(name)) problems.push(`${label}: CSP meta tag has ${name}, the header does not`);
  return problems;
}

/** Every TypeScript file of the shell, keyed by its repository-relative path. */
export function readShellSources(root = process.cwd()) {
  const sources = {};
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (rel.endsWith('.ts')) sources[rel] = readFileSync(path.join(root, rel), 'utf8');
    }
  };
  walk('electron');
  return sources;
}

/** Whole-line and block comments go, so prose may mention file:// or loadURL. */
function stripComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const ONLY_IN = [
  { pattern: /new\s+BrowserWindow\s*\(/g, files: ['electron/main.ts'], what: 'a BrowserWindow is created' },
  { pattern: /new\s+(BrowserView|WebContentsView)\b|webContents\.create\b/g, files: [], what: 'an extra view is created' },
  {
    pattern:
      /\b(webPreferences|nodeIntegration\w*|contextIsolation|sandbox|webSecurity|allowRunningInsecureContent|experimentalFeatures|webviewTag|BlinkFeatures)\s*:/g,
    files: ['electron/windows.ts'],
    what: 'web preferences are set',
  },
  {
    pattern:
      /\benableBlinkFeatures\b|experimentalFeatures\s*:\s*true|nodeIntegration\w*\s*:\s*true|sandbox\s*:\s*false|contextIsolation\s*:\s*false|webSecurity\s*:\s*false/g,
    files: [],
    what: 'a web preference is weakened',
  },
  { pattern: /\.loadURL\s*\(/g, files: ['electron/windows.ts'], what: 'a window loads a URL' },
  { pattern: /\.loadFile\s*\(|file:\/\//g, files: [], what: 'a window loads from file://' },
  { pattern: /\.openExternal\s*\(/g, files: ['electron/externalLinks.ts'], what: 'a URL is handed to the operating system' },
  { pattern: /ipcMain\s*\.\s*(handle|handleOnce|on|once|addListener)\s*\(/g, files: ['electron/ipc/handle.ts'], what: 'an IPC channel is registered' },
  { pattern: /\bbypassCSP\b|allowServiceWorkers\b/g, files: [], what: 'a scheme privilege is widened' },
];

/** Lines main.ts must contain (whitespace-insensitive): the wiring of every guard. */
const MAIN_WIRING = [
  ['protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])', 'the app:// scheme privileges'],
  ['protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir,', 'the app:// protocol handler'],
  ["app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openLink))", 'hardening of every web contents'],
  ['hardenSession(session.defaultSession)', 'the permission handlers'],
  ['const openLink = createLinkOpener(shell, confirmLinkByDialog(dialog,', 'the confirmed link opener'],
  ['new BrowserWindow(mainWindowOptions(state, preloadPath,', 'the secure window options'],
  ['await loadApp(mainWindow)', 'loading the app from app://ikz-planer'],
  ['registerHandlers(ipcMain, createHandlers(', 'the checked IPC registration'],
];

const squash = (s) => s.replace(/\s+/g, '');

export function findShellViolations(sources) {
  const problems = [];
  const code = Object.fromEntries(Object.entries(sources).map(([file, src]) => [file, stripComments(src)]));
  for (const rule of ONLY_IN) {
    for (const [file, src] of Object.entries(code)) {
      const hits = src.match(rule.pattern) ?? [];
      if (hits.length > 0 && !rule.files.includes(file))
        problems.push(`${file}: ${rule.what} here (${hits[0]}); allowed only in ${rule.files.join(', ') || 'no file'}`);
    }
  }
  const windows = squash(code['electron/windows.ts'] ?? '');
  // Two loaders: the app's entry, and the presenter view (the same entry with its hash route).
  const loads = windows.match(/\.loadURL\([^)]*\)/g) ?? [];
  // The regex stops at the first ')'.
  const reviewedLoads = ['.loadURL(appEntryUrl(route)', '.loadURL(PRESENTER_VIEW_URL)'];
  if (!windows.includes('returnwin.loadURL(appEntryUrl(route));') || loads.some((l) => !reviewedLoads.includes(l)) || loads.length > reviewedLoads.length)
    problems.push('electron/windows.ts: loadApp must load exactly appEntryUrl (and loadPresenterView PRESENTER_VIEW_URL)');
  const origin = squash(code['electron/appOrigin.ts'] ?? '');
  // A route may only be a hash route of the entry: the check stays in appEntryUrl.
  if (origin && !origin.includes(squash("if (route !== '' && !/^#\\/[\\w/.,=&%?-]*$/.test(route)) throw new Error('invalid app route');")))
    problems.push('electron/appOrigin.ts: appEntryUrl must accept only a hash route of the app entry');
  if (origin && !origin.includes('exportconstPRESENTER_VIEW_URL=`${APP_ENTRY_URL}#/praesentation/referent`;'))
    problems.push('electron/appOrigin.ts: the presenter view must be the app entry with its hash route');
  const main = squash(code['electron/main.ts'] ?? '');
  for (const [line, what] of MAIN_WIRING) if (!main.includes(squash(line))) problems.push(`electron/main.ts: ${what} missing (${line})`);
  // The main window; during a presentation the presenter view; the hidden report print
  // window: each from its reviewed option builder, and at most one of each.
  const count = (re) => (main.match(re) ?? []).length;
  const created = count(/newBrowserWindow\(/g);
  const mainWindows = count(/newBrowserWindow\(mainWindowOptions\(/g);
  const presenterWindows = count(/newBrowserWindow\(presenterWindowOptions\(/g);
  const printWindows = main.split('newBrowserWindow(printWindowOptions(preloadPath))').length - 1;
  if (mainWindows !== 1 || presenterWindows > 1 || printWindows > 1 || created !== mainWindows + presenterWindows + printWindows)
    problems.push(
      'electron/main.ts: exactly one main BrowserWindow from mainWindowOptions, at most one presenter window from presenterWindowOptions and at most one print window from printWindowOptions(preloadPath)',
    );
  // Handlers never take a path from the renderer: no path-like field in the IPC contract.
  const contract = code['electron/ipc/contract.ts'] ?? '';
  const pathField = /\b(\w*(path|dir|directory|folder)\w*)\s*:\s*z\./i.exec(contract);
  if (pathField) problems.push(`electron/ipc/contract.ts: the renderer may not send a path (${pathField[1]})`);
  return problems;
}
