import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../assets',
  plugins: [react()],
  // react-datasheet-grid pulls a second react-dom 18 through an old peer range; one React only.
  resolve: { dedupe: ['react', 'react-dom'] },
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version),
    // Each build is its own engine: a calculation saved by another build is never shown (figureSnapshot.ts).
    'import.meta.env.VITE_BUILD_ID': JSON.stringify(`${pkg.version}+${Date.now().toString(36)}`),
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
    // Fonts are bundled as files: the app runs offline and the CSP forbids remote origins.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173, strictPort: false },
});
