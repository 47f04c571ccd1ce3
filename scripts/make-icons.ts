/** Renders assets/icon.svg to build/icon.png (512 px) for electron-builder, with Chromium. */
import { readFileSync } from 'node:fs';
import { launchChromium } from '../test/e2e/support/chromium';

const svg = readFileSync('assets/icon.svg', 'utf8');
const session = await launchChromium();
const page = await session.context.newPage();
await page.setViewportSize({ width: 512, height: 512 });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="64" height="64"', 'width="512" height="512"')}</body></html>`);
await page.locator('svg').screenshot({ path: 'build/icon.png', omitBackground: true });
await session.close();
console.log('build/icon.png geschrieben.');
