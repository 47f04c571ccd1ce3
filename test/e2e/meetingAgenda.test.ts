import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { upcomingMeetings } from '../../renderer/domain/masterData';
import { axeViolations, openApp, waitForTransitions } from './support/app';
import { useAppFixture } from './support/fixture';
import { moveByKeyboard, pickUpByKeyboard } from './support/keyboardDrag';

const app = useAppFixture();

const PAYROLL = 'Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform';
const IT = 'Zusammenlegung der Informationstechnologien';
const AUDIT = 'Kreisweite Organisation der Rechnungsprüfung';

/** Screenshots for a human to look at, only when IKZ_SHOTS names a folder. */
async function shot(page: Page, name: string) {
  const dir = process.env.IKZ_SHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await waitForTransitions(page);
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}

async function changeStatus(page: Page, title: string, target: string) {
  await openApp(page, app.url, 'vorschlaege');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByRole('button', { name: 'Status ändern' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Neuer Status' }).click();
  await page.getByRole('option', { name: target, exact: true }).click();
  await dialog.getByRole('button', { name: 'Status ändern' }).click();
  await dialog.waitFor({ state: 'detached' });
}

const agendaTitles = (page: Page) => page.getByTestId('agenda-item').locator('a[href^="#/vorschlaege/"]').allInnerTexts();

describe('meeting agenda', () => {
  it('builds an agenda, reorders it by keyboard, records „beschlossen“ and moves the status after confirmation', async () => {
    const page = app.page;
    await changeStatus(page, PAYROLL, 'Vertragsentwurf');
    await changeStatus(page, PAYROLL, 'Beschlussreif');

    const [kaemmerer] = upcomingMeetings(app.now);
    await openApp(page, app.url, 'termine');
    await page.getByRole('link', { name: kaemmerer!.title }).click();
    await page.getByRole('heading', { level: 1, name: kaemmerer!.title }).waitFor();

    // The example meeting comes with the two proposals planned for it; the third comes from the search.
    await expect.poll(() => agendaTitles(page), { timeout: 30_000 }).toEqual([PAYROLL, IT]);
    await page.getByRole('combobox', { name: 'Vorschlag auf die Tagesordnung setzen' }).fill('Kreisweite');
    await page.getByRole('option', { name: AUDIT }).click();
    await expect.poll(() => agendaTitles(page)).toEqual([PAYROLL, IT, AUDIT]);

    // Keyboard: pick TOP 3 up with Space, two places up, drop with Space.
    const handle = page.getByRole('button', { name: `TOP 3 „${AUDIT}“ verschieben` });
    await pickUpByKeyboard(page, handle, 'aufgenommen, bisherige Position 3 von 3');
    await moveByKeyboard(page, 'ArrowUp', 'Position 2 von 3');
    await moveByKeyboard(page, 'ArrowUp', 'Position 1 von 3');
    await page.keyboard.press('Space');
    await expect.poll(() => agendaTitles(page)).toEqual([AUDIT, PAYROLL, IT]);
    // And the plain buttons: IT one place up.
    await page.getByRole('button', { name: `„${IT}“ nach oben` }).click();
    await expect.poll(() => agendaTitles(page)).toEqual([AUDIT, IT, PAYROLL]);

    const decision = page.getByRole('textbox', { name: `Beschlussvorschlag zu „${PAYROLL}“` });
    await decision.fill('Der Arbeitskreis empfiehlt der Bürgermeisterkonferenz den gemeinsamen Einkauf.');
    await page.getByRole('heading', { name: 'Tagesordnung' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Änderungsprotokoll' }).innerText()).toContain(`Beschlussvorschlag zu „${PAYROLL}“ geändert`);
    await page.reload();
    await expect.poll(() => agendaTitles(page)).toEqual([AUDIT, IT, PAYROLL]);
    await expect.poll(() => decision.inputValue()).toBe('Der Arbeitskreis empfiehlt der Bürgermeisterkonferenz den gemeinsamen Einkauf.');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'meeting-page');

    await page.getByRole('combobox', { name: `Ergebnis zu „${PAYROLL}“` }).click();
    await page.getByRole('option', { name: 'beschlossen', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Status des Vorschlags ändern?' });
    await dialog.waitFor();
    await waitForTransitions(page);
    expect(await dialog.innerText()).toContain('Beschlussreif');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'outcome-dialog');
    await dialog.getByRole('button', { name: 'Ergebnis und Status speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('agenda-item').last().locator('.status-badge').innerText()).toBe('Beschlossen');

    await page.getByRole('link', { name: PAYROLL }).first().click();
    await page.getByRole('heading', { level: 1, name: PAYROLL }).waitFor();
    await expect.poll(() => page.locator('header, main').locator('.status-badge').first().innerText()).toBe('Beschlossen');
    const log = page.getByRole('table', { name: 'Änderungsprotokoll' });
    await expect.poll(() => log.innerText()).toContain(`Status von „Beschlussreif“ auf „Beschlossen“ geändert (Ergebnis im Termin „${kaemmerer!.title}“`);
    const meetings = page.getByTestId('proposal-meetings');
    expect(await meetings.innerText()).toContain('beschlossen');
    expect(await meetings.innerText()).toContain('Arbeitskreis der Kämmerer');
    await meetings.scrollIntoViewIfNeeded();
    await shot(page, 'proposal-meetings');
    expect(app.errors).toEqual([]);
  });

  it('deleting a proposal names the agendas it stands on and takes it off them', async () => {
    const page = app.page;
    const [kaemmerer] = upcomingMeetings(app.now);
    await openApp(page, app.url, 'termine');
    await page.getByRole('link', { name: kaemmerer!.title }).click();
    // The example agenda: TOP 1 payroll, TOP 2 IT.
    await expect.poll(() => agendaTitles(page), { timeout: 30_000 }).toEqual([PAYROLL, IT]);

    await page.getByRole('link', { name: IT }).first().click();
    await page.getByRole('heading', { level: 1, name: IT }).waitFor();
    await page.getByRole('button', { name: 'Löschen', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('delete-agendas').innerText()).toContain(`${kaemmerer!.title}, TOP 2`);
    await waitForTransitions(page);
    await shot(page, 'delete-dialog');
    await dialog.getByRole('button', { name: 'Vorschlag löschen' }).click();
    // The dialog goes back to the list once the delete is stored.
    await page.getByRole('heading', { level: 1, name: 'Vorschläge' }).waitFor();
    await openApp(page, app.url, 'termine');
    await page.getByRole('link', { name: kaemmerer!.title }).click();
    await expect.poll(() => agendaTitles(page)).toEqual([PAYROLL]);
    await expect
      .poll(() => page.getByRole('table', { name: 'Änderungsprotokoll' }).innerText())
      .toContain(`Tagesordnungspunkt „${IT}“ entfernt (Vorschlag gelöscht)`);
    expect(app.errors).toEqual([]);
  });

  it('keeps a Beschlussvorschlag typed just before leaving through the menu', async () => {
    const page = app.page;
    const [kaemmerer] = upcomingMeetings(app.now);
    await openApp(page, app.url, 'termine');
    await page.getByRole('link', { name: kaemmerer!.title }).click();
    const decision = page.getByRole('textbox', { name: `Beschlussvorschlag zu „${IT}“` });
    await decision.waitFor();
    await decision.fill('Zustimmung zum IT-Konzept');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Übersicht' }).click();
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await openApp(page, app.url, 'termine');
    await expect.poll(() => page.getByTestId('meeting-card').first().innerText()).toContain(IT);
    await page.getByRole('link', { name: kaemmerer!.title }).click();
    await expect.poll(() => decision.inputValue()).toBe('Zustimmung zum IT-Konzept');
    expect(app.errors).toEqual([]);
  });

  it('reorders by dragging with the mouse, removes with undo, and defers to the next meeting', async () => {
    const page = app.page;
    const [kaemmerer] = upcomingMeetings(app.now);
    await openApp(page, app.url, 'termine');
    await page.getByRole('link', { name: kaemmerer!.title }).click();
    // The example agenda is [PAYROLL, IT].
    await expect.poll(() => agendaTitles(page), { timeout: 30_000 }).toEqual([PAYROLL, IT]);
    const from = (await page.getByRole('button', { name: /^TOP 2 / }).boundingBox())!;
    const to = (await page.getByRole('button', { name: /^TOP 1 / }).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // In steps, as a hand moves: the sortable list follows the pointer.
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + from.width / 2, from.y + (to.y - 10 - from.y) * (i / 10));
    await page.mouse.up();
    await expect.poll(() => agendaTitles(page)).toEqual([IT, PAYROLL]);
    // The list shows the new order at once, before the write commits: wait for the stored
    // move (its change-log entry) before reloading, or the reload can race it (a CI run did).
    await expect
      .poll(() => page.getByRole('table', { name: 'Änderungsprotokoll' }).innerText())
      .toContain(`Tagesordnungspunkt „${IT}“ von TOP 2 auf TOP 1 verschoben`);
    await page.reload();
    await expect.poll(() => agendaTitles(page)).toEqual([IT, PAYROLL]);

    // Removing an item puts the focus on the search (its own buttons are gone); undo brings it back.
    await page.getByRole('button', { name: `„${PAYROLL}“ von der Tagesordnung nehmen` }).click();
    await expect.poll(() => agendaTitles(page)).toEqual([IT]);
    expect(await page.getByRole('combobox', { name: 'Vorschlag auf die Tagesordnung setzen' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(() => agendaTitles(page)).toEqual([IT, PAYROLL]);

    // „vertagt“ changes no status and offers the next meeting.
    const [, conference] = upcomingMeetings(app.now);
    await page.getByRole('combobox', { name: `Ergebnis zu „${IT}“` }).click();
    await page.getByRole('option', { name: 'vertagt', exact: true }).click();
    await page.getByRole('button', { name: `Auf „${conference!.title}“`, exact: false }).click();
    await openApp(page, app.url, 'termine');
    await expect.poll(() => page.getByTestId('meeting-card').nth(1).innerText()).toContain(IT);
    expect(await page.getByTestId('meeting-card').first().innerText()).toMatch(/vertagt/i);
    expect(app.errors).toEqual([]);
  });
});
