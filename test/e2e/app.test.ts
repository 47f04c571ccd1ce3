import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, waitForTransitions } from './support/app';
import { useAppFixture } from './support/fixture';
import { upcomingMeetings } from '../../renderer/domain/masterData';

const app = useAppFixture();

describe('first start', () => {
  it('shows all 11 parties and 8 areas of Kreis Unna', async () => {
    await openApp(app.page, app.url, 'stammdaten');
    await expect.poll(() => app.page.getByTestId('party-row').count()).toBe(11);
    expect(await app.page.getByTestId('area-row').count()).toBe(8);
    const parties = await app.page.getByTestId('party-row').locator('td:first-child').allInnerTexts();
    expect(parties).toEqual(
      expect.arrayContaining(['Lünen', 'Unna', 'Bergkamen', 'Schwerte', 'Kamen', 'Werne', 'Selm', 'Fröndenberg/Ruhr', 'Bönen', 'Holzwickede', 'Kreis Unna']),
    );
    await expect.poll(() => app.page.getByText('86.460').count()).toBe(1);
    expect(app.errors).toEqual([]);
  });
});

describe('proposals', () => {
  it('creates a proposal that is still there after a reload', async () => {
    await openApp(app.page, app.url, 'vorschlaege');
    await app.page.getByRole('link', { name: 'Neuer Vorschlag' }).click();
    await app.page.getByRole('textbox', { name: 'Titel' }).fill('Gemeinsamer Baubetriebshof Kamen–Bergkamen');
    await app.selectOption('Aufgabenfeld', 'Baubetriebshöfe');
    await app.selectOption('Federführende Kommune', 'Kamen');
    await app.page.getByRole('textbox', { name: 'Beschreibung' }).fill('Fuhrpark und Winterdienst gemeinsam');
    await app.page.getByRole('button', { name: 'Speichern' }).click();
    await app.page.getByRole('heading', { name: 'Gemeinsamer Baubetriebshof Kamen–Bergkamen' }).waitFor();

    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Gemeinsamer Baubetriebshof Kamen–Bergkamen' }).waitFor();
    await expect.poll(() => app.page.getByText('Fuhrpark und Winterdienst gemeinsam').count()).toBe(1);
    await openApp(app.page, app.url, 'vorschlaege');
    await expect.poll(() => app.page.getByTestId('proposal-row').filter({ hasText: 'Baubetriebshof Kamen' }).count()).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('refuses a half-filled form and saves nothing', async () => {
    await openApp(app.page, app.url, 'vorschlaege/neu');
    await app.page.getByRole('button', { name: 'Speichern' }).click();
    await app.page.getByText('Bitte ein Aufgabenfeld auswählen.').waitFor();
    // The field messages must be readable too (contrast), not only present.
    expect(await axeViolations(app.page)).toEqual([]);
    await openApp(app.page, app.url, 'vorschlaege');
    await expect.poll(() => app.page.getByTestId('proposal-row').count()).toBe(5);
  });

  it('refuses putting a proposal on hold without a reason', async () => {
    await openApp(app.page, app.url, 'vorschlaege');
    await app.page.getByRole('link', { name: 'Zusammenlegung der Informationstechnologien' }).click();
    await app.page.getByRole('button', { name: 'Status ändern' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Neuer Status' }).click();
    await app.page.getByRole('option', { name: 'Auf Eis' }).click();
    await dialog.getByRole('button', { name: 'Status ändern' }).click();
    await expect.poll(() => dialog.getByTestId('status-error').innerText()).toContain('Begründung');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Zusammenlegung der Informationstechnologien' }).waitFor();
    expect(await app.page.locator('header, main').getByText('In Prüfung').first().isVisible()).toBe(true);
    expect(await app.page.getByText('Begründung (Auf Eis)').count()).toBe(0);
  });

  it('filters the list by free text and by party', async () => {
    await openApp(app.page, app.url, 'vorschlaege');
    await expect.poll(() => app.page.getByTestId('proposal-row').count()).toBe(5);
    await app.page.getByTestId('filter-text').fill('schlüsselkraft');
    await expect.poll(() => app.page.getByTestId('proposal-row').count()).toBe(1);
    await app.page.getByTestId('filter-text').fill('');
    await app.selectOption('Kommune (federführend oder beteiligt)', 'Schwerte');
    await expect.poll(() => app.page.getByTestId('proposal-count').innerText()).toBe('3 von 5 Vorschlägen');
  });

  it('can be operated with the keyboard alone', async () => {
    await openApp(app.page, app.url, '');
    await app.page.keyboard.press('Tab');
    for (let i = 0; i < 20; i++) {
      const focused = await app.page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused === 'Vorschläge') break;
      await app.page.keyboard.press('Tab');
    }
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { name: 'Vorschläge', level: 1 }).waitFor();
    expect(app.page.url()).toContain('#/vorschlaege');
    // The focused element, now the active menu item, has a visible outline: inside the item
    // (the navigation's scroll area clips outside) and not in the item's own blue.
    const ring = await app.page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return {
        active: document.activeElement!.getAttribute('aria-current'),
        style: s.outlineStyle,
        color: s.outlineColor,
        background: s.backgroundColor,
        offset: parseFloat(s.outlineOffset),
      };
    });
    expect(ring.active).toBe('page');
    expect(ring.style).not.toBe('none');
    expect(ring.color).not.toBe(ring.background);
    expect(ring.offset).toBeLessThanOrEqual(0);
  });

  it('returns the focus to the button that opened a dialog', async () => {
    await openApp(app.page, app.url, 'vorschlaege');
    await app.page.getByRole('link', { name: 'Zusammenlegung der Informationstechnologien' }).click();
    const opener = app.page.getByRole('button', { name: 'Status ändern' });
    await opener.focus();
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('dialog').waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('Status ändern');
    await app.page.getByRole('button', { name: 'Löschen', exact: true }).click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('Löschen');
  });

  it('shows no old hold reason once a proposal is taken off hold', async () => {
    await openApp(app.page, app.url, 'vorschlaege');
    await app.page.getByRole('link', { name: 'Rechnungsprüfung Lünen–Selm' }).click();
    await expect.poll(() => app.page.getByTestId('status-reason').innerText()).toContain('Begründung (Auf Eis)');
    await app.page.getByRole('button', { name: 'Status ändern' }).click();
    const dialog = app.page.getByRole('dialog');
    await app.selectOption('Neuer Status', 'In Prüfung');
    await dialog.getByRole('textbox', { name: /Begründung/ }).fill('Die Prüferin ist zurück');
    await dialog.getByRole('button', { name: 'Status ändern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => app.page.locator('main').getByText('In Prüfung').first().isVisible()).toBe(true);
    expect(await app.page.getByText(/Begründung \(/).count()).toBe(0);
    await openApp(app.page, app.url, 'vorschlaege');
    const row = app.page.getByTestId('proposal-row').filter({ hasText: 'Rechnungsprüfung Lünen–Selm' });
    await expect.poll(() => row.innerText()).toContain('In Prüfung');
    expect(await row.innerText()).not.toMatch(/Begründung|Schlüsselkraft/);
  });

  it('asks before a second proposal gets the same title, then tells the two apart', async () => {
    await openApp(app.page, app.url, 'vorschlaege/neu');
    await app.page.getByRole('textbox', { name: 'Titel' }).fill('Gemeinsamer Datenschutzbeauftragter');
    await app.selectOption('Aufgabenfeld', 'Baubetriebshöfe');
    await app.selectOption('Federführende Kommune', 'Kamen');
    await app.page.getByRole('button', { name: 'Speichern' }).click();
    const question = app.page.getByRole('dialog', { name: 'Diesen Titel gibt es schon' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Titel ändern' }).click();
    await question.waitFor({ state: 'detached' });
    expect(app.page.url()).toContain('#/vorschlaege/neu');
    await app.page.getByRole('button', { name: 'Speichern' }).click();
    await question.getByRole('button', { name: 'Trotzdem speichern' }).click();
    await app.page.getByRole('heading', { name: 'Gemeinsamer Datenschutzbeauftragter', level: 1 }).waitFor();
    await openApp(app.page, app.url, 'vorschlaege');
    await app.page.getByTestId('filter-text').fill('Datenschutzbeauftragter');
    await expect.poll(() => app.page.getByTestId('proposal-row').count()).toBe(2);
    const titles = await app.page.getByTestId('proposal-row').locator('.proposal-title').allInnerTexts();
    expect(new Set(titles).size).toBe(2);
    expect(titles).toContain('Gemeinsamer Datenschutzbeauftragter (Kamen)');
  });

  it('finds the payroll proposal by „Lohn“ and by „Gehalt“', async () => {
    await openApp(app.page, app.url, 'vorschlaege');
    for (const word of ['Lohn', 'Gehalt']) {
      await app.page.getByTestId('filter-text').fill(word);
      await expect.poll(() => app.page.getByTestId('proposal-count').innerText()).toBe('1 von 5 Vorschlägen');
      expect(await app.page.getByTestId('proposal-row').innerText()).toContain('Personalabrechnungs');
    }
  });
});

describe('meetings', () => {
  it('corrects a meeting date typed as TT.MM.JJJJ in an accessible German calendar', async () => {
    await openApp(app.page, app.url, 'termine');
    await app.page.getByRole('button', { name: /Arbeitskreis der Kämmerer.*bearbeiten/ }).click();
    const date = app.page.getByRole('dialog').getByLabel('Datum');
    await date.click();
    // Let the calendar finish fading in: axe measures contrast of half-transparent text.
    await app.page.getByRole('button', { name: 'Nächster Monat' }).waitFor();
    await waitForTransitions(app.page);
    expect(await axeViolations(app.page)).toEqual([]);
    // The seeded meeting is the next March one as seen from the test's clock.
    const [kaemmerer] = upcomingMeetings(app.now);
    const year = kaemmerer!.date.slice(0, 4);
    await date.fill(`17.03.${year}`);
    await app.page.getByRole('dialog').getByLabel('Titel').click();
    await app.page.getByRole('button', { name: 'Speichern' }).click();
    await app.page.getByText(`17.03.${year} – ${kaemmerer!.title}`).waitFor();
    await app.page.reload();
    await app.page.getByText(`17.03.${year} – ${kaemmerer!.title}`).waitFor();
  });
});

describe('accessibility', () => {
  const SCREENS = ['', 'vorschlaege', 'vorschlaege/neu', 'kosten', 'vertraege', 'termine', 'praesentation', 'austausch', 'stammdaten', 'einstellungen'];
  it('axe finds no violation on any screen', async () => {
    const found: Record<string, string[]> = {};
    for (const route of SCREENS) {
      await openApp(app.page, app.url, route);
      await app.page.getByRole('heading', { level: 1 }).waitFor();
      const v = await axeViolations(app.page);
      if (v.length) found[route || 'übersicht'] = v;
    }
    await openApp(app.page, app.url, 'vorschlaege');
    await app.page.getByRole('link', { name: 'Rechnungsprüfung Lünen–Selm' }).click();
    await app.page.getByRole('heading', { name: 'Rechnungsprüfung Lünen–Selm' }).waitFor();
    const detail = await axeViolations(app.page);
    if (detail.length) found['vorschlag'] = detail;
    await app.page.getByRole('button', { name: 'Status ändern' }).click();
    await app.page.getByRole('dialog').waitFor();
    const dialog = await axeViolations(app.page);
    if (dialog.length) found['statusdialog'] = dialog;
    expect(found).toEqual({});
  });
});
