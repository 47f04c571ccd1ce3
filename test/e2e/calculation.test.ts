import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { useAppFixture } from './support/fixture';

const app = useAppFixture();

/** A fixed clock: plans that were never saved start the year after „today“. */
async function fixClock() {
  await app.page.clock.setFixedTime(new Date('2026-11-25T10:00:00+01:00'));
}

async function pasteIntoGrid(text: string) {
  await app.page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const firstCell = (grid: ReturnType<Page['getByTestId']>) => grid.locator('.dsg-row:not(.dsg-row-header) .dsg-cell:not(.dsg-cell-gutter)').first();

async function createProposal(title: string): Promise<string> {
  await openApp(app.page, app.url, 'vorschlaege/neu');
  await app.page.getByRole('textbox', { name: 'Titel' }).fill(title);
  await app.selectOption('Aufgabenfeld', 'Baubetriebshöfe');
  await app.selectOption('Federführende Kommune', 'Kamen');
  await app.page.getByRole('combobox', { name: 'Weitere Beteiligte' }).click();
  await app.page.getByRole('option', { name: 'Bergkamen', exact: true }).click();
  await app.page.keyboard.press('Escape');
  await app.page.getByRole('button', { name: 'Speichern' }).click();
  await app.page.getByRole('heading', { name: title }).waitFor();
  return app.page.url().split('/vorschlaege/')[1]!;
}

/** Ist 100.000 € (Kamen), Kooperation 60.000 € (joint) in the first two years. */
async function enterCosts(id: string) {
  await openApp(app.page, app.url, `kosten?vorschlag=${id}`);
  await firstCell(app.page.getByTestId('cost-grid-ist')).click();
  await pasteIntoGrid('Kamen\tPersonal\tlaufend\tja\tBauhofpersonal Kamen\t100.000\t100.000\r\n');
  await app.page.getByRole('button', { name: 'Kosten speichern' }).click();
  await expect.poll(() => app.page.getByRole('tab', { name: /Ist-Zustand \(1\)/ }).count()).toBe(1);
  await app.page.getByRole('tab', { name: /Kooperation/ }).click();
  await firstCell(app.page.getByTestId('cost-grid-kooperation')).click();
  await pasteIntoGrid('gemeinsam\tSachkosten\tlaufend\tja\tGemeinsamer Bauhof\t60.000\t60.000\r\n');
  await app.page.getByRole('button', { name: 'Kosten speichern' }).click();
  await expect.poll(() => app.page.getByRole('tab', { name: /Kooperation \(1\)/ }).count()).toBe(1);
}

/** Moves through the app's own menu and links, so nothing is reloaded (no restart). */
async function showProposal(title: string) {
  await app.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Vorschläge' }).click();
  await app.page.getByRole('link', { name: title }).click();
  await app.page.getByTestId('proposal-calculation').waitFor();
}

const firstFactor = () => app.page.getByTestId('year-table').locator('tbody tr').first().locator('td').nth(6).innerText();

describe('the calculation follows every input', () => {
  it('a new default discount rate under Einstellungen reaches the Kapitalwert at once, without a restart', async () => {
    await fixClock();
    const title = 'Bauhof mit Standardzinssatz';
    const id = await createProposal(title);
    await enterCosts(id);
    await showProposal(title);
    // 0,9 % (the default): 1 / 1,009 = 0,991080
    await expect.poll(firstFactor).toBe('0,991080');
    const before = await app.page.getByTestId('kapitalwert').innerText();

    await app.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Einstellungen' }).click();
    const rate = app.page.getByRole('textbox', { name: /Standard-Diskontierungszinssatz/ });
    await rate.fill('5');
    await app.page.getByRole('form', { name: 'Einstellungen' }).getByRole('button', { name: 'Speichern' }).click();
    await app.page.getByText('Gespeichert').first().waitFor();

    await showProposal(title);
    await expect.poll(firstFactor).toBe('0,952381');
    // 40.000 € at the end of 2027 and 2028 at 5 %: 38.095,24 + 36.281,18 = 74.376,42 €
    await expect.poll(() => app.page.getByTestId('kapitalwert').innerText()).toMatch(/^74\.376,42\s€$/);
    expect(before).not.toBe(await app.page.getByTestId('kapitalwert').innerText());
    expect(app.errors).toEqual([]);
  });

  it('a proposal without costs says so and shows no break-even, sensitivity or empty chart', async () => {
    await fixClock();
    await createProposal('Bauhof ohne Kosten');
    const calc = app.page.getByTestId('proposal-calculation');
    await calc.getByText('Noch keine Kostendaten').waitFor();
    expect(await calc.getByRole('link', { name: 'Kosten', exact: true }).count()).toBe(1);
    expect(await calc.getByTestId('kapitalwert').count()).toBe(0);
    expect(await calc.getByTestId('year-table').count()).toBe(0);
    expect(await calc.getByRole('heading', { name: /Sensitivität/ }).count()).toBe(0);
    expect(await calc.locator('.recharts-wrapper').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('the dashboard leaves out the example proposals with one switch, and remembers it', async () => {
    await fixClock();
    await openApp(app.page, app.url, '');
    await app.page.getByTestId('example-note').waitFor();
    await app.page.getByRole('switch', { name: 'Beispielvorschläge einrechnen' }).click({ force: true });
    // Only the examples have costs in a fresh workspace.
    await app.page.getByText('Noch keine Kostendaten', { exact: true }).first().waitFor();
    expect(await app.page.getByTestId('chart-areas').locator('.recharts-bar-rectangle').count()).toBe(0);
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await expect.poll(() => app.page.getByRole('switch', { name: 'Beispielvorschläge einrechnen' }).isChecked()).toBe(false);
    await expect.poll(() => app.page.getByTestId('example-note').innerText()).toMatch(/Beispielvorschläge sind ausgeblendet/);
    expect(app.errors).toEqual([]);
  });
});
