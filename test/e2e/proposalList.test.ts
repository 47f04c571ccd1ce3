import { describe, expect, it } from 'vitest';
import { axeViolations, openApp } from './support/app';
import { useAppFixture } from './support/fixture';
import { seedProposals } from './support/seedProposals';

const app = useAppFixture();
const SEEDED = 150;
const TOTAL = SEEDED + 5;

/** Seeds behind the app's back, so the page is reloaded to read the new data. */
async function openLongList() {
  await openApp(app.page, app.url, '');
  await seedProposals(app.page, SEEDED);
  await openApp(app.page, app.url, 'vorschlaege');
  await app.page.reload();
  await app.page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
}

describe('a long proposals list (virtualised)', () => {
  it('keeps only the rows near the viewport in the page, stays a table and passes axe', async () => {
    await openLongList();
    const table = app.page.getByRole('table', { name: 'Liste der Vorschläge' });
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    const rendered = await app.page.getByTestId('proposal-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(await app.page.getByTestId('proposal-row').first().getAttribute('aria-rowindex')).toBe('2');
    expect(await axeViolations(app.page)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('lets the keyboard walk past the rendered rows: each Tab reaches the next row', async () => {
    await openLongList();
    await expect.poll(() => app.page.getByTestId('proposal-row').count()).toBeGreaterThan(5);
    await app.page.locator('[data-testid="proposal-row"] a').first().focus();
    const steps = 80;
    for (let i = 0; i < steps; i++) await app.page.keyboard.press('Tab');
    const focused = await app.page.evaluate(() => {
      const el = document.activeElement!;
      const rect = el.getBoundingClientRect();
      return { row: el.closest('tr')?.getAttribute('aria-rowindex'), inView: rect.top >= 0 && rect.bottom <= window.innerHeight };
    });
    expect(focused).toEqual({ row: String(2 + steps), inView: true });
    // Sorting still covers all proposals, not only the rendered rows.
    await app.page.getByRole('button', { name: 'Nach Titel sortieren' }).click();
    await expect.poll(() => app.page.getByRole('columnheader', { name: /Titel/ }).getAttribute('aria-sort')).toBe('descending');
    await app.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => app.page.getByTestId('proposal-row').last().getAttribute('aria-rowindex')).toBe(String(TOTAL + 1));
  });
});
