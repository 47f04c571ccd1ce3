/** The Übersicht's filters show their whole value (a cut „Gesamter Zeitraun“ looks like a typo). */
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
});
