/**
 * „PDF speichern“ on a preview that has rested: the page measured it for paper meanwhile
 * (usePremeasuredPages.ts), so main prints at once; a change after the measurement is
 * measured anew, and the printed table of contents is right with one print pass.
 */
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { useAppFixture } from './support/fixture';
import { checkLayout, workspace } from './support/reportChecks';
import { openReportBuilder, proposalsQuery, readPdf, standInDesktopExport } from './support/report';
import { seedProposals } from './support/seedProposals';

const app = useAppFixture();

describe('the report builder measures its resting preview', () => {
  it('a preview that has rested is measured before the click, and a change after that is measured anew: one print, right page numbers', async () => {
    await openApp(app.page, app.url);
    const ws = await workspace(app.page);
    const query = proposalsQuery(ws.proposals.map((p) => p.id));
    const page = await app.page.context().newPage();
    try {
      let passes = 0;
      const held: boolean[] = [];
      const desktop = await standInDesktopExport(page, {
        onPass: () => passes++,
        beforePrint: async () => void held.push(await page.evaluate(() => document.documentElement.dataset.reportPremeasured === 'true')),
      });
      await openReportBuilder(page, app.url, query);
      const premeasured = () => page.evaluate(() => document.documentElement.dataset.reportPremeasured === 'true');
      await expect.poll(premeasured).toBe(true);
      // Something moves the chapters by most of a page after the measurement (as new figures
      // or a longer text would): the measurement is discarded and taken again once it rests.
      await page.evaluate(() => {
        const block = document.createElement('div');
        block.style.height = '150mm';
        document.querySelector('.report-chapter')!.prepend(block);
      });
      expect(await premeasured()).toBe(false);
      // The reader is far down the preview meanwhile: measuring must not move them.
      const scrolled = await page.evaluate(() => {
        window.scrollTo(0, document.scrollingElement!.scrollHeight * 0.8);
        return window.scrollY;
      });
      expect(scrolled).toBeGreaterThan(2000);
      await expect.poll(premeasured).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      // From the click on, nothing is measured: the page takes what it measured at rest.
      await page.evaluate(() => {
        const w = window as unknown as { __measuredAfterClick: number };
        w.__measuredAfterClick = 0;
        // Set and taken away in one task: the record of the taking away names the pass.
        new MutationObserver((records) => {
          w.__measuredAfterClick += records.filter((r) => r.oldValue === 'measure').length;
        }).observe(document.documentElement, { attributes: true, attributeOldValue: true, attributeFilter: ['data-report-pass'] });
      });
      // From the keyboard, where the reader is (a mouse click would scroll to the button).
      await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'PDF speichern')!.focus({ preventScroll: true }));
      const before = await page.evaluate(() => window.scrollY);
      await page.keyboard.press('Enter');
      await page.getByText(/Bericht gespeichert: Bericht\.pdf \(\d+ Seiten\)/).waitFor({ timeout: 120_000 });
      // The reader is where they were, and the focus is back on the button.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('PDF speichern');
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(3);
      // Main found a measurement waiting, the page took it, and it was right: printed once.
      expect(held).toEqual([true]);
      expect(await premeasured()).toBe(false);
      expect(passes).toBe(1);
      expect(await page.evaluate(() => (window as unknown as { __measuredAfterClick: number }).__measuredAfterClick)).toBe(0);
      checkLayout(readPdf(desktop.printed[0]!.pdf, 'vorgemessen'), 'Interkommunale Zusammenarbeit im Kreis Unna');
    } finally {
      await page.close();
    }
  });

  it('„PDF speichern“ right after a change of the selection prints the new selection', async () => {
    await openApp(app.page, app.url);
    await workspace(app.page);
    // A long report redraws slowly: the click comes before the new preview is drawn.
    await seedProposals(app.page, 35);
    const ws = await workspace(app.page, 40);
    const query = proposalsQuery(ws.proposals.map((p) => p.id));
    const page = await app.page.context().newPage();
    try {
      const desktop = await standInDesktopExport(page);
      await openReportBuilder(page, app.url, query);
      await page.getByRole('switch', { name: 'Beispielvorschläge einrechnen' }).click({ force: true });
      await page.getByRole('button', { name: 'PDF speichern' }).click();
      await page.getByText(/Bericht gespeichert: Bericht\.pdf \(\d+ Seiten\)/).waitFor({ timeout: 120_000 });
      expect(desktop.requests).toEqual([expect.objectContaining({ query: expect.stringContaining('beispiele=0') })]);
      expect(await page.getByText('Nicht gespeichert').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
