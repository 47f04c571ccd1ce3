/** Helpers of the cost-data end-to-end tests (grid paste, cells, the area table, a fresh proposal). */
import type { Page } from 'playwright-core';
import { openApp } from './app';
import type { AppFixture } from './fixture';

export function costHelpers(app: AppFixture) {
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
    // The table is built when its disclosure is opened, as a user would.
    if (!(await frame.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await frame.locator('summary').click();
    await frame.locator('table').waitFor();
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

  return { pasteIntoGrid, pasteIntoFocus, cell, nbsp, firstCell, areaTable, createBauhofProposal };
}
