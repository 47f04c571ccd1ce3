/**
 * Shared lifecycle of the end-to-end files: one server for the file, and a fresh
 * Chromium profile (a first start) for every test.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { watchErrors } from './app';
import { launchChromium, type Session } from './chromium';
import { serveBuiltRenderer } from './server';

export interface AppFixture {
  readonly url: string;
  readonly page: Page;
  /** Uncaught errors and console errors of the current test's page. */
  readonly errors: string[];
  selectOption(label: string, option: string): Promise<void>;
}

export function useAppFixture(): AppFixture {
  let server: Awaited<ReturnType<typeof serveBuiltRenderer>> | undefined;
  let session: Session | undefined;
  let page: Page | undefined;
  let errors: string[] = [];
  beforeAll(async () => {
    server = await serveBuiltRenderer();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    session = await launchChromium();
    page = await session.context.newPage();
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
    async selectOption(label, option) {
      await page!.getByRole('combobox', { name: label }).click();
      await page!.getByRole('option', { name: option, exact: true }).click();
    },
  };
}
