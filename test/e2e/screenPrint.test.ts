/**
 * Ctrl+P on a screen (not the report): the page printed with the shared print options,
 * read back with pdftotext. Nothing to click on paper, and the figures say their scenario.
 */
import { describe, expect, it } from 'vitest';
import { playwrightPdfOptions } from '../../renderer/domain/report/printOptions';
import { openApp } from './support/app';
import { useAppFixture } from './support/fixture';
import { readPdf } from './support/report';

const app = useAppFixture();
const PAYROLL = 'Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform';

async function printed(name: string) {
  await app.page.emulateMedia({ media: 'print' });
  const pdf = new Uint8Array(await app.page.pdf(playwrightPdfOptions()));
  await app.page.emulateMedia({ media: 'screen' });
  return readPdf(pdf, name).pages.join('\n');
}

describe('printing a screen (Ctrl+P)', () => {
  it('a proposal page: no buttons or back link on paper, and the scenario of its figures', async () => {
    const page = app.page;
    await openApp(page, app.url, 'vorschlaege');
    await page.getByRole('link', { name: PAYROLL }).click();
    await page.getByRole('heading', { level: 1, name: PAYROLL }).waitFor();
    await page.getByTestId('proposal-calculation').getByText('Kapitalwert').first().waitFor();
    await page.getByTestId('proposal-calculation').getByText('Optimistisch', { exact: true }).click();
    const text = await printed('vorschlag');
    expect(text).toContain('Kapitalwert');
    expect(text).toContain('Szenario Optimistisch');
    expect(text).not.toContain('Kosten bearbeiten');
    expect(text).not.toMatch(/^\s*Bearbeiten\s*$/m);
    expect(text).not.toContain('← Vorschläge');
    expect(app.errors).toEqual([]);
  });
});
