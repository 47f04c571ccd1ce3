/**
 * Steps of the exchange flow for the end-to-end tests, on any page (two Chromium
 * profiles play two laptops).
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openApp, waitForTransitions } from './app';

export interface SavedFile {
  name: string;
  buffer: Buffer;
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Screenshots for a human to look at, only when IKZ_SHOTS names a folder. */
export async function shot(page: Page, name: string) {
  const dir = process.env.IKZ_SHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await waitForTransitions(page);
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}

/** Who works on this laptop (Einstellungen): the review names them, the file name the Kommune. */
export async function setUser(page: Page, url: string, name: string, party: string) {
  await openApp(page, url, 'einstellungen');
  await page.getByRole('textbox', { name: 'Ihr Name' }).fill(name);
  await choose(page, 'Dieser Rechner gehört zu', party);
  await page.getByRole('form', { name: 'Einstellungen' }).getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Gespeichert.').first().waitFor();
}

export async function createProposal(page: Page, url: string, title: string, description: string) {
  await openApp(page, url, 'vorschlaege/neu');
  await page.getByRole('textbox', { name: 'Titel' }).fill(title);
  await choose(page, 'Aufgabenfeld', 'Baubetriebshöfe');
  await choose(page, 'Federführende Kommune', 'Kamen');
  await page.getByRole('textbox', { name: 'Beschreibung' }).fill(description);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}

export async function openProposal(page: Page, url: string, title: string) {
  await openApp(page, url, 'vorschlaege');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}

export async function editDescription(page: Page, url: string, title: string, description: string) {
  await openProposal(page, url, title);
  await page.getByRole('link', { name: 'Bearbeiten', exact: true }).click();
  await page.getByRole('textbox', { name: 'Beschreibung' }).fill(description);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByText(description).waitFor();
}

/** „Als Austauschdatei senden“ on the proposal's page; returns the downloaded file. */
export async function sendProposal(
  page: Page,
  url: string,
  title: string,
  options: { password?: string; shotName?: string; whileOpen?: () => Promise<void> } = {},
): Promise<SavedFile> {
  await openProposal(page, url, title);
  await page.getByRole('button', { name: 'Als Austauschdatei senden' }).click();
  const dialog = page.getByRole('dialog', { name: 'Austauschdatei erstellen' });
  await dialog.waitFor();
  if (options.password) {
    await dialog.getByRole('checkbox', { name: 'Mit Passwort schützen' }).check();
    await dialog.getByLabel('Passwort', { exact: true }).fill(options.password);
    await dialog.getByLabel('Passwort wiederholen').fill(options.password);
  }
  if (options.shotName) await shot(page, options.shotName);
  await options.whileOpen?.();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Datei speichern' }).click();
  const file = await download;
  await dialog.waitFor({ state: 'detached' });
  return { name: file.suggestedFilename(), buffer: await readFile((await file.path())!) };
}

/** „Austauschdatei einlesen“ with the given file; stops where the app asks (password or review). */
export async function chooseFile(page: Page, url: string, file: SavedFile) {
  await openApp(page, url, 'austausch');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Austauschdatei einlesen …' }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
}

export const reviewScreen = (page: Page) => page.getByTestId('review-screen');

export async function applyReview(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  const summary = page.getByTestId('import-summary');
  await summary.waitFor();
  return summary.innerText();
}

/** Changes the description of every proposal straight in IndexedDB (a new revision each), as if edited one by one. */
export async function touchAllProposals(page: Page, suffix: string): Promise<number> {
  return page.evaluate(async (text) => {
    const open = indexedDB.open('ikz-planer');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const tx = db.transaction(['proposals', 'settings'], 'readwrite');
    const store = tx.objectStore('proposals');
    const rows: { description: string; revision: number; updatedAt: string; isExample: boolean }[] = await new Promise((res) => {
      const r = store.getAll();
      r.onsuccess = () => res(r.result);
    });
    const now = new Date().toISOString();
    const changed = rows.filter((p) => !p.isExample);
    for (const p of changed) store.put({ ...p, description: `${p.description} ${text}`, revision: p.revision + 1, updatedAt: now });
    const settings = tx.objectStore('settings');
    const rev: { revision: number } | undefined = await new Promise((res) => {
      const r = settings.get('workspace-revision');
      r.onsuccess = () => res(r.result);
    });
    settings.put({ id: 'workspace-revision', revision: (rev?.revision ?? 0) + 1, updatedAt: now });
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
    return changed.length;
  }, suffix);
}

/** The whole workspace through the Austausch screen. */
export async function sendWorkspace(page: Page, url: string): Promise<SavedFile> {
  await openApp(page, url, 'austausch');
  await page.getByRole('button', { name: 'Austauschdatei erstellen …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Austauschdatei erstellen' });
  await dialog.getByRole('radio', { name: /^Ganzer Arbeitsbereich/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Datei speichern' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), buffer: await readFile((await file.path())!) };
}
