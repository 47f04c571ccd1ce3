import { defineConfig } from 'vitest/config';

// End-to-end and packaging checks run against the built app, one file at a time
// (Chromium and electron-builder each want both cores).
export default defineConfig({
  test: {
    include: ['test/{e2e,packaging}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // expect.poll gives up after 1 s by default: on a loaded 2-core machine a reload or a
    // first start takes longer (a CI run failed right after page.reload()). Waits for a
    // condition may take long; they return as soon as it holds.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
