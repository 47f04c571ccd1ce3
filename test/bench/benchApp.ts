/**
 * The built app in Debian's Chromium for a benchmark or tool: a local server, a fresh
 * profile and one page with the app open on `route`. `close` ends both.
 */
import { launchChromium } from '../e2e/support/chromium';
import { openApp } from '../e2e/support/app';
import { serveBuiltRenderer } from '../e2e/support/server';

export async function openBenchApp(route = 'stammdaten') {
  const server = await serveBuiltRenderer();
  const session = await launchChromium();
  const close = async () => {
    await session.close();
    await server.close();
  };
  try {
    // tsx names functions with a helper the page does not have.
    await session.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await session.context.newPage();
    await openApp(page, server.url, route);
    return { server, session, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
