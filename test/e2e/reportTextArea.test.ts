/**
 * The builder measures where the report's headings land in columns of the printed text
 * area (paginate.ts). That only holds if the columns are exactly as big as the text area of
 * a printed page and break content as pages do: probe pages printed with the shared
 * options show where Chromium breaks a line and a page, half a pixel either side of
 * printedTextAreaPx, and where a long table of the report's own stylesheet goes on.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { playwrightPdfOptions, printedTextAreaPx, reportPageCss, reportSheetCss } from '../../renderer/domain/report/printOptions';
import { launchChromium, type Session } from './support/chromium';
import { readPdf, wordsOf } from './support/report';

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await launchChromium();
  page = await session.context.newPage();
});
afterAll(() => session.close());

/** A probe page printed with the report's @page rule and print options; its words with their places. */
async function print(body: string, css = 'body { margin: 0; font: 6px/10px sans-serif }') {
  await page.setContent(`<!doctype html><html><head><style>${reportPageCss('Probe')} ${css}</style></head><body>${body}</body></html>`);
  const { file } = readPdf(new Uint8Array(await page.pdf(playwrightPdfOptions())), 'textbereich');
  return wordsOf(file).words;
}

/** Two floats side by side, `width` px together: the second drops below once they are wider than the line. */
async function fitsOnOneLine(width: number) {
  const words = await print(
    `<div style="float: left; width: ${width - 10}px; height: 10px">LINKS</div><div style="float: left; width: 10px; height: 10px">RECHTS</div>`,
  );
  const y = (text: string) => words.find((w) => w.text === text)!.yMin;
  return y('RECHTS') === y('LINKS');
}

/** Blocks `height` px high together; the last one, kept whole, goes to page 2 once they are higher than the page. */
async function fitsOnOnePage(height: number) {
  const words = await print(`<div style="height: ${height - 10}px">OBEN</div><div style="height: 10px; break-inside: avoid">UNTEN</div>`);
  return words.find((w) => w.text === 'UNTEN')!.page === 1;
}

describe('the printed text area of a report page', () => {
  const area = printedTextAreaPx();

  it('is as wide as printedTextAreaPx says, to half a pixel', async () => {
    expect(await fitsOnOneLine(area.width - 0.5)).toBe(true);
    expect(await fitsOnOneLine(area.width + 0.5)).toBe(false);
  });

  it('is as high as printedTextAreaPx says, to half a pixel', async () => {
    expect(await fitsOnOnePage(area.height - 0.5)).toBe(true);
    expect(await fitsOnOnePage(area.height + 0.5)).toBe(false);
  });

  it('takes as many rows of a long report table per page in the measuring columns as on paper (the header repeated on each)', async () => {
    const css = `body { margin: 0 } ${readFileSync('renderer/features/report/report.css', 'utf8')}`;
    const rows = Array.from({ length: 160 }, (_, i) => `<tr><td>${i + 1}</td><td>Zeile${i + 1}</td><td>Baubetriebshöfe</td></tr>`).join('');
    const body = `<div class="report"><table class="report-table"><thead><tr><th>Nr.</th><th>Vorschlag</th><th>Aufgabenfeld</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    const words = await print(body, css);
    const printed = words.filter((w) => w.text.startsWith('Zeile')).map((w) => w.page);
    const measured = await page.evaluate(({ width, height }) => {
      const report = document.querySelector<HTMLElement>('.report')!;
      document.documentElement.dataset.reportPass = 'measure';
      report.style.setProperty('--report-page-width', `${width}px`);
      report.style.setProperty('--report-page-height', `${height}px`);
      const box = report.getBoundingClientRect();
      return [...report.querySelectorAll('tbody tr')].map((tr) => 1 + Math.round((tr.getClientRects()[0]!.left - box.left) / box.width));
    }, area);
    expect(new Set(printed).size).toBeGreaterThan(3);
    expect(measured).toEqual(printed);
  });

  it('is as wide in the screen preview, so its lines wrap as on paper', async () => {
    await page.setContent(
      `<!doctype html><html><head><style>${readFileSync('renderer/features/report/report.css', 'utf8')} ${reportSheetCss()}</style></head><body><div class="report">Text</div></body></html>`,
    );
    const textWidth = await page.evaluate(() => {
      const report = document.querySelector<HTMLElement>('.report')!;
      const style = getComputedStyle(report);
      return report.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
    expect(textWidth).toBe(area.width);
  });
});
