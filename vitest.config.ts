import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    projects: [
      {
        extends: true,
        // Data tests with fake-indexeddb and property tests take seconds under load, not ms.
        // Not isolated: these files mock no modules and share no state (every test database
        // has its own name), so a worker loads zod, Dexie and the engine once instead of once
        // per file; that halves this project's time and keeps CI's three date runs short.
        test: { name: 'unit', isolate: false, include: ['test/{domain,data,architecture}/**/*.test.{ts,tsx}'], testTimeout: 20_000 },
      },
      {
        // The main process's modules, with `electron` mocked per file (vi.mock): isolated.
        extends: true,
        test: { name: 'electron', include: ['test/electron/**/*.test.{ts,tsx}'], testTimeout: 20_000 },
      },
      {
        // jsdom screens: a form test takes about 1 s on an idle machine and several times
        // that when four jobs share two cores; 5 s (vitest's default) failed a CI run.
        extends: true,
        test: { name: 'ui', include: ['test/ui/**/*.test.{ts,tsx}'], testTimeout: 30_000, hookTimeout: 30_000 },
      },
    ],
  },
});
