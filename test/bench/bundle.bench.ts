/**
 * Benchmark (prints figures, never fails): the JavaScript a user's first screen has to
 * load, gzip-compressed, against a bare app of the same stack (test/bench/bare-app: React,
 * Mantine, recharts, Dexie, one chart, a few inputs), both built in this run with the same
 * Vite, so library versions and minifier cancel out.
 * Initial JS = the entry script of index.html plus every chunk it preloads (its static
 * imports); chunks loaded later with import() (other screens, exceljs) do not count.
 * Target (issue 6): IKZ-Planer ≤ 1,5 × bare app.
 */
import react from '@vitejs/plugin-react';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Plugin } from 'vite';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET_RATIO = 1.5;

/** The entry script and its modulepreloads, as index.html lists them. */
async function initialJs(outDir: string): Promise<{ files: string[]; gzipBytes: number; rawBytes: number }> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const ref of refs) {
    const content = await readFile(path.join(outDir, ref));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: refs.map((r) => path.basename(r)), gzipBytes, rawBytes };
}

async function buildInto(config: InlineConfig, outDir: string) {
  await build({ ...config, logLevel: 'silent', build: { ...config.build, outDir, emptyOutDir: true } });
  return initialJs(outDir);
}

/** Raw bytes per package (or own folder) in each output chunk, to name what makes up the start bundle. */
const chunkModules = new Map<string, Map<string, number>>();
const recordChunks: Plugin = {
  name: 'ikz-bench-record-chunks',
  generateBundle(_options, bundle) {
    for (const out of Object.values(bundle)) {
      if (out.type !== 'chunk') continue;
      const sizes = new Map<string, number>();
      for (const [id, info] of Object.entries(out.modules)) {
        const inPackage = id.split('node_modules/').pop()!;
        const owner = id.includes('node_modules/')
          ? inPackage
              .split('/')
              .slice(0, inPackage.startsWith('@') ? 2 : 1)
              .join('/')
          : path.relative(repo, path.dirname(id)) || '.';
        sizes.set(owner, (sizes.get(owner) ?? 0) + info.renderedLength);
      }
      chunkModules.set(out.fileName, sizes);
    }
  },
};

/** The largest contributors (raw, before gzip) to the given output files. */
function largestParts(files: string[], count: number): string {
  const total = new Map<string, number>();
  for (const [fileName, sizes] of chunkModules) {
    if (!files.includes(path.basename(fileName))) continue;
    for (const [owner, bytes] of sizes) total.set(owner, (total.get(owner) ?? 0) + bytes);
  }
  return [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([owner, bytes]) => `${owner} ${Math.round(bytes / 1024)} KB`)
    .join(', ');
}

const tmp = await mkdtemp(path.join(tmpdir(), 'ikz-bundle-'));
try {
  // The app with its own vite.config.ts; only the output folder differs from `npm run build`.
  const app = await buildInto({ configFile: path.join(repo, 'vite.config.ts'), plugins: [recordChunks] }, path.join(tmp, 'app'));
  const bare = await buildInto(
    {
      configFile: false,
      root: path.join(repo, 'test/bench/bare-app'),
      base: './',
      plugins: [react()],
      resolve: { dedupe: ['react', 'react-dom'] },
      build: { target: 'chrome120', chunkSizeWarningLimit: 2000 },
    },
    path.join(tmp, 'bare'),
  );
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
  const ratio = app.gzipBytes / bare.gzipBytes;
  const verdict = ratio <= TARGET_RATIO ? 'erfüllt' : `verfehlt um ${kb(app.gzipBytes - TARGET_RATIO * bare.gzipBytes)}`;
  console.log(`\nErstes JavaScript beim Start (gzip -9), gebaut am ${new Date().toISOString()}`);
  console.log(`  IKZ-Planer : ${kb(app.gzipBytes)} gzip (${kb(app.rawBytes)} roh) in ${app.files.length} Dateien: ${app.files.join(', ')}`);
  console.log(`  Größte Teile (roh): ${largestParts(app.files, 14)}`);
  console.log(`  Vergleich  : ${kb(bare.gzipBytes)} gzip (${kb(bare.rawBytes)} roh), React + Mantine + recharts + Dexie, ein Diagramm, drei Eingaben`);
  console.log(
    `  Verhältnis : ${ratio.toFixed(2).replace('.', ',')} ×   Ziel ≤ ${TARGET_RATIO.toFixed(1).replace('.', ',')} × (${kb(TARGET_RATIO * bare.gzipBytes)}): ${verdict}`,
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
