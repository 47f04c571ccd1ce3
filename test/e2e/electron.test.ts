/**
 * The real Electron app, driven by Playwright's `_electron`. It needs the Electron
 * binary, which `npm install` downloads on a normal machine; where it is missing (CI
 * here installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1) the test is skipped and says so.
 */
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.mjs';
import { IPC_CONTRACT } from '../../electron/ipc/contract';

const binary = electronBinary();
if (!binary) {
  console.warn(
    'Electron-Test übersprungen: das Electron-Programm fehlt (installiert mit ELECTRON_SKIP_BINARY_DOWNLOAD=1). Mit `npm install` bei Internetzugang läuft er.',
  );
}

describe('Electron shell', () => {
  // Skipped only when the Electron binary is absent (see the warning above).
  it.skipIf(!binary)('starts from app://ikz-planer with the hardened bridge and the seeded data', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.', '--no-sandbox'], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } });
    try {
      const page = await app.firstWindow();
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
      expect(page.url().startsWith('app://ikz-planer/')).toBe(true);
      // Exactly the operations of the contract (the list grew with presentations, reports and backups).
      expect(await page.evaluate(() => Object.keys((window as unknown as { ikzPlaner: object }).ikzPlaner).sort())).toEqual(Object.keys(IPC_CONTRACT).sort());
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(
        await page.evaluate(
          async () => (await (window as unknown as { ikzPlaner: { getAppInfo(): Promise<{ shell: string }> } }).ikzPlaner.getAppInfo()).shell,
        ),
      ).toBe('electron');
      await page.goto('app://ikz-planer/index.html#/stammdaten');
      await expect.poll(() => page.getByTestId('party-row').count()).toBe(11);
    } finally {
      await app.close();
    }
  });
});
