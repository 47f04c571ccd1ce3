/** Serves the built renderer (dist/renderer) the way `npm run web` does. */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';

export async function serveBuiltRenderer(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer fehlt: bitte zuerst `npm run build` ausführen.');
  }
  const server: PreviewServer = await preview({ configFile: 'vite.config.ts', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  return { url, close: () => server.close() };
}
