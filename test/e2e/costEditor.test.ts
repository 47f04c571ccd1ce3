import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { costHelpers } from './support/costHelpers';
import { useAppFixture } from './support/fixture';

const app = useAppFixture();
const { pasteIntoGrid, pasteIntoFocus, cell, nbsp, firstCell, createBauhofProposal } = costHelpers(app);

describe('the cost editor keeps work', () => {
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
    await pasteIntoFocus(
      'Kamen\tPersonal\tlaufend\tja\tBauhofpersonal Kamen\t100.000,00\r\nBergkamen\tSachkosten\tlaufend\tja\tFuhrpark Bergkamen\t50.000\r\n',
    );
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
    await pasteIntoGrid(
      'Kamen\tPersonal\tlaufend\tja\tZeta\t1.000\r\nKamen\tPersonal\tlaufend\tja\tAlpha\t2.000\r\nBergkamen\tSachkosten\tlaufend\tja\tMitte\t3.000\r\n',
    );
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
