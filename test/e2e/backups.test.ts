/**
 * Sicherungen in the browser fallback (backups in the IndexedDB `ikz-planer-sicherungen`):
 * create a backup, change something, restore it after the preview, see the old state; a
 * foreign file is refused with a message; axe on the card and the preview.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, waitForTransitions } from './support/app';
import { useAppFixture } from './support/fixture';

const app = useAppFixture();
const SHOTS = process.env.IKZ_SHOTS_DIR;

async function shot(name: string, locator?: { screenshot(o: { path: string }): Promise<unknown> }) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  if (locator) await locator.screenshot({ path: `${SHOTS}/${name}.png` });
  else await app.page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe('Einstellungen → Sicherungen', () => {
  it('creates a backup, restores it after a preview and shows the old state again', async () => {
    const page = app.page;
    await openApp(page, app.url, 'einstellungen');
    const card = page.getByRole('region', { name: 'Sicherungen' });
    await card
      .getByText('Noch keine Sicherungen vorhanden.')
      .or(card.getByRole('table', { name: 'Vorhandene Sicherungen' }))
      .waitFor();
    const examplesText = await page.getByText(/Es sind \d+ Beispielvorschläge vorhanden/).textContent();
    const exampleCount = Number(/Es sind (\d+)/.exec(examplesText!)![1]);
    expect(exampleCount).toBeGreaterThan(0);

    await card.getByRole('button', { name: 'Sicherung erstellen' }).click();
    const manual = card.getByRole('row').filter({ hasText: 'von Hand' });
    await manual.waitFor();
    await expect(manual.textContent()).resolves.toMatch(new RegExp(`${exampleCount}\\s*Vorschläge`));
    expect(await axeViolations(page)).toEqual([]);
    await card.scrollIntoViewIfNeeded();
    await shot('sicherungen-karte', card);

    // A change after the backup: the example proposals go.
    await page.getByRole('button', { name: 'Beispieldaten entfernen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Entfernen' }).click();
    await page.getByText('Es sind keine Beispielvorschläge mehr vorhanden.').waitFor();

    await manual.getByRole('button', { name: /wiederherstellen$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
    await dialog.waitFor();
    await waitForTransitions(page);
    const proposalsRow = dialog.getByRole('row', { name: /^Vorschläge/ });
    await expect(proposalsRow.getByRole('cell').allTextContents()).resolves.toEqual(['0', String(exampleCount)]);
    await dialog.getByText(`Diese Vorschläge kommen zurück (${exampleCount})`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot('wiederherstellen-vorschau');
    await dialog.getByRole('button', { name: 'Jetzt wiederherstellen' }).scrollIntoViewIfNeeded();
    await shot('wiederherstellen-vorschau-unten');

    await dialog.getByRole('button', { name: 'Jetzt wiederherstellen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Es sind ${exampleCount} Beispielvorschläge vorhanden`).waitFor();
    // The state before the restore was backed up first.
    await card.getByRole('row').filter({ hasText: 'vor einer Wiederherstellung' }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('refuses a foreign file with a German message and changes nothing', async () => {
    const page = app.page;
    await openApp(page, app.url, 'einstellungen');
    const card = page.getByRole('region', { name: 'Sicherungen' });
    const chooser = page.waitForEvent('filechooser');
    await card.getByRole('button', { name: 'Sicherung aus Datei wiederherstellen …' }).click();
    await (await chooser).setFiles({ name: 'einkauf.json', mimeType: 'application/json', buffer: Buffer.from('{"milch":2,"brot":1}') });
    const alert = card.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/keine Sicherung des IKZ-Planers.*Es wurde nichts verändert/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await shot('sicherungen-fremde-datei', card);

    // „Exportieren“ hands the backup over as a download (the save dialog of the desktop app).
    await card.getByRole('button', { name: 'Sicherung erstellen' }).click();
    const row = card.getByRole('row').filter({ hasText: 'von Hand' });
    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: /exportieren$/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ikz-sicherung-.*-manuell\.json$/);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'ikz-planer-sicherung', reason: 'manuell', tables: { proposals: expect.any(Array) } });
  });
});
