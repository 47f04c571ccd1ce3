// Evaluates the shell's security helpers themselves (not their source text), so the scan
// sees the real window preferences, CSP, scheme privileges and entry URL.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { behaviourProblems } from './shell-behaviour.mjs';
import {
  cspAgreementProblems,
  EXPECTED_CSP,
  EXPECTED_ENTRY_URL,
  EXPECTED_WEB_PREFERENCES,
  findShellViolations,
  readShellSources,
} from './shell-invariants.mjs';

const ENTRY = `
export { secureWebPreferences, mainWindowOptions, presenterWindowOptions, printWindowOptions } from './electron/windows';
export { CONTENT_SECURITY_POLICY } from './electron/security';
export { APP_ENTRY_URL } from './electron/appOrigin';
export { APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './electron/protocol';
export { hardenWebContents } from './electron/hardening';
export { createLinkOpener, linkDialogOptions } from './electron/externalLinks';
export { checkInvocation } from './electron/ipc/handle';
`;

async function loadShellModules(root) {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    external: ['electron'],
    logLevel: 'silent',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'ikz-shell-'));
  try {
    const file = path.join(dir, 'shell.mjs');
    writeFileSync(file, out.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every way the shell differs from its reviewed secure configuration. */
export async function shellProblems(root = process.cwd()) {
  const problems = [...findShellViolations(readShellSources(root))];
  const shell = await loadShellModules(root);
  const prefs = shell.secureWebPreferences(EXPECTED_WEB_PREFERENCES.preload);
  if (!isDeepStrictEqual({ ...prefs }, { ...EXPECTED_WEB_PREFERENCES }))
    problems.push(`webPreferences differ from the reviewed values: ${JSON.stringify(prefs)}`);
  const windowPrefs = shell.mainWindowOptions(
    { bounds: { x: 0, y: 0, width: 1000, height: 700 }, maximized: false },
    EXPECTED_WEB_PREFERENCES.preload,
    undefined,
  ).webPreferences;
  if (!isDeepStrictEqual(windowPrefs, prefs)) problems.push('mainWindowOptions() does not use secureWebPreferences() unchanged');
  const presenterPrefs = shell.presenterWindowOptions({ x: 0, y: 0, width: 1000, height: 700 }, EXPECTED_WEB_PREFERENCES.preload).webPreferences;
  if (!isDeepStrictEqual(presenterPrefs, prefs)) problems.push('presenterWindowOptions() does not use secureWebPreferences() unchanged');
  // The hidden report print window: never shown, the same preferences as the main window.
  const printWindow = shell.printWindowOptions(EXPECTED_WEB_PREFERENCES.preload);
  if (!isDeepStrictEqual(printWindow.webPreferences, prefs)) problems.push('printWindowOptions() does not use secureWebPreferences() unchanged');
  if (printWindow.show !== false) problems.push('printWindowOptions() must keep the print window hidden (show: false)');
  if (shell.CONTENT_SECURITY_POLICY !== EXPECTED_CSP)
    problems.push(`CONTENT_SECURITY_POLICY differs from the reviewed policy: ${shell.CONTENT_SECURITY_POLICY}`);
  if (shell.APP_ENTRY_URL !== EXPECTED_ENTRY_URL) problems.push(`APP_ENTRY_URL is ${shell.APP_ENTRY_URL}, not ${EXPECTED_ENTRY_URL}`);
  const privileges = { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } };
  if (!isDeepStrictEqual(shell.APP_SCHEME_PRIVILEGES, privileges)) problems.push(`app:// privileges differ: ${JSON.stringify(shell.APP_SCHEME_PRIVILEGES)}`);
  const response = await shell.createAppRequestHandler(root, async () => new Uint8Array())({ url: EXPECTED_ENTRY_URL });
  if (response.headers.get('content-security-policy') !== EXPECTED_CSP)
    problems.push(`app:// responses carry CSP header "${response.headers.get('content-security-policy')}"`);
  if (response.headers.get('x-content-type-options') !== 'nosniff') problems.push('app:// responses lack X-Content-Type-Options: nosniff');
  problems.push(...(await behaviourProblems(shell)));
  // The source page, and the built one when a build exists (npm test builds before the scan).
  for (const html of ['renderer/index.html', 'dist/renderer/index.html']) {
    const file = path.join(root, html);
    if (existsSync(file)) problems.push(...cspAgreementProblems(shell.CONTENT_SECURITY_POLICY, readFileSync(file, 'utf8'), html));
  }
  return problems;
}
