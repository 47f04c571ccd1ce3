import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, waitForTransitions } from './support/app';
import { createDraft, PAYROLL, shot } from './support/contracts';
import { useAppFixture } from './support/fixture';
import { putRecord, readStores } from './support/idb';

const app = useAppFixture();

const headerSave = (page: Page) => page.getByRole('button', { name: 'Version speichern' }).first();

async function saveVersion(page: Page, note: string) {
  await headerSave(page).click();
  const dialog = page.getByRole('dialog', { name: 'Version speichern' });
  await dialog.getByRole('textbox', { name: 'Notiz zur Version' }).fill(note);
  await dialog.getByRole('button', { name: 'Version speichern' }).click();
  await dialog.waitFor({ state: 'detached' });
}

type StoredContract = { id: string; sections: { html: string }[] };

describe('contract versions and own templates', () => {
  it('offers „Version speichern“ only when the text differs from the newest version, and compares tables cell by cell', async () => {
    const page = app.page;
    const id = await createDraft(page, app.url, PAYROLL);
    // No version yet: always allowed.
    expect(await headerSave(page).isEnabled()).toBe(true);
    await saveVersion(page, 'Erster Entwurf');
    await expect.poll(() => headerSave(page).isDisabled()).toBe(true);
    expect(await page.getByTestId('no-changes-hint').first().innerText()).toBe('Keine Änderungen seit Version 1');
    // No name under Einstellungen yet: no raw „Unbekannt“, but the way to set one.
    expect(await page.getByTestId('status-since').innerText()).toContain('Name in den Einstellungen eintragen');
    expect(await page.locator('main').innerText()).not.toContain('Unbekannt');
    // The toast „Version 1 gespeichert.“ closes by itself; axe reads the screen without it.
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 30_000 });
    await waitForTransitions(page);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'contract-no-changes');

    // Typing enables it at once, before the autosave has written anything.
    const editor = page
      .getByTestId('contract-section')
      .first()
      .getByRole('textbox', { name: /^Text von § / });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Ergänzt.');
    await expect.poll(() => headerSave(page).isEnabled()).toBe(true);
    await expect
      .poll(() => page.getByTestId('contract-section').first().locator('.contract-editor-state').innerText(), { timeout: 30_000 })
      .toBe('Gespeichert');
    expect(await headerSave(page).isEnabled()).toBe(true);
    // Once a name is set, the next version carries it; the first one says it had none.
    await openApp(page, app.url, 'einstellungen');
    await page.getByRole('textbox', { name: 'Ihr Name' }).fill('Erika Muster');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect
      .poll(async () => ((await readStores(page, ['settings'])).settings as { userName?: string }[]).some((r) => r.userName === 'Erika Muster'))
      .toBe(true);
    await openApp(page, app.url, `vertraege/${id}`);
    await page.getByTestId('contract-section').first().waitFor();
    await saveVersion(page, 'Ergänzt');
    await page.getByRole('tab', { name: /Versionen/ }).click();
    const versions = page.getByTestId('version-list');
    await expect.poll(() => versions.innerText()).toContain('Erika Muster');
    expect(await versions.innerText()).toContain('ohne Namen');
    expect(await versions.innerText()).not.toContain('Unbekannt');
    await expect.poll(() => page.getByTestId('no-changes-hint').first().innerText()).toBe('Keine Änderungen seit Version 2');
    expect(await headerSave(page).isDisabled()).toBe(true);

    // A changed amount in the shares table (stored another way, e.g. an update of the figures).
    const [stored] = ((await readStores(page, ['contracts'])).contracts as StoredContract[]).filter((c) => c.id === id);
    const withTable = stored!.sections.find((s) => s.html.includes('data-placeholder="anteile"'))!;
    const cell = /<td[^>]*>(?:<p>)?([^<]*\d[^<]*)</.exec(withTable.html.slice(withTable.html.indexOf('data-placeholder="anteile"')))!;
    const oldAmount = cell[1]!;
    withTable.html = withTable.html.replace(`>${oldAmount}<`, '>99.999,99 €<');
    await putRecord(page, 'contracts', stored as unknown as Record<string, unknown>);
    await page.reload();

    await openApp(page, app.url, `vertraege/${id}/vergleich?von=2&bis=aktuell`);
    const changed = page.locator('[data-testid="compare-section"][data-kind="changed"]');
    await expect.poll(() => changed.count()).toBe(1);
    const oldTable = changed.locator('[data-side="old"] table.compare-table');
    const newTable = changed.locator('[data-side="new"] table.compare-table');
    expect(await newTable.locator('th').count()).toBeGreaterThan(1);
    expect(await newTable.locator('[data-changed]').count()).toBe(1);
    expect(await oldTable.locator('[data-changed]').count()).toBe(1);
    expect(await newTable.locator('[data-changed] ins').innerText()).toContain('99.999,99');
    expect(await oldTable.locator('[data-changed] del').innerText()).toContain(oldAmount.replace(/\s*€$/, '').trim());
    // Unchanged cells carry no mark.
    expect(await newTable.locator('td:not([data-changed]) ins, td:not([data-changed]) del').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await changed.scrollIntoViewIfNeeded();
    await shot(page, 'contract-compare-table');
    expect(app.errors).toEqual([]);
  });

  it('deletes an own template after a dialog that names it and says drafts keep their text; undo brings it back', async () => {
    const page = app.page;
    const id = await createDraft(page, app.url, PAYROLL);
    await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
    await page.getByRole('menuitem', { name: 'Als Vorlage speichern' }).click();
    const saveDialog = page.getByRole('dialog', { name: 'Als Vorlage speichern' });
    await saveDialog.getByRole('textbox', { name: 'Name der Vorlage' }).fill('Unsere Einkaufsvorlage');
    await saveDialog.getByRole('button', { name: 'Speichern' }).click();
    await saveDialog.waitFor({ state: 'detached' });
    // Mark this draft as made from the template (as „Neuer Entwurf“ with it would).
    const templates = (await readStores(page, ['contractTemplates'])).contractTemplates as { id: string; name: string }[];
    const own = templates.find((t) => t.name === 'Unsere Einkaufsvorlage')!;
    const [stored] = ((await readStores(page, ['contracts'])).contracts as (StoredContract & { templateId: string })[]).filter((c) => c.id === id);
    stored!.templateId = own.id;
    await putRecord(page, 'contracts', stored as unknown as Record<string, unknown>);
    // Written beside the app: a fresh load reads it.
    await page.reload();

    await openApp(page, app.url, 'vertraege');
    const list = page.getByTestId('own-templates');
    await expect.poll(() => list.innerText()).toContain('Unsere Einkaufsvorlage');
    // The shipped templates are not offered for deletion.
    expect(await list.getByRole('button').count()).toBe(1);
    await list.getByRole('button', { name: 'Vorlage „Unsere Einkaufsvorlage“ löschen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vorlage löschen?' });
    await expect.poll(() => dialog.innerText()).toContain('„Unsere Einkaufsvorlage“');
    expect(await dialog.getByTestId('template-delete-drafts').innerText()).toContain('Der Entwurf aus dieser Vorlage behält seinen Text');
    await waitForTransitions(page);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'contract-template-delete');
    await dialog.getByRole('button', { name: 'Vorlage löschen' }).click();
    await expect.poll(() => list.count()).toBe(0);
    const stones = (await readStores(page, ['tombstones'])).tombstones as { table: string; recordId: string }[];
    expect(stones.some((s) => s.table === 'contractTemplates' && s.recordId === own.id)).toBe(true);
    // The draft keeps its text and names its form instead.
    const row = page.getByTestId('contract-row').first();
    expect(await row.innerText()).toContain('Vereinbarung über eine Einkaufsgemeinschaft');
    const [after] = ((await readStores(page, ['contracts'])).contracts as StoredContract[]).filter((c) => c.id === id);
    expect(after!.sections).toEqual(stored!.sections);

    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(() => list.innerText()).toContain('Unsere Einkaufsvorlage');
    expect(app.errors).toEqual([]);
  });
});
