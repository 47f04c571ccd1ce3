#!/usr/bin/env node
/**
 * Runs the unit tests (or, with `e2e`, the end-to-end tests) once per date with the
 * clock set there (IKZ_TEST_NOW, read by test/setup.ts and the e2e fixture), so a test
 * or a feature that depends on today's date fails here rather than on 1 January.
 * The dates: an ordinary day, just after New Year, and early March (after the 1 March
 * switch, before the March meeting). IKZ_TEST_DATES="2027-06-01 2028-02-29" overrides.
 */
import { spawnSync } from 'node:child_process';

const DATES = (process.env.IKZ_TEST_DATES ?? '2026-11-26 2027-01-02 2027-03-05').split(/[\s,]+/).filter(Boolean);
const e2e = process.argv[2] === 'e2e';
const args = e2e ? ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'test/e2e'] : ['vitest', 'run'];

const results = [];
for (const date of DATES) {
  console.log(`\n=== ${e2e ? 'End-to-end' : 'Unit'}-Tests mit der Uhr am ${date} ===`);
  const started = Date.now();
  const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, IKZ_TEST_NOW: date } });
  results.push({ date, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log('\nDatum        Ergebnis  Dauer');
for (const r of results) console.log(`${r.date}   ${r.ok ? 'ok    ' : 'FEHLER'}    ${r.seconds} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
