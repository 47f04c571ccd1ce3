import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, watchErrors } from './support/app';
import { launchChromium } from './support/chromium';
import {
  applyReview,
  chooseFile,
  createProposal,
  editDescription,
  openProposal,
  reviewScreen,
  sendProposal,
  sendWorkspace,
  setUser,
  shot,
  touchAllProposals,
} from './support/exchange';
import { seedProposals } from './support/seedProposals';
import { useAppFixture } from './support/fixture';

const app = useAppFixture();

async function dialogViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}

const TITLE = 'Gemeinsamer Baubetriebshof Kamen–Bergkamen';

/** A second laptop: another fresh Chromium profile on the same built app and clock. */
async function withSecondLaptop(work: (page: Page, errors: string[]) => Promise<void>) {
  const session = await launchChromium();
  try {
    const page = await session.context.newPage();
    await page.clock.install({ time: app.now });
    const errors = watchErrors(page);
    await work(page, errors);
  } finally {
    await session.close();
  }
}

const proposalRows = (page: Page) => page.getByTestId('proposal-row').filter({ hasText: TITLE });

describe('exchange files between two laptops', () => {
  it('sends a proposal from one profile to a fresh one, refusing a wrong password and writing nothing on cancel', async () => {
    const a = app.page;
    await setUser(a, app.url, 'Anna Arndt', 'Kamen');
    await createProposal(a, app.url, TITLE, 'Fuhrpark und Winterdienst gemeinsam');
    const locked = await sendProposal(a, app.url, TITLE, {
      password: 'Winterdienst-2027',
      shotName: 'export-dialog',
      // The dialog itself: axe mis-measures the contrast of the page behind the modal's overlay.
      whileOpen: async () => expect(await dialogViolations(a)).toEqual([]),
    });
    const plain = await sendProposal(a, app.url, TITLE);
    expect(plain.name).toMatch(/^Kreis-Unna-Kamen-\d{4}-\d{2}-\d{2}\.ikz$/);
    expect(JSON.parse(locked.buffer.toString('utf8'))).not.toHaveProperty('content');

    await withSecondLaptop(async (b, errors) => {
      await setUser(b, app.url, 'Bernd Berg', 'Unna');
      await openApp(b, app.url, 'austausch');
      expect(await axeViolations(b)).toEqual([]);

      await chooseFile(b, app.url, locked);
      const ask = b.getByRole('dialog', { name: 'Passwort der Austauschdatei' });
      await ask.getByLabel('Passwort').fill('falsch geraten');
      await ask.getByRole('button', { name: 'Öffnen' }).click();
      await expect.poll(() => ask.getByRole('alert').innerText(), { timeout: 30_000 }).toMatch(/Passwort/);
      expect(await dialogViolations(b)).toEqual([]);
      await ask.getByLabel('Passwort').fill('Winterdienst-2027');
      await ask.getByRole('button', { name: 'Öffnen' }).click();
      await reviewScreen(b).waitFor({ timeout: 30_000 });
      await expect.poll(() => b.getByTestId('review-new').innerText()).toContain(TITLE);
      await b.getByRole('button', { name: 'Abbrechen' }).click();
      await openApp(b, app.url, 'vorschlaege');
      await b.getByTestId('proposal-row').first().waitFor();
      expect(await proposalRows(b).count()).toBe(0);

      // A foreign file and a damaged one are refused with a message; nothing is read in.
      await chooseFile(b, app.url, { name: 'fremd.ikz', buffer: Buffer.from('{"hallo": "Welt"}') });
      await expect.poll(() => b.getByTestId('import-refusal').innerText()).toContain('fremd.ikz');
      const damaged = { name: 'beschaedigt.ikz', buffer: Buffer.from(plain.buffer.toString('utf8').replace('Winterdienst', 'Sommerdienst')) };
      await chooseFile(b, app.url, damaged);
      await expect.poll(() => b.getByTestId('import-refusal').innerText()).toContain('beschaedigt.ikz');
      expect(await reviewScreen(b).count()).toBe(0);

      await chooseFile(b, app.url, plain);
      await reviewScreen(b).waitFor();
      expect(await b.getByTestId('review-count-Neu').innerText()).toMatch(/[1-9]/);
      expect(await axeViolations(b)).toEqual([]);
      const summary = await applyReview(b);
      expect(summary).toMatch(/\d+ neu/);
      // Which records „neu“ counts: the proposal and its calculation plan.
      expect(summary).toContain('Übernommen: Vorschläge 1 · Berechnungsgrundlagen 1');
      // The backup before the import was written (issue 10, §3) and is named.
      expect(summary).toMatch(/Der Stand davor ist gesichert \(„ikz-sicherung-.*-vor-import\.json“\)/);
      await shot(b, 'import-summary');
      await openApp(b, app.url, 'vorschlaege');
      await expect.poll(() => proposalRows(b).count()).toBe(1);
      await openProposal(b, app.url, TITLE);
      await b.getByText('Fuhrpark und Winterdienst gemeinsam').waitFor();
      expect(errors).toEqual([]);
    });
    expect(app.errors).toEqual([]);
  });

  it('shows the same field edited on both laptops side by side, and after resolving both agree', async () => {
    const a = app.page;
    await setUser(a, app.url, 'Anna Arndt', 'Kamen');
    await createProposal(a, app.url, TITLE, 'Fuhrpark und Winterdienst gemeinsam');
    const first = await sendProposal(a, app.url, TITLE);

    await withSecondLaptop(async (b, errors) => {
      await setUser(b, app.url, 'Bernd Berg', 'Unna');
      await chooseFile(b, app.url, first);
      await reviewScreen(b).waitFor();
      await applyReview(b);

      await editDescription(a, app.url, TITLE, 'Fuhrpark, Winterdienst und Grünpflege gemeinsam');
      await editDescription(b, app.url, TITLE, 'Nur der Winterdienst gemeinsam');
      const fromA = await sendProposal(a, app.url, TITLE);
      await chooseFile(b, app.url, fromA);
      await reviewScreen(b).waitFor();
      const conflict = b.getByTestId('conflict-card').filter({ hasText: TITLE });
      await conflict.waitFor();
      const mine = conflict.getByRole('radio', { name: /^Beschreibung: Meine Fassung/ });
      const theirs = conflict.getByRole('radio', { name: /^Beschreibung: Aus der Datei/ });
      expect(await mine.innerText()).toContain('Nur der Winterdienst gemeinsam');
      expect(await mine.innerText()).toContain('Bernd Berg');
      expect(await theirs.innerText()).toContain('Fuhrpark, Winterdienst und Grünpflege gemeinsam');
      expect(await theirs.innerText()).toContain('Anna Arndt');
      await expect.poll(() => b.getByRole('button', { name: 'Übernehmen' }).isDisabled()).toBe(true);
      await mine.click();
      await shot(b, 'review-conflict');
      expect(await axeViolations(b)).toEqual([]);
      expect(await applyReview(b)).toMatch(/1 Konflikt gelöst/);

      // B's resolution goes back to A: no question there, A takes it.
      const fromB = await sendProposal(b, app.url, TITLE);
      await chooseFile(a, app.url, fromB);
      await reviewScreen(a).waitFor();
      expect(await a.getByTestId('conflict-card').count()).toBe(0);
      await applyReview(a);
      for (const page of [a, b]) {
        await openProposal(page, app.url, TITLE);
        await page.getByText('Nur der Winterdienst gemeinsam').waitFor();
        expect(await page.getByText('Grünpflege').count()).toBe(0);
      }
      expect(errors).toEqual([]);
    });
    expect(app.errors).toEqual([]);
  });

  it('opens the review of 1,000 changed proposals at once (figure printed)', async () => {
    const a = app.page;
    await openApp(a, app.url, '');
    await seedProposals(a, 1000);
    const first = await sendWorkspace(a, app.url);

    await withSecondLaptop(async (b, errors) => {
      await chooseFile(b, app.url, first);
      await reviewScreen(b).waitFor({ timeout: 60_000 });
      // Two freshly seeded laptops (same meetings and examples under their own ids) exchange without a question.
      expect(await b.getByTestId('conflict-card').count()).toBe(0);
      await applyReview(b);

      expect(await touchAllProposals(a, '(überarbeitet)')).toBe(1000);
      await a.reload();
      const second = await sendWorkspace(a, app.url);
      await openApp(b, app.url, 'austausch');
      const chooser = b.waitForEvent('filechooser');
      await b.getByRole('button', { name: 'Austauschdatei einlesen …' }).click();
      const started = Date.now();
      await (await chooser).setFiles({ name: second.name, mimeType: 'application/octet-stream', buffer: second.buffer });
      await b.getByTestId('review-changes').getByTestId('review-row').first().waitFor({ timeout: 60_000 });
      const opened = Date.now() - started;
      expect(await b.getByTestId('review-count-Geändert').innerText()).toContain('1.000');
      await shot(b, 'review-1000');
      console.log(
        `Austausch: Prüfansicht mit 1.000 geänderten Vorschlägen nach ${opened} ms (Ziel < 1.000 ms; Datei ${(second.buffer.length / 1024).toFixed(0)} KB; lesen, planen und anzeigen)`,
      );
      expect(errors).toEqual([]);
    });
  });
});
