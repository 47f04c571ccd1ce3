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
        test: { name: 'unit', include: ['test/{domain,data,electron,architecture}/**/*.test.{ts,tsx}'], testTimeout: 20_000 },
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
