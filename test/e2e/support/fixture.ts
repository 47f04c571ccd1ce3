/**
 * Shared lifecycle of the end-to-end files: one server for the file, and a fresh
 * Chromium profile (a first start) for every test.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { testNow } from '../../testNow';
import { watchErrors } from './app';
import { launchChromium, type Session } from './chromium';
import { serveBuiltRenderer } from './server';

export interface AppFixture {
  readonly url: string;
  readonly page: Page;
  /** Uncaught errors and console errors of the current test's page. */
  readonly errors: string[];
  /** The moment the page's clock started at (IKZ_TEST_NOW, else the real time). */
  readonly now: Date;
  selectOption(label: string, option: string): Promise<void>;
}

export function useAppFixture(): AppFixture {
  let server: Awaited<ReturnType<typeof serveBuiltRenderer>> | undefined;
  let session: Session | undefined;
  let page: Page | undefined;
  let errors: string[] = [];
  let now = new Date();
  beforeAll(async () => {
    server = await serveBuiltRenderer();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    session = await launchChromium();
    page = await session.context.newPage();
    // Every page runs on an installed clock that starts at the test's moment and then
    // flows normally, so a test knows "today" and the suite can run on any chosen day.
    now = testNow();
    await page.clock.install({ time: now });
    errors = watchErrors(page);
  });
  afterEach(async () => {
    await session?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get page() {
      return page!;
    },
    get errors() {
      return errors;
    },
    get now() {
      return now;
    },
    async selectOption(label, option) {
      await page!.getByRole('combobox', { name: label }).click();
      await page!.getByRole('option', { name: option, exact: true }).click();
    },
  };
}
