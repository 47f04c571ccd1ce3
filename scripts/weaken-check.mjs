// Proves that the shell's checks catch each weakening in scripts/weakenings.mjs: applies
// one at a time to a temporary copy of the repository (the clone itself is never
// changed), runs the fast shell checks (vitest test/electron, the security scan) and
// prints caught / NOT CAUGHT. Not part of npm test (it takes a few minutes):
//   npm run check:weakenings [-- --only <text>]
// Exit code 1 if any weakening is not caught or could not be applied.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WEAKENINGS } from './weakenings.mjs';

const root = process.cwd();
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : null;
const selected = WEAKENINGS.filter((w) => !only || `${w.bullet} ${w.name}`.toLowerCase().includes(only.toLowerCase()));

const SKIP = new Set(['node_modules', '.git', 'dist', 'dist-electron', 'release', 'coverage']);
const work = mkdtempSync(path.join(tmpdir(), 'ikz-weaken-'));
const cleanup = () => rmSync(work, { recursive: true, force: true });
process.on('SIGINT', () => (cleanup(), process.exit(130)));
cpSync(root, work, { recursive: true, filter: (src) => !SKIP.has(path.relative(root, src).split(path.sep)[0]) });
symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');

const CHECKS = [
  { name: 'tests', cmd: process.execPath, args: [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/electron', '--reporter=dot'] },
  { name: 'scan', cmd: process.execPath, args: ['scripts/security-scan.mjs'] },
];
const fails = (check) => spawnSync(check.cmd, check.args, { cwd: work, encoding: 'utf8', timeout: 300_000 }).status !== 0;

function apply(w) {
  const file = path.join(work, w.file);
  const original = readFileSync(file, 'utf8');
  const count = typeof w.find === 'string' ? original.split(w.find).length - 1 : (original.match(new RegExp(w.find, 'g')) ?? []).length;
  if (count !== 1) return { original: null, count };
  writeFileSync(file, original.replace(w.find, w.replace));
  return { original, count };
}

try {
  const baseline = CHECKS.filter(fails).map((c) => c.name);
  if (baseline.length > 0) throw new Error(`the unweakened copy already fails: ${baseline.join(', ')}`);
  const rows = [];
  for (const w of selected) {
    const { original, count } = apply(w);
    let row;
    if (original === null) row = { ...w, verdict: 'NOT APPLIED', by: `find matched ${count}×` };
    else {
      try {
        const by = CHECKS.filter(fails).map((c) => c.name);
        row = { ...w, verdict: by.length > 0 ? 'caught' : 'NOT CAUGHT', by: by.join(' + ') || '-' };
      } finally {
        writeFileSync(path.join(work, w.file), original);
      }
    }
    rows.push(row);
    console.log(`${row.verdict.padEnd(11)} ${row.bullet.padEnd(15)} ${row.name.padEnd(45)} ${row.by}`);
  }
  const caught = rows.filter((r) => r.verdict === 'caught').length;
  console.log('\nbullet          caught / total');
  for (const bullet of [...new Set(rows.map((r) => r.bullet))]) {
    const of = rows.filter((r) => r.bullet === bullet);
    console.log(`${bullet.padEnd(15)} ${of.filter((r) => r.verdict === 'caught').length} / ${of.length}`);
  }
  console.log(
    `\nWeakenings caught: ${caught} of ${rows.length}` +
      ` (caught by the unit tests: ${rows.filter((r) => r.by.includes('tests')).length}, by the security scan: ${rows.filter((r) => r.by.includes('scan')).length}).`,
  );
  process.exitCode = caught === rows.length ? 0 : 1;
} finally {
  cleanup();
}
