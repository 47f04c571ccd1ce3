/** Takes a screenshot of every screen into /tmp/ikz-shots (for looking, not a test). */
import { launchChromium } from '../test/e2e/support/chromium';
import { serveBuiltRenderer } from '../test/e2e/support/server';

const routes = ['', 'vorschlaege', 'vorschlaege/neu', 'kosten', 'vertraege', 'termine', 'praesentation', 'stammdaten', 'einstellungen'];
const out = process.env.SHOTS ?? '/tmp/ikz-shots';

const server = await serveBuiltRenderer();
const session = await launchChromium();
const page = await session.context.newPage();
page.on('console', (m) => (m.type() === 'error' ? console.log('console:', m.text()) : undefined));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(server.url);
await page.getByRole('navigation').waitFor();
for (const r of routes) {
  await page.goto(`${server.url}#/${r}`);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/${r.replace(/\//g, '_') || 'overview'}.png`, fullPage: true });
}
await page.goto(`${server.url}#/vorschlaege`);
await page.getByRole('link', { name: 'Rechnungsprüfung Lünen–Selm' }).click();
await page.waitForTimeout(600);
await page.screenshot({ path: `${out}/detail.png`, fullPage: true });
await session.close();
await server.close();
