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

const work = mkdtempSync(path.join(tmpdir(), 'ikz-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packaging (electron-builder --dir with a stand-in Electron)', () => {
  it('builds an app.asar with the main, preload and renderer entry files', () => {
    const electronDist = path.join(work, 'electron-dist');
    mkdirSync(electronDist);
    writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\necho stand-in\n');
    chmodSync(path.join(electronDist, 'electron'), 0o755);
    const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version as string;
    const output = path.join(work, 'release');

    execFileSync(
      process.execPath,
      ['node_modules/electron-builder/cli.js', '--dir', '--linux', '--x64', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.electronVersion=${electronVersion}`, `-c.directories.output=${output}`],
      { stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );

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
