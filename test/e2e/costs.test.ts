import { describe, expect, it } from 'vitest';
import { axeViolations, openApp } from './support/app';
import { costHelpers } from './support/costHelpers';
import { useAppFixture } from './support/fixture';

const app = useAppFixture();
const { pasteIntoGrid, nbsp, firstCell, areaTable, createBauhofProposal } = costHelpers(app);

describe('cost data', () => {
  it('a block pasted from Excel changes the dashboard’s area chart', async () => {
    await openApp(app.page, app.url, '');
    const before = await areaTable();
    expect(before['Baubetriebshöfe']).toBeUndefined();
    // A bar for every area with data: the chart draws as many bars as its table has rows.
    await expect.poll(() => app.page.getByTestId('chart-areas').locator('.recharts-bar-rectangle').count()).toBe(Object.keys(before).length);

    const id = await createBauhofProposal();
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    const ist = app.page.getByTestId('cost-grid-ist');
    await firstCell(ist).click();
    await pasteIntoGrid(
      'Kamen\tPersonal\tlaufend\tja\tBauhofpersonal Kamen\t100.000,00\t100.000,00\r\nBergkamen\tSachkosten\tlaufend\tja\tFuhrpark Bergkamen\t50.000\t50.000\r\n',
    );
    await expect.poll(() => app.page.getByTestId('cost-totals-ist').locator('td').nth(1).innerText().then(nbsp)).toBe('150.000,00 €');
    await app.page.getByRole('button', { name: 'Kosten speichern' }).click();
    await expect.poll(() => app.page.getByRole('tab', { name: /Ist-Zustand \(2\)/ }).count()).toBe(1);

    await app.page.getByRole('tab', { name: /Kooperation/ }).click();
    const koop = app.page.getByTestId('cost-grid-kooperation');
    await firstCell(koop).click();
    await pasteIntoGrid('gemeinsam\tPersonal\tlaufend\tja\tGemeinsamer Bauhof\t90.000\t90.000\r\n');
    await expect.poll(() => app.page.getByTestId('cost-totals-kooperation').locator('td').nth(1).innerText().then(nbsp)).toBe('90.000,00 €');
    await app.page.getByRole('button', { name: 'Kosten speichern' }).click();
    await expect.poll(() => app.page.getByRole('tab', { name: /Kooperation \(1\)/ }).count()).toBe(1);

    await openApp(app.page, app.url, '');
    await expect.poll(async () => (await areaTable())['Baubetriebshöfe']).toBe('120.000,00 €');
    const after = await areaTable();
    await expect.poll(() => app.page.getByTestId('chart-areas').locator('.recharts-bar-rectangle').count()).toBe(Object.keys(after).length);
    expect(Object.keys(after).length).toBe(Object.keys(before).length + 1);
    expect(app.errors).toEqual([]);
  });

  it('marks text in a number cell, names row and column, and saves nothing', async () => {
    const id = await createBauhofProposal();
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    await firstCell(app.page.getByTestId('cost-grid-ist')).click();
    await pasteIntoGrid('Kamen\tPersonal\tlaufend\tja\tBauhof\tzwölf\r\n');
    // A new proposal's period starts the year after it was created (the test's clock).
    const start = app.now.getFullYear() + 1;
    await expect.poll(() => app.page.getByTestId('grid-errors').innerText()).toContain(`Zeile 1, ${start}: „zwölf“ ist keine Zahl`);
    expect(await app.page.locator('.cost-cell-invalid').count()).toBe(1);
    await app.page.getByRole('button', { name: 'Kosten speichern' }).click();
    await app.page.getByText('Bitte zuerst die rot markierten Zellen korrigieren').waitFor();
    // Reloading with unsaved edits asks first (beforeunload); confirming leaves them unsaved.
    const asked = new Promise<string>((resolve) => app.page.once('dialog', (d) => void d.accept().then(() => resolve(d.type()))));
    await app.page.reload();
    expect(await asked).toBe('beforeunload');
    await app.page.getByText('Berechnungsgrundlagen', { exact: true }).waitFor();
    expect(await app.page.getByRole('tab', { name: /Ist-Zustand \(0\)/ }).count()).toBe(1);
  });

  it('imports a German CSV after a preview that lists the rejected rows', async () => {
    const id = await createBauhofProposal();
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    const start = app.now.getFullYear() + 1;
    const csv = `\ufeffKommune;Variante;Kategorie;Art;Haushaltswirksam;Bezeichnung;${start};${start + 1};Bemerkung\r\nKamen;Ist;Personal;laufend;ja;Bauhof Kamen;120.000,00;122.400,00;geprüft\r\ngemeinsam;Kooperation;Investition/Einführung;einmalig;ja;Fahrzeughalle;80.000;;\r\nUnna;Ist;Personal;laufend;ja;Falsch;1;1;\r\n`;
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByTestId('import-button').click();
    await (await chooser).setFiles({ name: 'kosten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await app.page.getByText('3 Datenzeilen gelesen').waitFor();
    const rejected = await app.page.getByTestId('import-errors').innerText();
    expect(rejected).toContain('„Unna“ ist an diesem Vorschlag nicht beteiligt');
    // Excel's row number (the header is row 1), parsed in the import worker.
    expect(rejected).toMatch(/^4\s+Kommune/m);
    expect(await app.page.getByTestId('import-ignored-columns').innerText()).toContain('I: „Bemerkung“');
    await app.page.getByRole('button', { name: '2 Zeilen importieren' }).click();
    await expect.poll(() => app.page.getByRole('tab', { name: /Ist-Zustand \(1\)/ }).count()).toBe(1);
    expect(await app.page.getByRole('tab', { name: /Kooperation \(1\)/ }).count()).toBe(1);
  });

  it('refuses a CSV with the wrong delimiter and changes nothing', async () => {
    const id = await createBauhofProposal();
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByTestId('import-button').click();
    await (
      await chooser
    ).setFiles({
      name: 'komma.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Kommune,Variante,Kategorie,Art,Haushaltswirksam,Bezeichnung,2027\nKamen,Ist,Personal,laufend,ja,X,1\n'),
    });
    await expect.poll(() => app.page.getByTestId('import-file-error').innerText()).toContain('Semikolon');
    expect(await app.page.getByRole('tab', { name: /Ist-Zustand \(0\)/ }).count()).toBe(1);
  });

  it('axe finds no violation on the cost screen and the proposal calculation', async () => {
    await openApp(app.page, app.url, 'vorschlaege');
    await app.page.getByRole('link', { name: 'Zusammenlegung der Informationstechnologien' }).click();
    await app.page.getByTestId('proposal-calculation').waitFor();
    await app.page.getByTestId('kapitalwert').waitFor();
    const found: Record<string, string[]> = {};
    const detail = await axeViolations(app.page);
    if (detail.length) found['berechnung'] = detail;
    await app.page.getByRole('link', { name: 'Kosten bearbeiten' }).click();
    await app.page.getByTestId('cost-grid-ist').waitFor();
    const costs = await axeViolations(app.page);
    if (costs.length) found['kosten'] = costs;
    expect(found).toEqual({});
  });
});
