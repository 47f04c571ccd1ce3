/**
 * Ctrl+P on a screen (not the report): the page printed with the shared print options,
 * read back with pdftotext. Nothing to click on paper, and the figures say their scenario.
 */
import { describe, expect, it } from 'vitest';
import { playwrightPdfOptions } from '../../renderer/domain/report/printOptions';
import { upcomingMeetings } from '../../renderer/domain/masterData';
import { openApp } from './support/app';
import { useAppFixture } from './support/fixture';
import { readPdf } from './support/report';

const app = useAppFixture();
const PAYROLL = 'Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform';
const IT = 'Zusammenlegung der Informationstechnologien';

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

  it('a meeting page: the agenda on paper keeps each TOP’s Beschlussvorschlag and outcome', async () => {
    const page = app.page;
    const [kaemmerer] = upcomingMeetings(app.now);
    await openApp(page, app.url, 'termine');
    await page.getByRole('link', { name: kaemmerer!.title }).click();
    // The example meeting comes with the two proposals planned for it on its agenda.
    await page.getByTestId('agenda-item').getByRole('link', { name: PAYROLL }).waitFor();
    await page.getByTestId('agenda-item').getByRole('link', { name: IT }).waitFor();
    await page.getByRole('textbox', { name: `Beschlussvorschlag zu „${PAYROLL}“` }).fill('Gründung der Einkaufsgemeinschaft empfehlen');
    await page.getByRole('heading', { name: 'Tagesordnung' }).click();
    const log = page.getByRole('table', { name: 'Änderungsprotokoll' });
    await expect.poll(() => log.innerText()).toContain(`Beschlussvorschlag zu „${PAYROLL}“ geändert`);
    await page.getByRole('combobox', { name: `Ergebnis zu „${IT}“` }).click();
    await page.getByRole('option', { name: 'vertagt', exact: true }).click();
    await expect.poll(() => log.innerText()).toContain('„vertagt“');
    const text = (await printed('termin')).replace(/\s+/g, ' ');
    expect(text).toContain('Beschlussvorschlag: Gründung der Einkaufsgemeinschaft empfehlen');
    expect(text).toContain('Ergebnis: noch offen');
    expect(text).toContain('Ergebnis: vertagt');
    expect(text).not.toContain('Nach oben');
    expect(app.errors).toEqual([]);
  });
});
