// `npm run fuzz`: the cost-import fuzz test with 10.000 generated files (npm test runs 300).
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '10000';
const result = spawnSync('npx', ['vitest', 'run', 'test/data/costImport.fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, IKZ_FUZZ_RUNS: runs },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
