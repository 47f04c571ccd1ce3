/** The Übersicht's filters show their whole value (a cut „Gesamter Zeitraun“ looks like a typo). */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { useAppFixture } from './support/fixture';

const app = useAppFixture();

const clipped = (label: string) =>
  app.page
    .getByRole('textbox', { name: label })
    .or(app.page.getByRole('combobox', { name: label }))
    .first()
    .evaluate((el) => (el as HTMLInputElement).scrollWidth > (el as HTMLInputElement).clientWidth);

describe('Übersicht filters', () => {
  it('show their longest values uncut at 1440×900', async () => {
    const page = app.page;
    await openApp(page, app.url, '');
    await page.getByTestId('key-figures').waitFor();
    expect(await clipped('Zeitraum')).toBe(false);
    await app.selectOption('Kommune', 'Fröndenberg/Ruhr');
    expect(await clipped('Kommune')).toBe(false);
    await app.selectOption('Status', 'Vertragsentwurf');
    expect(await clipped('Status')).toBe(false);
    expect(app.errors).toEqual([]);
  });

  it('export the totals per area as a CSV file (the export code is loaded on the click)', async () => {
    const page = app.page;
    await openApp(page, app.url, '');
    await page.getByTestId('key-figures').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Summen als CSV' }).click();
    const text = (await readFile((await (await download).path())!, 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = text.trim().split(/\r?\n/);
    expect(header).toMatch(/^Aufgabenfeld;Vorschläge;Kosten Ist;Kosten Kooperation;Einsparung;Kapitalwert/);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(';')).toHaveLength(6);
    expect(app.errors).toEqual([]);
  });
});
