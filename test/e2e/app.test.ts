import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
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
// A fresh profile per test: every test sees a first start.
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

describe('first start', () => {
  it('shows all 11 parties and 8 areas of Kreis Unna', async () => {
    await openApp(page, server.url, 'stammdaten');
    await expect.poll(() => page.getByTestId('party-row').count()).toBe(11);
    expect(await page.getByTestId('area-row').count()).toBe(8);
    const parties = await page.getByTestId('party-row').locator('td:first-child').allInnerTexts();
    expect(parties).toEqual(expect.arrayContaining(['Lünen', 'Unna', 'Bergkamen', 'Schwerte', 'Kamen', 'Werne', 'Selm', 'Fröndenberg/Ruhr', 'Bönen', 'Holzwickede', 'Kreis Unna']));
    await expect.poll(() => page.getByText('86.460').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('proposals', () => {
  it('creates a proposal that is still there after a reload', async () => {
    await openApp(page, server.url, 'vorschlaege');
    await page.getByRole('link', { name: 'Neuer Vorschlag' }).click();
    await page.getByRole('textbox', { name: 'Titel' }).fill('Gemeinsamer Baubetriebshof Kamen–Bergkamen');
    await selectOption('Aufgabenfeld', 'Baubetriebshöfe');
    await selectOption('Federführende Kommune', 'Kamen');
    await page.getByRole('textbox', { name: 'Beschreibung' }).fill('Fuhrpark und Winterdienst gemeinsam');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('heading', { name: 'Gemeinsamer Baubetriebshof Kamen–Bergkamen' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Gemeinsamer Baubetriebshof Kamen–Bergkamen' }).waitFor();
    await expect.poll(() => page.getByText('Fuhrpark und Winterdienst gemeinsam').count()).toBe(1);
    await openApp(page, server.url, 'vorschlaege');
    await expect.poll(() => page.getByTestId('proposal-row').filter({ hasText: 'Baubetriebshof Kamen' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('refuses a half-filled form and saves nothing', async () => {
    await openApp(page, server.url, 'vorschlaege/neu');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Bitte ein Aufgabenfeld auswählen.').waitFor();
    await openApp(page, server.url, 'vorschlaege');
    await expect.poll(() => page.getByTestId('proposal-row').count()).toBe(5);
  });

  it('refuses putting a proposal on hold without a reason', async () => {
    await openApp(page, server.url, 'vorschlaege');
    await page.getByRole('link', { name: 'Zusammenlegung der Informationstechnologien' }).click();
    await page.getByRole('button', { name: 'Status ändern' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Neuer Status' }).click();
    await page.getByRole('option', { name: 'Auf Eis' }).click();
    await dialog.getByRole('button', { name: 'Status ändern' }).click();
    await expect.poll(() => dialog.getByTestId('status-error').innerText()).toContain('Begründung');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Zusammenlegung der Informationstechnologien' }).waitFor();
    expect(await page.locator('header, main').getByText('In Prüfung').first().isVisible()).toBe(true);
    expect(await page.getByText('Begründung (Auf Eis)').count()).toBe(0);
  });

  it('filters the list by free text and by party', async () => {
    await openApp(page, server.url, 'vorschlaege');
    await expect.poll(() => page.getByTestId('proposal-row').count()).toBe(5);
    await page.getByTestId('filter-text').fill('schlüsselkraft');
    await expect.poll(() => page.getByTestId('proposal-row').count()).toBe(1);
    await page.getByTestId('filter-text').fill('');
    await selectOption('Kommune (federführend oder beteiligt)', 'Schwerte');
    await expect.poll(() => page.getByTestId('proposal-count').innerText()).toBe('3 von 5 Vorschlägen');
  });

  it('can be operated with the keyboard alone', async () => {
    await openApp(page, server.url, '');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 20; i++) {
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused === 'Vorschläge') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Vorschläge', level: 1 }).waitFor();
    expect(page.url()).toContain('#/vorschlaege');
    // The focused element has a visible outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

describe('accessibility', () => {
  const SCREENS = ['', 'vorschlaege', 'vorschlaege/neu', 'kosten', 'vertraege', 'termine', 'praesentation', 'stammdaten', 'einstellungen'];
  it('axe finds no violation on any screen', async () => {
    const found: Record<string, string[]> = {};
    for (const route of SCREENS) {
      await openApp(page, server.url, route);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const v = await axeViolations(page);
      if (v.length) found[route || 'übersicht'] = v;
    }
    await openApp(page, server.url, 'vorschlaege');
    await page.getByRole('link', { name: 'Rechnungsprüfung Lünen–Selm' }).click();
    await page.getByRole('heading', { name: 'Rechnungsprüfung Lünen–Selm' }).waitFor();
    const detail = await axeViolations(page);
    if (detail.length) found['vorschlag'] = detail;
    await page.getByRole('button', { name: 'Status ändern' }).click();
    await page.getByRole('dialog').waitFor();
    const dialog = await axeViolations(page);
    if (dialog.length) found['statusdialog'] = dialog;
    expect(found).toEqual({});
  });
});
