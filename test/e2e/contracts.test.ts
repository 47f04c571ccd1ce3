import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp, waitForTransitions } from './support/app';
import { createDraft, documentXml, PAYROLL, printContract, shot } from './support/contracts';
import { useAppFixture } from './support/fixture';
import { moveByKeyboard, pickUpByKeyboard } from './support/keyboardDrag';
import { putRecord, readStores } from './support/idb';
import { readPdf } from './support/report';

const app = useAppFixture();

const sectionEditor = (page: Page, index: number) =>
  page
    .getByTestId('contract-section')
    .nth(index)
    .getByRole('textbox', { name: /^Text von § / });
const saveState = (page: Page, index: number) => page.getByTestId('contract-section').nth(index).locator('.contract-editor-state');

async function saveVersion(page: Page, note: string) {
  await page.getByRole('button', { name: 'Version speichern' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Version speichern' });
  await dialog.getByRole('textbox', { name: 'Notiz zur Version' }).fill(note);
  await dialog.getByRole('button', { name: 'Version speichern' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const event = page.waitForEvent('download', { timeout: 60_000 });
  await click();
  return readFile((await (await event).path())!);
}

describe('contract drafts', () => {
  it('drafts the Lünen payroll consortium, edits a section, saves versions, compares them and exports Word and PDF', async () => {
    const page = app.page;
    const id = await createDraft(page, app.url, PAYROLL, async () => {
      const dialog = page.getByRole('dialog', { name: 'Neuer Vertragsentwurf' });
      await expect.poll(() => dialog.getByRole('combobox', { name: 'Vorlage' }).inputValue()).toBe('Vereinbarung über eine Einkaufsgemeinschaft');
      await waitForTransitions(page);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'contract-new-draft');
    });
    // The proposal suggests the purchasing-consortium template; its data fill the parties.
    await expect.poll(() => page.locator('main').innerText()).toContain('Vereinbarung über eine Einkaufsgemeinschaft');
    const headings = await page
      .getByTestId('contract-section')
      .getByRole('textbox', { name: /^Überschrift von § / })
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(headings.length).toBeGreaterThan(4);
    expect(await sectionEditor(page, 0).innerText()).not.toMatch(/undefined|null|NaN|data-placeholder/);
    expect(await page.locator('main').innerText()).toContain('Stadt Lünen');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'contract-draft');

    await saveVersion(page, 'Erster Entwurf aus der Vorlage');
    await expect.poll(() => page.getByRole('tab', { name: /Versionen/ }).innerText()).toContain('(1)');

    // Edit § 1 at its end; the autosave writes it.
    const editor = sectionEditor(page, 0);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Die Beteiligten prüfen die Vergabe gemeinsam.');
    await expect.poll(() => saveState(page, 0).innerText(), { timeout: 30_000 }).toBe('Gespeichert');
    await saveVersion(page, 'Prüfung der Vergabe ergänzt');
    await expect.poll(() => page.getByRole('tab', { name: /Versionen/ }).innerText()).toContain('(2)');

    // The list shows it.
    await page.getByRole('link', { name: '← Verträge' }).click();
    const row = page.getByTestId('contract-row').first();
    await expect.poll(() => row.innerText()).toContain('Entwurf');
    expect(await row.innerText()).toContain(PAYROLL);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'contract-list');

    // Compare version 1 with version 2: exactly the typed words are inserted.
    await openApp(page, app.url, `vertraege/${id}/vergleich?von=1&bis=2`);
    const changed = page.locator('[data-testid="compare-section"][data-kind="changed"]');
    await expect.poll(() => changed.count()).toBe(1);
    const inserted = await changed.locator('ins').allInnerTexts();
    expect(inserted.join('').trim()).toBe('Die Beteiligten prüfen die Vergabe gemeinsam.');
    expect(await changed.locator('del').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'contract-compare');

    // The comparison as Word: real tracked changes.
    const comparisonXml = await documentXml(
      await download(page, () => page.getByRole('button', { name: 'Vergleich als Word (Änderungen nachverfolgen)' }).click()),
    );
    expect(comparisonXml).toMatch(/<w:ins [^>]*w:author=/);
    expect(comparisonXml).toContain('prüfen');

    // Word of the current text.
    await openApp(page, app.url, `vertraege/${id}`);
    await page.getByTestId('contract-section').first().waitFor();
    const xml = await documentXml(
      await download(page, async () => {
        await page.getByRole('button', { name: 'Exportieren …' }).click();
        await page.getByRole('menuitem', { name: 'Word (DOCX)' }).click();
      }),
    );
    expect(xml).toContain('Die Beteiligten prüfen die Vergabe gemeinsam.');
    for (const h of headings) expect(xml).toContain(h.replace(/&/g, '&amp;'));

    // PDF through the print route with the report's options.
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const printed = await printContract(page, app.url, id, title);
    const pdf = readPdf(printed.pdf, 'vertrag');
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(title.replace(/\s+/g, ' '));
    headings.forEach((h, i) => expect(text).toContain(`§ ${i + 1} ${h}`));
    for (const party of ['Stadt Lünen', 'Kreisstadt Unna', 'Stadt Bergkamen']) expect(text).toContain(party);
    expect(text).toContain('ENTWURF');
    expect(text).not.toMatch(/undefined|NaN|data-placeholder/);
    expect(await axeViolations(page)).toEqual([]);

    // The report builder's option appends the drafts of the chosen proposals.
    const proposals = (await readStores(page, ['proposals'])).proposals as { id: string; title: string }[];
    const proposalId = proposals.find((p) => p.title === PAYROLL)!.id;
    await page.goto(`${app.url}#/bericht/druck?quelle=proposals&vorschlaege=${proposalId}&szenario=basis&beispiele=1&vertraege=1`);
    const appended = page.getByTestId('report-document').getByTestId('contract-document');
    await expect.poll(() => appended.locator('h2').first().innerText(), { timeout: 60_000 }).toBe(title);
    expect(await page.getByRole('heading', { name: 'Anhang: Vertragsentwürfe' }).count()).toBe(1);
    if (process.env.IKZ_SHOTS) {
      const { execFileSync } = await import('node:child_process');
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf.file, `${process.env.IKZ_SHOTS}/contract-pdf`]);
    }
    expect(app.errors).toEqual([]);
  });

  it('shows a contract with <script>, <img onerror> and a javascript: link as inert text, typed, pasted and stored; nothing runs', async () => {
    const page = app.page;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => ((window as unknown as { __ran: string[] }).__ran = []));
    const id = await createDraft(page, app.url, PAYROLL);

    // Typed: a script tag is just text.
    const editor = sectionEditor(page, 0);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' <script>alert("getippt")</script>');
    // Pasted: HTML from elsewhere is sanitised before the editor sees it.
    await editor.evaluate((el) => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        "<p>Eingefügt <img src=x onerror=\"window.__ran.push('img');alert('img')\"> <a href=\"javascript:window.__ran.push('link');alert('link')\">Verweis</a><script>window.__ran.push('script')</script> <b onmouseover=\"alert(1)\">fett</b></p>",
      );
      data.setData('text/plain', 'Eingefügt Verweis fett');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => saveState(page, 0).innerText(), { timeout: 30_000 }).toBe('Gespeichert');
    const text = await editor.innerText();
    expect(text).toContain('<script>alert("getippt")</script>');
    expect(text).toContain('Verweis');
    expect(await editor.locator('img, a, script, [onerror], [onmouseover]').count()).toBe(0);
    expect(await editor.locator('strong').innerText()).toBe('fett');

    await saveVersion(page, 'vor dem Import');
    // Stored another way (an import, an old file): raw hostile HTML in the record.
    const [stored] = (await readStores(page, ['contracts'])).contracts!.filter((c) => c.id === id) as { sections: { html: string; heading: string }[] }[];
    const hostile =
      "<p>Gespeichert <img src=x onerror=\"window.__ran.push('stored-img');alert('stored')\"><a href=\"javascript:alert('stored-link')\">Klick</a>" +
      '<script>window.__ran.push(\'stored-script\')</script><iframe src="javascript:alert(1)"></iframe><svg onload="alert(2)"></svg></p>';
    stored!.sections[1]!.html = hostile;
    stored!.sections[1]!.heading = '<img src=x onerror=alert(3)>Überschrift';
    await putRecord(page, 'contracts', stored as unknown as Record<string, unknown>);
    await page.reload();
    await page.getByTestId('contract-section').nth(1).waitFor();
    const second = sectionEditor(page, 1);
    await expect.poll(() => second.innerText()).toContain('Gespeichert Klick');
    expect(await page.locator('main img, main iframe, main script, main a[href^="javascript"], main svg[onload]').count()).toBe(0);
    // A heading is a plain text field: the markup shows as characters.
    expect(await page.getByRole('textbox', { name: 'Überschrift von § 2' }).inputValue()).toBe('<img src=x onerror=alert(3)>Überschrift');

    // The print route and the comparison show the same text inert.
    await page.goto(`${app.url}#/vertraege/${id}/druck`);
    await page.getByTestId('contract-document').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const doc = page.getByTestId('contract-document');
    expect(await doc.innerText()).toContain('<img src=x onerror=alert(3)>Überschrift');
    expect(await doc.locator('img, iframe, script, a, svg').count()).toBe(0);
    await openApp(page, app.url, `vertraege/${id}/vergleich?von=1&bis=aktuell`);
    const changed = page.locator('[data-testid="compare-section"][data-kind="changed"]');
    await expect.poll(() => changed.innerText()).toContain('Gespeichert');
    expect(await changed.innerText()).toContain('<img src=x onerror=alert(3)>Überschrift');
    expect(await page.getByTestId('compare-section').locator('img, iframe, script, a, svg').count()).toBe(0);

    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);
  });

  it('adds, reorders (keyboard and buttons) and removes sections with § numbers following, and logs a status change with who and when', async () => {
    const page = app.page;
    await createDraft(page, app.url, PAYROLL);
    const headingsNow = () =>
      page
        .getByTestId('contract-section')
        .getByRole('textbox', { name: /^Überschrift von § / })
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const before = await headingsNow();

    await page.getByRole('textbox', { name: 'Überschrift des neuen Abschnitts' }).fill('Schlussbestimmungen');
    await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
    await expect.poll(headingsNow).toEqual([...before, 'Schlussbestimmungen']);
    const n = before.length + 1;

    // Keyboard: pick the new last section up with Space, one place up, drop with Space.
    await pickUpByKeyboard(page, page.getByRole('button', { name: `§ ${n} Schlussbestimmungen verschieben` }), `bisher § ${n} von ${n}`);
    await moveByKeyboard(page, 'ArrowUp', `über § ${n - 1} von ${n}`);
    await page.keyboard.press('Space');
    await expect.poll(headingsNow).toEqual([...before.slice(0, -1), 'Schlussbestimmungen', before.at(-1)]);
    // And the plain button: back to the end.
    await page.getByRole('button', { name: `§ ${n - 1} Schlussbestimmungen nach unten` }).click();
    await expect.poll(headingsNow).toEqual([...before, 'Schlussbestimmungen']);

    // Remove after asking; the rest keep their order.
    await page.getByRole('button', { name: `§ 1 ${before[0]} entfernen` }).click();
    const dialog = page.getByRole('dialog', { name: 'Abschnitt entfernen?' });
    await dialog.getByRole('button', { name: 'Abschnitt entfernen' }).click();
    await expect.poll(headingsNow).toEqual([...before.slice(1), 'Schlussbestimmungen']);

    await app.selectOption('Status ändern', 'Abstimmung Rechtsamt');
    await expect.poll(() => page.getByTestId('status-since').innerText()).toContain('„Abstimmung Rechtsamt“ seit');
    await page.getByRole('tab', { name: 'Änderungsprotokoll' }).click();
    await expect.poll(() => page.getByRole('tabpanel').innerText()).toContain('Entwurf → Abstimmung Rechtsamt');
    await page.getByRole('tab', { name: 'Verfahren nach § 24 GkG NRW' }).click();
    await expect.poll(() => page.getByTestId('procedure-checklist').innerText()).toContain('§ 2b UStG');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'contract-procedure');
    expect(app.errors).toEqual([]);
  });

  it('shows a filled value the proposal has overtaken as out of date, old → new, and applies it only when confirmed', async () => {
    const page = app.page;
    const id = await createDraft(page, app.url, PAYROLL);
    const proposals = (await readStores(page, ['proposals'])).proposals as { id: string; title: string }[];
    const proposalId = proposals.find((p) => p.title === PAYROLL)!.id;
    await openApp(page, app.url, `vorschlaege/${proposalId}/bearbeiten`);
    const description = page.getByRole('textbox', { name: 'Beschreibung' });
    await description.fill('Gemeinsame Plattform für Entgeltabrechnung, beschafft als Einkaufsgemeinschaft.');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(new RegExp(`#/vorschlaege/${proposalId}$`));
    // The proposal page lists its draft.
    await expect.poll(() => page.getByTestId('proposal-contracts').innerText()).toContain('Entwurf');

    await openApp(page, app.url, `vertraege/${id}`);
    const outdated = page.getByTestId('outdated-placeholders');
    await expect.poll(() => outdated.innerText(), { timeout: 60_000 }).toContain('Beschreibung des Vorhabens');
    expect(await sectionEditor(page, 0).innerText()).toContain('Alle Städte und Gemeinden nutzen dieselbe Plattform');
    await page.getByRole('button', { name: 'Aktualisieren …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Werte aktualisieren?' });
    const table = dialog.getByRole('table', { name: 'Änderungen der Werte' });
    await expect.poll(() => table.innerText()).toContain('Gemeinsame Plattform für Entgeltabrechnung');
    expect(await table.innerText()).toContain('Alle Städte und Gemeinden nutzen dieselbe Plattform');
    await waitForTransitions(page);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => sectionEditor(page, 0).innerText()).toContain('Gemeinsame Plattform für Entgeltabrechnung, beschafft als Einkaufsgemeinschaft.');
    await expect.poll(() => outdated.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
