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
import { build, type InlineConfig } from 'vite';

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

const tmp = await mkdtemp(path.join(tmpdir(), 'ikz-bundle-'));
try {
  // The app with its own vite.config.ts; only the output folder differs from `npm run build`.
  const app = await buildInto({ configFile: path.join(repo, 'vite.config.ts') }, path.join(tmp, 'app'));
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
  console.log(`  Vergleich  : ${kb(bare.gzipBytes)} gzip (${kb(bare.rawBytes)} roh), React + Mantine + recharts + Dexie, ein Diagramm, drei Eingaben`);
  console.log(
    `  Verhältnis : ${ratio.toFixed(2).replace('.', ',')} ×   Ziel ≤ ${TARGET_RATIO.toFixed(1).replace('.', ',')} × (${kb(TARGET_RATIO * bare.gzipBytes)}): ${verdict}`,
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
