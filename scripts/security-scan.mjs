// Static security scan of the Electron shell and the renderer's index.html with
// electronegativity. Fails on any HIGH or MEDIUM finding that the allowlist does not
// name with a reason; prints every finding either way.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import runElectronegativity from '@doyensec/electronegativity';
import { shellProblems } from './shell-evaluate.mjs';

// electronegativity asks the network for translations with `got`. Offline, got's retry
// timer later throws the request error (or p-cancelable's "onCancel handler was attached
// after the promise settled", a known got 11 bug) although the scan has already fallen
// back to English. Only errors raised inside got are ignored; every other one fails.
process.on('uncaughtException', (error) => {
  if (String(error?.stack).includes('/node_modules/got/')) return;
  console.error(error);
  process.exit(1);
});

const ELECTRON_VERSION = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const allowlist = JSON.parse(readFileSync('electronegativity-allowlist.json', 'utf8')).accepted;
// This check downloads Electron's release list; the scan must work offline, and the
// supported-version rule is enforced by the packaging check instead.
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

// Scan a copy that holds only what we ship as shell code, so reports name stable paths.
const work = mkdtempSync(path.join(tmpdir(), 'ikz-scan-'));
cpSync('electron', path.join(work, 'electron'), { recursive: true });
cpSync('renderer/index.html', path.join(work, 'renderer', 'index.html'));
// The programmatic API, not the CLI: the CLI writes its CSV header and rows with two
// unordered async writes, so the header sometimes truncates the rows (seen on fresh clones).
let result;
try {
  result = await runElectronegativity({
    input: work,
    output: null,
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: ELECTRON_VERSION,
    excludeFromScan: OFFLINE_EXCLUDED,
  });
} catch (error) {
  console.error('electronegativity konnte nicht ausgeführt werden:', error.message);
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const e of result.errors) console.error(`Nicht lesbar für den Scanner: ${e.file}: ${e.message}`);
if (result.errors.some((e) => !e.tolerable)) process.exit(1);
const rows = result.issues.map((i) => ({
  issue: i.id,
  severity: i.severity.name,
  filename: path.relative(work, path.resolve(work, i.file)).replace(/\\/g, '/'),
  location: `${i.location.line}:${i.location.column}`,
  sample: i.sample ?? '',
}));

const failing = [];
const used = new Set();
for (const row of rows) {
  const file = row.filename;
  const serious = row.severity === 'HIGH' || row.severity === 'MEDIUM';
  const match = allowlist.findIndex((a) => a.check === row.issue && a.file === file && row.sample.includes(a.sample));
  if (match >= 0) used.add(match);
  const verdict = !serious ? 'info' : match >= 0 ? 'accepted' : 'FAIL';
  console.log(`${verdict.padEnd(8)} ${row.severity.padEnd(6)} ${row.issue} ${file}:${row.location}  ${row.sample.slice(0, 90)}`);
  if (verdict === 'FAIL') failing.push(row);
}
// A stale entry fails too: it would silently accept the next finding that happens to match.
allowlist.forEach((a, i) => {
  if (used.has(i)) return;
  console.log(`STALE    allowlist entry no longer matches anything: ${a.check} ${a.file} (${a.sample})`);
  failing.push(a);
});
console.log(`\nelectronegativity: ${rows.length} findings, ${failing.length} not accepted.`);
if (failing.length > 0) {
  console.error('Security scan failed: fix these findings or add each, with its reason, to electronegativity-allowlist.json.');
  process.exit(1);
}

// electronegativity cannot follow the options into their helpers; these checks can.
const problems = await shellProblems();
for (const p of problems) console.error(`FAIL     shell: ${p}`);
console.log(`shell invariants: ${problems.length} problems.`);
if (problems.length > 0) {
  console.error('Security scan failed: the shell differs from its reviewed secure configuration (scripts/shell-invariants.mjs).');
  process.exit(1);
}
// Exit now: got's pending retry timer must not decide the exit code.
process.exit(0);
