import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp } from './support/app';
import { useAppFixture } from './support/fixture';

const app = useAppFixture();


/** Pastes tab-separated text the way Excel puts it on the clipboard. */
async function pasteIntoGrid(text: string) {
  await app.page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Pastes into whatever has the focus (a cell being edited receives it first, as in a browser). */
async function pasteIntoFocus(text: string) {
  await app.page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    (document.activeElement ?? document).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The input of a grid cell by its accessible name, e.g. „2027, Zeile 1“. */
const cell = (grid: ReturnType<Page['getByTestId']>, name: string) => grid.getByRole('textbox', { name, exact: true });

/** Intl writes a no-break space before „€“. */
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

/** Row 1, column „Kommune“ of a cost grid (not the header, not the row number). */
const firstCell = (grid: ReturnType<Page['getByTestId']>) => grid.locator('.dsg-row:not(.dsg-row-header) .dsg-cell:not(.dsg-cell-gutter)').first();

/** Rows of the area chart's table alternative: area → savings text. */
async function areaTable(): Promise<Record<string, string>> {
  const frame = app.page.getByTestId('chart-areas');
  await frame.waitFor();
  const rows = await frame.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
  return Object.fromEntries(rows.map(([a, s]) => [a, nbsp(s ?? '')]));
}

async function createBauhofProposal(): Promise<string> {
  await openApp(app.page, app.url, 'vorschlaege/neu');
  await app.page.getByRole('textbox', { name: 'Titel' }).fill('Gemeinsamer Bauhof Kamen–Bergkamen');
  await app.selectOption('Aufgabenfeld', 'Baubetriebshöfe');
  await app.selectOption('Federführende Kommune', 'Kamen');
  await app.page.getByRole('combobox', { name: 'Weitere Beteiligte' }).click();
  await app.page.getByRole('option', { name: 'Bergkamen', exact: true }).click();
  await app.page.keyboard.press('Escape');
  await app.page.getByRole('button', { name: 'Speichern' }).click();
  await app.page.getByRole('heading', { name: 'Gemeinsamer Bauhof Kamen–Bergkamen' }).waitFor();
  return app.page.url().split('/vorschlaege/')[1]!;
}

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
    await pasteIntoGrid('Kamen\tPersonal\tlaufend\tja\tBauhofpersonal Kamen\t100.000,00\t100.000,00\r\nBergkamen\tSachkosten\tlaufend\tja\tFuhrpark Bergkamen\t50.000\t50.000\r\n');
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
    const csv = `\ufeffKommune;Variante;Kategorie;Art;Haushaltswirksam;Bezeichnung;${start};${start + 1}\r\nKamen;Ist;Personal;laufend;ja;Bauhof Kamen;120.000,00;122.400,00\r\ngemeinsam;Kooperation;Investition/Einführung;einmalig;ja;Fahrzeughalle;80.000;\r\nUnna;Ist;Personal;laufend;ja;Falsch;1;1\r\n`;
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByTestId('import-button').click();
    await (await chooser).setFiles({ name: 'kosten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await app.page.getByText('3 Datenzeilen gelesen').waitFor();
    expect(await app.page.getByTestId('import-errors').innerText()).toContain('„Unna“ ist an diesem Vorschlag nicht beteiligt');
    await app.page.getByRole('button', { name: '2 Zeilen importieren' }).click();
    await expect.poll(() => app.page.getByRole('tab', { name: /Ist-Zustand \(1\)/ }).count()).toBe(1);
    expect(await app.page.getByRole('tab', { name: /Kooperation \(1\)/ }).count()).toBe(1);
  });

  it('refuses a CSV with the wrong delimiter and changes nothing', async () => {
    const id = await createBauhofProposal();
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByTestId('import-button').click();
    await (await chooser).setFiles({ name: 'komma.csv', mimeType: 'text/csv', buffer: Buffer.from('Kommune,Variante,Kategorie,Art,Haushaltswirksam,Bezeichnung,2027\nKamen,Ist,Personal,laufend,ja,X,1\n') });
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

  it('keeps unsaved edits through a tab switch and asks before leaving the screen or the proposal', async () => {
    const id = await createBauhofProposal();
    // Reached through the app (not a typed address), so browser back is a router navigation.
    await app.page.getByRole('link', { name: 'Kosten bearbeiten' }).click();
    const ist = app.page.getByTestId('cost-grid-ist');
    await ist.waitFor();
    const total = () => app.page.getByTestId('cost-totals-ist').locator('td').nth(1).innerText().then(nbsp);
    await firstCell(ist).click();
    await pasteIntoGrid('Kamen\tPersonal\tlaufend\tja\tBauhofpersonal Kamen\t100.000,00\r\n');
    await expect.poll(total).toBe('100.000,00 €');

    await app.page.getByRole('tab', { name: /Kooperation/ }).click();
    await app.page.getByTestId('cost-grid-kooperation').waitFor();
    await app.page.getByRole('tab', { name: /Ist-Zustand/ }).click();
    await expect.poll(total).toBe('100.000,00 €');
    expect(await app.page.getByTestId('unsaved-marker').count()).toBe(1);
    // Right after the tab switch (focus on the tab), Ctrl+Z / Ctrl+Y act on the grid.
    await app.page.keyboard.press('Control+z');
    await expect.poll(total).toBe('0,00 €');
    await app.page.keyboard.press('Control+y');
    await expect.poll(total).toBe('100.000,00 €');

    // The menu asks; „Abbrechen“ stays with the edits.
    await app.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Übersicht' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(app.page.url()).toContain('#/kosten');
    await expect.poll(total).toBe('100.000,00 €');

    // Browser back asks too.
    await app.page.goBack();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(app.page.url()).toContain(`vorschlag=${id}`);

    // Another proposal: „Verwerfen“ drops the edits and switches.
    await app.selectOption('Vorschlag', 'Zusammenlegung der Informationstechnologien');
    await dialog.getByRole('button', { name: 'Verwerfen' }).click();
    await expect.poll(() => app.page.url()).not.toContain(id);

    // Back on the proposal, „Speichern“ on leaving keeps them.
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    await firstCell(ist).click();
    await pasteIntoGrid('Kamen\tPersonal\tlaufend\tja\tBauhofpersonal Kamen\t100.000,00\r\n');
    await app.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Vorschläge' }).click();
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => app.page.url()).toMatch(/#\/vorschlaege$/);
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    await expect.poll(() => app.page.getByRole('tab', { name: /Ist-Zustand \(1\)/ }).count()).toBe(1);

    // The cost change is in the proposal's change log.
    await openApp(app.page, app.url, `vorschlaege/${id}`);
    await expect.poll(() => app.page.getByRole('table', { name: 'Änderungsprotokoll' }).innerText()).toContain('Kostenzeile „Bauhofpersonal Kamen“ angelegt');
    expect(app.errors).toEqual([]);
  });

  it('undo and redo step through whole edits, by keys and buttons; amounts show alike', async () => {
    const start = app.now.getFullYear() + 1;
    const id = await createBauhofProposal();
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    const ist = app.page.getByTestId('cost-grid-ist');
    await firstCell(ist).click();
    await pasteIntoGrid('Kamen\tPersonal\tlaufend\tja\tBauhof\r\n');
    const y1 = cell(ist, `${start}, Zeile 1`);
    await y1.click({ force: true });
    await app.page.keyboard.type('99999');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => y1.inputValue()).toBe('99.999,00');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => y1.inputValue()).toBe('');
    await app.page.keyboard.press('Control+y');
    await expect.poll(() => y1.inputValue()).toBe('99.999,00');
    await app.page.keyboard.press('Control+z');
    await app.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => y1.inputValue()).toBe('99.999,00');
    await app.page.getByRole('button', { name: 'Rückgängig (Strg+Z)' }).click();
    await expect.poll(() => y1.inputValue()).toBe('');
    await app.page.getByRole('button', { name: 'Wiederholen (Strg+Y)' }).click();
    await expect.poll(() => y1.inputValue()).toBe('99.999,00');

    // However typed, amounts read the same; a rejected cell is not in the totals.
    const y2 = cell(ist, `${start + 1}, Zeile 1`);
    await y2.click({ force: true });
    await app.page.keyboard.type('€ 12.000');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => y2.inputValue()).toBe('12.000,00');
    await y2.click({ force: true });
    await app.page.keyboard.type('12.000 €');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => y2.inputValue()).toBe('12.000,00');
    await y1.click({ force: true });
    await app.page.keyboard.type('-500');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.page.getByTestId('cost-totals-ist').locator('td').nth(1).innerText().then(nbsp)).toBe('0,00 €');
    await expect.poll(() => app.page.getByTestId('cost-totals-ist').locator('td').nth(2).innerText().then(nbsp)).toBe('12.000,00 €');
    expect(app.errors).toEqual([]);
  });

  it('a block pasted while a cell is being edited fills the grid; the context menu is German and on screen', async () => {
    const id = await createBauhofProposal();
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    const ist = app.page.getByTestId('cost-grid-ist');
    await firstCell(ist).click();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('Ka');
    await pasteIntoFocus('Kamen\tPersonal\tlaufend\tja\tBauhofpersonal Kamen\t100.000,00\r\nBergkamen\tSachkosten\tlaufend\tja\tFuhrpark Bergkamen\t50.000\r\n');
    await expect.poll(() => cell(ist, 'Kommune, Zeile 2').inputValue()).toBe('Bergkamen');
    expect(await cell(ist, 'Kommune, Zeile 1').inputValue()).toBe('Kamen');
    await expect.poll(() => app.page.getByTestId('cost-totals-ist').locator('td').nth(1).innerText().then(nbsp)).toBe('150.000,00 €');

    // Right-click at the grid's right edge, with the page scrolled so the row is near the bottom.
    const row2 = cell(ist, 'Bezeichnung, Zeile 2');
    const viewport = app.page.viewportSize()!;
    await app.page.evaluate(() => window.scrollTo(0, 0));
    const gridBox = (await ist.locator('.dsg-container').boundingBox())!;
    const box = (await row2.boundingBox())!;
    await app.page.mouse.wheel(0, Math.max(0, box.y - (viewport.height - 40)));
    const at = (await row2.boundingBox())!;
    await app.page.mouse.click(gridBox.x + gridBox.width - 6, at.y + at.height / 2, { button: 'right' });
    const menu = app.page.getByTestId('grid-context-menu');
    await menu.waitFor();
    const text = await menu.innerText();
    expect(text).toContain('Zeile löschen');
    expect(text).not.toMatch(/Delete|Insert|Copy|Paste/);
    const m = (await menu.boundingBox())!;
    expect(m.x + m.width).toBeLessThanOrEqual(viewport.width);
    expect(m.y + m.height).toBeLessThanOrEqual(viewport.height);
    expect(app.errors).toEqual([]);
  });

  it('asks before a growth line turns into yearly values', async () => {
    const start = app.now.getFullYear() + 1;
    const id = await createBauhofProposal();
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    await app.page.getByRole('button', { name: 'Zeile mit Personal oder Fortschreibung …' }).click();
    const form = app.page.getByRole('dialog');
    await form.getByText('Startwert + Steigerung', { exact: true }).click();
    await form.getByRole('textbox', { name: 'Bezeichnung' }).fill('Miete Halle');
    await form.getByRole('textbox', { name: /Startwert/ }).fill('10000');
    await form.getByRole('button', { name: 'Zeile anlegen' }).click();
    const ist = app.page.getByTestId('cost-grid-ist');
    const y2 = cell(ist, `${start + 1}, Zeile 1`);
    await expect.poll(() => y2.inputValue()).toBe('10.250,00');
    await y2.click({ force: true });
    await app.page.keyboard.type('1');
    await app.page.keyboard.press('Enter');
    const ask = app.page.getByRole('dialog', { name: 'Berechnete Zeile ändern?' });
    await ask.getByRole('button', { name: 'Abbrechen' }).click();
    await expect.poll(() => y2.inputValue()).toBe('10.250,00');
    expect(await app.page.getByTestId('unsaved-marker').count()).toBe(0);
    await y2.click({ force: true });
    await app.page.keyboard.type('1');
    await app.page.keyboard.press('Enter');
    await ask.getByRole('button', { name: 'In Jahreswerte umwandeln' }).click();
    await expect.poll(() => y2.inputValue()).toBe('1,00');
    await app.page.getByRole('button', { name: 'Kosten speichern' }).click();
    await expect.poll(() => app.page.getByTestId('unsaved-marker').count()).toBe(0);
    await app.page.reload();
    await expect.poll(() => cell(ist, `${start + 1}, Zeile 1`).inputValue()).toBe('1,00');
    expect(await cell(ist, `${start}, Zeile 1`).inputValue()).toBe('10.000,00');
  });

  it('re-importing the own export asks what to do, never doubles, keeps the order and can be undone', async () => {
    const id = await createBauhofProposal();
    await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
    const ist = app.page.getByTestId('cost-grid-ist');
    await firstCell(ist).click();
    await pasteIntoGrid('Kamen\tPersonal\tlaufend\tja\tZeta\t1.000\r\nKamen\tPersonal\tlaufend\tja\tAlpha\t2.000\r\nBergkamen\tSachkosten\tlaufend\tja\tMitte\t3.000\r\n');
    await app.page.getByRole('button', { name: 'Kosten speichern' }).click();
    await expect.poll(() => app.page.getByRole('tab', { name: /Ist-Zustand \(3\)/ }).count()).toBe(1);
    const download = app.page.waitForEvent('download');
    await app.page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await readFile((await (await download).path())!);
    const labels = async () => Promise.all([1, 2, 3].map((r) => cell(ist, `Bezeichnung, Zeile ${r}`).inputValue()));
    const total = () => app.page.getByTestId('cost-totals-ist').locator('td').nth(1).innerText().then(nbsp);

    const importFile = async (mode: RegExp | null) => {
      const chooser = app.page.waitForEvent('filechooser');
      await app.page.getByTestId('import-button').click();
      await (await chooser).setFiles({ name: 'Kosten.csv', mimeType: 'text/csv', buffer: file });
      const dialog = app.page.getByRole('dialog', { name: /Import aus/ });
      await dialog.waitFor();
      if (mode) {
        expect(await dialog.getByRole('button', { name: '3 Zeilen importieren' }).isDisabled()).toBe(true);
        await dialog.getByRole('radio', { name: mode }).check();
      }
      await dialog.getByRole('button', { name: '3 Zeilen importieren' }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await importFile(/^Aktualisieren/);
    await importFile(/^Ersetzen/);
    await expect.poll(() => app.page.getByRole('tab', { name: /Ist-Zustand \(3\)/ }).count()).toBe(1);
    await expect.poll(total).toBe('6.000,00 €');
    expect(await labels()).toEqual(['Zeta', 'Alpha', 'Mitte']);

    await importFile(/^Hinzufügen/);
    await expect.poll(() => app.page.getByRole('tab', { name: /Ist-Zustand \(6\)/ }).count()).toBe(1);
    await app.page.getByTestId('undo-import').click();
    await expect.poll(() => app.page.getByRole('tab', { name: /Ist-Zustand \(3\)/ }).count()).toBe(1);
    await expect.poll(total).toBe('6.000,00 €');
    expect(await labels()).toEqual(['Zeta', 'Alpha', 'Mitte']);
    expect(app.errors).toEqual([]);
  });
});
