/**
 * Exercises the electron-builder configuration here, where the real Electron binary
 * cannot be downloaded: a stand-in `electron` executable is packaged instead, and the
 * resulting app.asar must hold the main, preload and renderer entry files.
 */
import { listPackage, extractFile } from '@electron/asar';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** @electron/fuses' marker; the wire follows it: version byte, length byte, one byte a fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
/** Issue 7: no Node mode, no NODE_OPTIONS, no inspector, the app only from a verified asar. */
const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

function standInFuseWire(): Buffer {
  // Electron's own defaults: the fuses that must be flipped start in the unsafe state.
  return Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSE_NAMES.length]), Buffer.from('10110001'), Buffer.from('\n')]);
}

function readFuses(executable: string): Record<string, boolean> {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  expect(at, 'fuse wire in the packaged executable').toBeGreaterThan(FUSE_SENTINEL.length);
  const length = bytes[at + 1]!;
  return Object.fromEntries(FUSE_NAMES.slice(0, length).map((name, i) => [name, bytes[at + 2 + i] === '1'.charCodeAt(0)]));
}

const work = mkdtempSync(path.join(tmpdir(), 'ikz-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packaging (electron-builder --dir with a stand-in Electron)', () => {
  it('configures every Electron fuse explicitly', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.build.electronFuses).toEqual(EXPECTED_FUSES);
  });

  it('builds an app.asar with the main, preload and renderer entry files', () => {
    const electronDist = path.join(work, 'electron-dist');
    mkdirSync(electronDist);
    // The stand-in carries a fuse wire in Electron's defaults, so that the fuses
    // electron-builder flips can be read back from the packaged executable.
    writeFileSync(path.join(electronDist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho stand-in\nexit 0\n# '), standInFuseWire()]));
    chmodSync(path.join(electronDist, 'electron'), 0o755);
    const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version as string;
    const output = path.join(work, 'release');

    execFileSync(
      process.execPath,
      [
        'node_modules/electron-builder/cli.js',
        '--dir',
        '--linux',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.electronVersion=${electronVersion}`,
        `-c.directories.output=${output}`,
      ],
      { stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );

    expect(readFuses(path.join(output, 'linux-unpacked', 'ikz-planer'))).toEqual(EXPECTED_FUSES);

    const asar = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
    expect(existsSync(asar)).toBe(true);
    const files = listPackage(asar, { isPack: false });
    expect(files).toEqual(expect.arrayContaining(['/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/dist/renderer/index.html', '/package.json']));
    expect(files.some((f) => /^\/dist\/renderer\/assets\/index-.*\.js$/.test(f))).toBe(true);
    // Everything is bundled: no node_modules end up in the installer.
    expect(files.some((f) => f.includes('node_modules'))).toBe(false);

    const pkg = JSON.parse(extractFile(asar, 'package.json').toString('utf8'));
    expect(pkg.main).toBe('dist-electron/main.cjs');
    // The name decides the userData folder (and so where the data lives): never change it.
    expect(pkg.name).toBe('ikz-planer');
    expect(extractFile(asar, 'dist/renderer/index.html').toString('utf8')).toContain("default-src 'self'");
    // A sandboxed preload can require nothing but Electron: it must be one self-contained file.
    const preload = extractFile(asar, 'dist-electron/preload.cjs').toString('utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toContain('ipcRenderer:');
  });
});
