// `npm run fuzz`: the cost-import and exchange-file fuzz tests with 10.000 generated inputs each (npm test runs a few hundred).
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '10000';
const result = spawnSync('npx', ['vitest', 'run', 'test/data/costImport.fuzz.test.ts', 'test/data/exchange.fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, IKZ_FUZZ_RUNS: runs },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
