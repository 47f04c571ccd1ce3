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
  },
});
