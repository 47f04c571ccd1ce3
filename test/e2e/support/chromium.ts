/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser. Each call
 * gets a fresh temporary profile, so IndexedDB starts empty like on a new laptop.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.IKZ_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  profileDir: string;
  close(): Promise<void>;
}

export async function launchChromium(options: { profileDir?: string } = {}): Promise<Session> {
  const profileDir = options.profileDir ?? (await mkdtemp(path.join(tmpdir(), 'ikz-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // The app honours it (theme.ts respectReducedMotion): no half-faded toast for axe to measure.
    reducedMotion: 'reduce',
  });
  return {
    context,
    profileDir,
    close: async () => {
      await context.close();
      if (!options.profileDir) await rm(profileDir, { recursive: true, force: true });
    },
  };
}
