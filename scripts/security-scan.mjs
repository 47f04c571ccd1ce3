// Static security scan of the Electron shell and the renderer's index.html with
// electronegativity. Fails on any HIGH or MEDIUM finding that the allowlist does not
// name with a reason; prints every finding either way.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';

const ELECTRON_VERSION = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const allowlist = JSON.parse(readFileSync('electronegativity-allowlist.json', 'utf8')).accepted;

// Scan a copy that holds only what we ship as shell code, so reports name stable paths.
const work = mkdtempSync(path.join(tmpdir(), 'ikz-scan-'));
cpSync('electron', path.join(work, 'electron'), { recursive: true });
cpSync('renderer/index.html', path.join(work, 'renderer', 'index.html'));
const report = path.join(work, 'report.csv');
try {
  execFileSync(process.execPath, ['node_modules/@doyensec/electronegativity/dist/index.js', '-i', work, '-o', report, '-r', '-e', ELECTRON_VERSION, '-v', 'false'], { stdio: ['ignore', 'ignore', 'inherit'] });
} catch (error) {
  console.error('electronegativity konnte nicht ausgeführt werden:', error.message);
  process.exit(1);
}
const rows = Papa.parse(readFileSync(report, 'utf8').trim(), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() }).data;
rmSync(work, { recursive: true, force: true });

const failing = [];
const used = new Set();
for (const row of rows) {
  const file = row.filename.replace(/\\/g, '/');
  const serious = row.severity === 'HIGH' || row.severity === 'MEDIUM';
  const match = allowlist.findIndex((a) => a.check === row.issue && a.file === file && row.sample.includes(a.sample));
  if (match >= 0) used.add(match);
  const verdict = !serious ? 'info' : match >= 0 ? 'accepted' : 'FAIL';
  console.log(`${verdict.padEnd(8)} ${row.severity.padEnd(6)} ${row.issue} ${file}:${row.location}  ${row.sample.slice(0, 90)}`);
  if (verdict === 'FAIL') failing.push(row);
}
allowlist.forEach((a, i) => {
  if (!used.has(i)) console.log(`stale    allowlist entry no longer matches anything: ${a.check} ${a.file} (${a.sample})`);
});
console.log(`\nelectronegativity: ${rows.length} findings, ${failing.length} not accepted.`);
if (failing.length > 0) {
  console.error('Security scan failed: fix these findings or add each, with its reason, to electronegativity-allowlist.json.');
  process.exit(1);
}
