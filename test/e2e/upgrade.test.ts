/**
 * Schema upgrades on Chromium's own IndexedDB (the unit migration test runs them on
 * fake-indexeddb): a workspace of every earlier schema version, opened by this app, gets
 * its backup first and loses no record; v8/v9 move the shared versions into buckets, drop
 * the old table and two cost-line indexes.
 */
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../renderer/data/schemaVersions';
import { launchChromium, type Session } from './support/chromium';
import { serveBuiltRenderer } from './support/server';

const EARLIER = SCHEMA_VERSIONS.filter((v) => v.version < CURRENT_SCHEMA_VERSION).map((v) => v.version);

let server: Awaited<ReturnType<typeof serveBuiltRenderer>>;
let session: Session;
let script: string;

beforeAll(async () => {
  const bundled = await build({
    entryPoints: ['test/e2e/support/upgradePage.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    define: { 'import.meta.env': '{}', 'process.env.NODE_ENV': '"production"' },
  });
  script = bundled.outputFiles[0]!.text;
  server = await serveBuiltRenderer();
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('schema upgrades in Chromium', () => {
  it.each(EARLIER)('opens a v%i workspace: backup first, every record kept', async (version) => {
    const page = await session.context.newPage();
    await page.goto(server.url);
    await page.evaluate(script);
    const result = await page.evaluate((v) => (window as unknown as { __ikzUpgradeFrom(v: number): Promise<unknown> }).__ikzUpgradeFrom(v), version);
    await page.close();
    expect(result).toMatchObject({
      ok: true,
      verno: CURRENT_SCHEMA_VERSION,
      backups: [expect.stringMatching(new RegExp(`^vor-update-v${version}-auf-v${CURRENT_SCHEMA_VERSION}-`))],
      missing: [],
    });
    expect((result as { tables: string[] }).tables).toContain('sharedVersions');
    expect((result as { tables: string[] }).tables).not.toContain('exchangeBase');
    // v10: cost lines in sheets per proposal, their ids beside them; the per-line table is gone.
    expect((result as { tables: string[] }).tables).toEqual(expect.arrayContaining(['costSheets', 'costLineIds']));
    expect((result as { tables: string[] }).tables).not.toContain('costLines');
  });
});
