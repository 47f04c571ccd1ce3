// Bundles the main process and the preload to one CommonJS file each. A sandboxed
// preload cannot require local files, so it must be a single bundle.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], sourcemap: false, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
]);
console.log('dist-electron/main.cjs und dist-electron/preload.cjs gebaut.');
