import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, openApp, watchErrors } from './support/app';
import { launchChromium, type Session } from './support/chromium';
import { serveBuiltRenderer } from './support/server';

let server: Awaited<ReturnType<typeof serveBuiltRenderer>>;
let session: Session;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveBuiltRenderer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  session = await launchChromium();
  page = await session.context.newPage();
  errors = watchErrors(page);
});
afterEach(async () => {
  await session?.close();
});

async function selectOption(label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Pastes tab-separated text the way Excel puts it on the clipboard. */
async function pasteIntoGrid(text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Intl writes a no-break space before „€“. */
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

/** Row 1, column „Kommune“ of a cost grid (not the header, not the row number). */
const firstCell = (grid: ReturnType<Page['getByTestId']>) => grid.locator('.dsg-row:not(.dsg-row-header) .dsg-cell:not(.dsg-cell-gutter)').first();

/** Rows of the area chart's table alternative: area → savings text. */
async function areaTable(): Promise<Record<string, string>> {
  const frame = page.getByTestId('chart-areas');
  await frame.waitFor();
  const rows = await frame.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
  return Object.fromEntries(rows.map(([a, s]) => [a, nbsp(s ?? '')]));
}

async function createBauhofProposal(): Promise<string> {
  await openApp(page, server.url, 'vorschlaege/neu');
  await page.getByRole('textbox', { name: 'Titel' }).fill('Gemeinsamer Bauhof Kamen–Bergkamen');
  await selectOption('Aufgabenfeld', 'Baubetriebshöfe');
  await selectOption('Federführende Kommune', 'Kamen');
  await page.getByRole('combobox', { name: 'Weitere Beteiligte' }).click();
  await page.getByRole('option', { name: 'Bergkamen', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { name: 'Gemeinsamer Bauhof Kamen–Bergkamen' }).waitFor();
  return page.url().split('/vorschlaege/')[1]!;
}

describe('cost data', () => {
  it('a block pasted from Excel changes the dashboard’s area chart', async () => {
    await openApp(page, server.url, '');
    const before = await areaTable();
    expect(before['Baubetriebshöfe']).toBeUndefined();
    // A bar for every area with data: the chart draws as many bars as its table has rows.
    await expect.poll(() => page.getByTestId('chart-areas').locator('.recharts-bar-rectangle').count()).toBe(Object.keys(before).length);

    const id = await createBauhofProposal();
    await openApp(page, server.url, `kosten?vorschlag=${id}`);
    const ist = page.getByTestId('cost-grid-ist');
    await firstCell(ist).click();
    await pasteIntoGrid('Kamen\tPersonal\tlaufend\tja\tBauhofpersonal Kamen\t100.000,00\t100.000,00\r\nBergkamen\tSachkosten\tlaufend\tja\tFuhrpark Bergkamen\t50.000\t50.000\r\n');
    await expect.poll(() => page.getByTestId('cost-totals-ist').locator('td').nth(1).innerText().then(nbsp)).toBe('150.000,00 €');
    await page.getByRole('button', { name: 'Kosten speichern' }).click();
    await expect.poll(() => page.getByRole('tab', { name: /Ist-Zustand \(2\)/ }).count()).toBe(1);

    await page.getByRole('tab', { name: /Kooperation/ }).click();
    const koop = page.getByTestId('cost-grid-kooperation');
    await firstCell(koop).click();
    await pasteIntoGrid('gemeinsam\tPersonal\tlaufend\tja\tGemeinsamer Bauhof\t90.000\t90.000\r\n');
    await expect.poll(() => page.getByTestId('cost-totals-kooperation').locator('td').nth(1).innerText().then(nbsp)).toBe('90.000,00 €');
    await page.getByRole('button', { name: 'Kosten speichern' }).click();
    await expect.poll(() => page.getByRole('tab', { name: /Kooperation \(1\)/ }).count()).toBe(1);

    await openApp(page, server.url, '');
    await expect.poll(async () => (await areaTable())['Baubetriebshöfe']).toBe('120.000,00 €');
    const after = await areaTable();
    await expect.poll(() => page.getByTestId('chart-areas').locator('.recharts-bar-rectangle').count()).toBe(Object.keys(after).length);
    expect(Object.keys(after).length).toBe(Object.keys(before).length + 1);
    expect(errors).toEqual([]);
  });

  it('marks text in a number cell, names row and column, and saves nothing', async () => {
    const id = await createBauhofProposal();
    await openApp(page, server.url, `kosten?vorschlag=${id}`);
    await firstCell(page.getByTestId('cost-grid-ist')).click();
    await pasteIntoGrid('Kamen\tPersonal\tlaufend\tja\tBauhof\tzwölf\r\n');
    await expect.poll(() => page.getByTestId('grid-errors').innerText()).toContain('Zeile 1, 2027: „zwölf“ ist keine Zahl');
    expect(await page.locator('.cost-cell-invalid').count()).toBe(1);
    await page.getByRole('button', { name: 'Kosten speichern' }).click();
    await page.getByText('Bitte zuerst die rot markierten Zellen korrigieren').waitFor();
    await page.reload();
    await page.getByText('Berechnungsgrundlagen', { exact: true }).waitFor();
    expect(await page.getByRole('tab', { name: /Ist-Zustand \(0\)/ }).count()).toBe(1);
  });

  it('imports a German CSV after a preview that lists the rejected rows', async () => {
    const id = await createBauhofProposal();
    await openApp(page, server.url, `kosten?vorschlag=${id}`);
    const csv = '\ufeffKommune;Variante;Kategorie;Art;Haushaltswirksam;Bezeichnung;2027;2028\r\nKamen;Ist;Personal;laufend;ja;Bauhof Kamen;120.000,00;122.400,00\r\ngemeinsam;Kooperation;Investition/Einführung;einmalig;ja;Fahrzeughalle;80.000;\r\nUnna;Ist;Personal;laufend;ja;Falsch;1;1\r\n';
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').click();
    await (await chooser).setFiles({ name: 'kosten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByText('3 Datenzeilen gelesen').waitFor();
    expect(await page.getByTestId('import-errors').innerText()).toContain('„Unna“ ist an diesem Vorschlag nicht beteiligt');
    await page.getByRole('button', { name: '2 Zeilen importieren' }).click();
    await expect.poll(() => page.getByRole('tab', { name: /Ist-Zustand \(1\)/ }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: /Kooperation \(1\)/ }).count()).toBe(1);
  });

  it('refuses a CSV with the wrong delimiter and changes nothing', async () => {
    const id = await createBauhofProposal();
    await openApp(page, server.url, `kosten?vorschlag=${id}`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').click();
    await (await chooser).setFiles({ name: 'komma.csv', mimeType: 'text/csv', buffer: Buffer.from('Kommune,Variante,Kategorie,Art,Haushaltswirksam,Bezeichnung,2027\nKamen,Ist,Personal,laufend,ja,X,1\n') });
    await expect.poll(() => page.getByTestId('import-file-error').innerText()).toContain('Semikolon');
    expect(await page.getByRole('tab', { name: /Ist-Zustand \(0\)/ }).count()).toBe(1);
  });

  it('axe finds no violation on the cost screen and the proposal calculation', async () => {
    await openApp(page, server.url, 'vorschlaege');
    await page.getByRole('link', { name: 'Zusammenlegung der Informationstechnologien' }).click();
    await page.getByTestId('proposal-calculation').waitFor();
    await page.getByTestId('kapitalwert').waitFor();
    const found: Record<string, string[]> = {};
    const detail = await axeViolations(page);
    if (detail.length) found['berechnung'] = detail;
    await page.getByRole('link', { name: 'Kosten bearbeiten' }).click();
    await page.getByTestId('cost-grid-ist').waitFor();
    const costs = await axeViolations(page);
    if (costs.length) found['kosten'] = costs;
    expect(found).toEqual({});
  });
});
