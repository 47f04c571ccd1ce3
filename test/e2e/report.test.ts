/**
 * The report for the mayors' conference, printed as the desktop app prints it (the main
 * process's print flow driving Chromium, `page.pdf` with the shared options) and read
 * back with poppler: cover, every proposal, page numbers, table of contents, metadata,
 * tags, charts that are drawn and text that stays on the page.
 */
import { raiseWorkspaceRevision } from './support/savedCalculation';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openApp } from './support/app';
import { useAppFixture } from './support/fixture';
import { bare, checkLayout, flat, setAgenda, workspace } from './support/reportChecks';
import { openReportBuilder, printReport, printReportInPlace, proposalsQuery, readPdf, standInDesktopExport } from './support/report';
import { seedProposals } from './support/seedProposals';

const app = useAppFixture();
/** The Kapitalwert the proposal page shows (null: no cost data). */
async function kapitalwertOnScreen(page: Page, proposal: { id: string; title: string }): Promise<string | null> {
  await openApp(page, app.url, `vorschlaege/${proposal.id}`);
  // The hash changes within the page: until React has drawn the new proposal, the previous
  // one's calculation is still on screen (a CI run read its Kapitalwert for the next one).
  await page.getByRole('heading', { level: 1, name: proposal.title, exact: true }).waitFor();
  await page.getByTestId('proposal-calculation').waitFor();
  const figure = page.getByTestId('kapitalwert');
  return (await figure.count()) > 0 ? (await figure.innerText()).trim() : null;
}

describe('the report for the mayors’ conference', () => {
  it('prints a meeting’s agenda: cover, every proposal in agenda order, Kapitalwert as on screen, TOC pages, metadata and tags', async () => {
    await openApp(app.page, app.url);
    const ws = await workspace(app.page);
    const meeting = ws.meetings[0]!;
    // Agenda order differs from the default order (by area and title).
    const agenda = [...ws.proposals].sort((a, b) => b.title.localeCompare(a.title, 'de'));
    await setAgenda(
      app.page,
      meeting.id,
      agenda.map((p) => p.id),
    );
    const onScreen = new Map<string, string | null>();
    for (const p of agenda) onScreen.set(p.id, await kapitalwertOnScreen(app.page, p));
    expect([...onScreen.values()].filter(Boolean).length).toBeGreaterThanOrEqual(3);

    // „PDF speichern“ on the builder: its preview printed where it is.
    let passes = 0;
    const query = `quelle=meeting&termin=${meeting.id}&szenario=basis&beispiele=1`;
    await openReportBuilder(app.page, app.url, query);
    const printed = await printReportInPlace(
      app.page,
      { title: meeting.title, author: 'Erika Kämmerer', subject: 'Bericht für die Bürgermeisterkonferenz' },
      () => passes++,
    );
    // The page measured where its headings land (paginate.ts) as they landed: printed once.
    expect(passes).toBe(1);
    const facts = readPdf(printed.pdf, 'termin');
    expect(facts.info.Title).toBe(meeting.title);
    expect(facts.info.Author).toBe('Erika Kämmerer');
    expect(facts.info.Subject).toBe('Bericht für die Bürgermeisterkonferenz');
    expect(printed.pages).toBe(Number(facts.info.Pages));

    const cover = flat(facts.pages[0]!);
    expect(cover).toContain(meeting.title);
    expect(cover).toContain('Kreis Unna');
    expect(cover).toContain('Arbeitskreis der Kämmerer');
    expect(cover).toContain(meeting.date.split('-').reverse().join('.'));
    expect(cover).toContain(`Seite 1 von ${facts.info.Pages}`);

    const all = flat(facts.pages.join(' '));
    let last = -1;
    agenda.forEach((p, i) => {
      const at = bare(all).indexOf(bare(`${i + 1}. ${p.title}`));
      expect(at, p.title).toBeGreaterThan(last);
      last = at;
    });
    const { charts, toc } = checkLayout(facts, meeting.title);
    expect(charts).toBeGreaterThanOrEqual(4);
    // Each proposal's Kapitalwert exactly as the proposal page formats the engine's result, on its own pages.
    agenda.forEach((p, i) => {
      const kw = onScreen.get(p.id);
      const entry = toc.find((t) => t.title.startsWith(`${i + 1}. `))!;
      const next = toc[toc.indexOf(entry) + 1]!;
      const section = flat(facts.pages.slice(entry.page - 1, next.page - 1).join(' '));
      if (kw) expect(section, p.title).toContain(flat(kw));
      else expect(section).toContain('noch keine Kostendaten');
    });
  });

  it('prints the builder’s preview in place exactly as the print route prints in its own window, and leaves the preview on screen', async () => {
    await openApp(app.page, app.url);
    const ws = await workspace(app.page);
    const query = proposalsQuery(ws.proposals.map((p) => p.id));
    const route = readPdf((await printReport(app.page, app.url, query)).pdf, 'druckansicht');
    await openReportBuilder(app.page, app.url, query);
    const inPlace = readPdf((await printReportInPlace(app.page)).pdf, 'vorschau');
    // Same pages with the same text: cover, contents with its page numbers, every chapter.
    expect(inPlace.info.Pages).toBe(route.info.Pages);
    expect(inPlace.pages.map(flat)).toEqual(route.pages.map(flat));
    expect(inPlace.info.Tagged).toBe('yes');
    // Nothing of the builder on paper.
    expect(flat(inPlace.pages.join(' '))).not.toContain('PDF speichern');
    expect(flat(inPlace.pages.join(' '))).not.toContain('Druckansicht öffnen');
    expect(flat(inPlace.pages.join(' '))).not.toContain('gestrichelte Linien');
    expect(flat(inPlace.pages.join(' '))).not.toContain('Beispielvorschläge einrechnen');
    // The preview stays on screen (no paper mode), showing the numbers it printed.
    expect(await app.page.evaluate(() => document.documentElement.dataset.reportPaper)).toBeUndefined();
    expect(await app.page.getByTestId('report-document').isVisible()).toBe(true);
    expect((await app.page.locator('.report-toc-page').allInnerTexts()).filter((t) => /^\d+$/.test(t.trim())).length).toBeGreaterThan(3);
  });

  it('„PDF speichern“ in the desktop app: the click prints the preview through main, says so, and the preview loses the numbers again', async () => {
    await openApp(app.page, app.url);
    const ws = await workspace(app.page);
    const query = proposalsQuery(ws.proposals.map((p) => p.id));
    // A page of its own with a stand-in for the preload bridge: main's print flow runs here.
    const page = await app.page.context().newPage();
    try {
      const during: unknown[] = [];
      const printing: unknown[] = [];
      const desktop = await standInDesktopExport(page, {
        // While a pass prints, the preview's text is out of the screen layout.
        beforePass: async () => void printing.push(await page.evaluate(() => document.documentElement.dataset.reportPaper)),
        // What the user sees meanwhile: the notice and the choices disabled;
        // and the menu does not take the page away from under the printer.
        beforePrint: async () => {
          await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Übersicht' }).click();
          during.push(
            await page.evaluate(() => ({
              notice: document.body.innerText.includes('Das PDF wird erstellt'),
              choicesDisabled: document.querySelector<HTMLFieldSetElement>('fieldset.report-builder-choices')?.disabled === true,
              stillOnBuilder: location.hash.startsWith('#/bericht?'),
            })),
          );
        },
      });
      await openReportBuilder(page, app.url, query);
      await page.getByRole('button', { name: 'PDF speichern' }).click();
      await page.getByText(/Bericht gespeichert: Bericht\.pdf \(\d+ Seiten\)/).waitFor({ timeout: 120_000 });
      expect(desktop.requests).toEqual([expect.objectContaining({ inPlace: true, query: expect.stringContaining(ws.proposals[0]!.id) })]);
      expect(desktop.printed[0]!.pages).toBeGreaterThan(5);
      expect(during).toEqual([{ notice: true, choicesDisabled: true, stillOnBuilder: true }]);
      expect(printing).toEqual(['true']);
      await expect.poll(() => page.locator('.report-toc-page').allInnerTexts()).toEqual(expect.arrayContaining(['']));
      expect((await page.locator('.report-toc-page').allInnerTexts()).every((t) => t.trim() === '')).toBe(true);
      // The preview is back on screen with its text (it rested while the PDF was printed).
      expect(await page.evaluate(() => document.documentElement.dataset.reportPaper)).toBeUndefined();
      expect(await page.getByTestId('report-document').getByRole('heading', { name: 'Zusammenfassung' }).isVisible()).toBe(true);
      expect(await page.getByText('Das PDF wird erstellt …').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'PDF speichern' }).isEnabled()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('takes one town’s view: its own figures, and where it pays more than today', async () => {
    await openApp(app.page, app.url);
    const ws = await workspace(app.page);
    const ids = ws.proposals.map((p) => p.id);
    const district = readPdf((await printReport(app.page, app.url, proposalsQuery(ids))).pdf, 'kreis');
    // A town that pays more in some proposal (the seeded examples have one).
    const warning = /(?:Eine Kommune zahlt|\d+ Kommunen zahlen) mit der Kooperation mehr als heute: (.+?) ([\d.]+,\d\d €) mehr/.exec(
      flat(district.pages.join(' ')),
    );
    expect(warning, 'ein Beispiel, in dem eine Kommune mehr zahlt').not.toBeNull();
    const town = ws.parties.find((p) => warning![1]!.startsWith(p.name))!;
    expect(town).toBeDefined();

    const printed = await printReport(app.page, app.url, proposalsQuery(ids, { partyId: town.id }));
    const facts = readPdf(printed.pdf, 'kommune');
    const all = flat(facts.pages.join(' '));
    expect(flat(facts.pages[0]!)).toContain(`Sicht der Kommune ${town.name}`);
    expect(all).toContain(`Wo ${town.name} mehr zahlt als heute`);
    expect(all).toContain(`${warning![2]} mehr über den Zeitraum`);
    expect(all).toContain(`Kapitalwert ${town.name}`);

    // The town's Kapitalwert in a proposal's chapter is its row of the proposal page's shares table, to the cent.
    const euros = (text: string) => Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));
    const { toc } = checkLayout(facts, `– ${town.name}`);
    let compared = 0;
    for (const entry of toc.filter((t) => /^\d+\. /.test(t.title))) {
      const next = toc[toc.indexOf(entry) + 1]!;
      const section = flat(facts.pages.slice(entry.page - 1, next.page - 1).join(' '));
      // the first amount after the label (in the PDF text the label wraps around its neighbours)
      const value = /Kapitalwert .*?(-?[\d.]+,\d\d) €/.exec(section);
      if (!value) continue;
      const proposal = ws.proposals.find((p) => entry.title.replace(/^\d+\. /, '') === flat(p.title))!;
      await openApp(app.page, app.url, `vorschlaege/${proposal.id}`);
      await app.page.getByRole('heading', { name: proposal.title, level: 1 }).waitFor();
      await app.page.getByTestId('party-shares').waitFor();
      const row = app.page.getByTestId('party-shares').locator('tr', { hasText: town.name });
      const onScreen = euros(await row.locator('td').last().innerText());
      expect(euros(value[1]!), proposal.title).toBe(onScreen);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('gives a sensible document for bad input: nothing selected', async () => {
    await openApp(app.page, app.url);
    await workspace(app.page);
    const facts = readPdf((await printReport(app.page, app.url, 'quelle=proposals&szenario=basis&beispiele=1')).pdf, 'leer');
    const all = flat(facts.pages.join(' '));
    expect(all).toContain('Für diesen Bericht sind keine Vorschläge ausgewählt');
    expect(all).toContain('Glossar');
    checkLayout(facts, 'Interkommunale Zusammenarbeit im Kreis Unna');
  });

  it('gives a sensible document for bad input: 60 proposals, without cost data, with very long titles and descriptions', async () => {
    await openApp(app.page, app.url);
    await workspace(app.page);
    await seedProposals(app.page, 55);
    const longTitle = `Gemeinsame ${'Verwaltungsdigitalisierungs'.repeat(3)}plattform mit sehr langem Titel, der über mehrere Zeilen geht und trotzdem vollständig lesbar bleiben muss – Kreis Unna`;
    await app.page.evaluate(async (title) => {
      const open = indexedDB.open('ikz-planer');
      const db: IDBDatabase = await new Promise((res) => (open.onsuccess = () => res(open.result)));
      const tx = db.transaction('proposals', 'readwrite');
      const store = tx.objectStore('proposals');
      const first = await new Promise<Record<string, unknown>>((res) => {
        const r = store.openCursor();
        r.onsuccess = () => res(r.result!.value as Record<string, unknown>);
      });
      store.put({
        ...first,
        id: crypto.randomUUID(),
        title: title.slice(0, 200),
        description: 'Sehr lange Beschreibung ohne Ende. '.repeat(280) + 'https://example.org/'.repeat(10),
      });
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
    }, longTitle);
    await app.page.evaluate(raiseWorkspaceRevision);
    await app.page.reload();
    const ws = await workspace(app.page, 61);
    const ids = ws.proposals.map((p) => p.id);
    expect(ids.length).toBe(61);
    let passes = 0;
    const printed = await printReport(app.page, app.url, proposalsQuery(ids), undefined, () => passes++);
    // Long titles, wide tables and chapters without cost data (no page break before them) measured right too.
    expect(passes).toBe(1);
    const facts = readPdf(printed.pdf, 'viele');
    const all = flat(facts.pages.join(' '));
    for (const p of ws.proposals) expect(bare(all), p.title).toContain(bare(p.title));
    expect(all).toContain('Für diesen Vorschlag sind noch keine Kostendaten erfasst');
    expect(all).toContain('Sehr lange Beschreibung ohne Ende.');
    checkLayout(facts, 'Interkommunale Zusammenarbeit im Kreis Unna');
  });

  it('the builder: choose areas and a town, a live preview, no axe violations; in a browser „PDF speichern“ opens the print route and the browser’s print dialog', async () => {
    await app.page.addInitScript(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => void ((window as unknown as { __printed: number }).__printed += 1);
    });
    await openApp(app.page, app.url);
    const ws = await workspace(app.page);
    await app.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Bericht' }).click();
    // It opens with the next meeting's agenda (the example meeting's two proposals) and says so.
    const summary = app.page.getByTestId('report-selection-summary');
    await expect
      .poll(() => summary.innerText(), { timeout: 30_000 })
      .toMatch(
        /^Im Bericht: 2 Vorschläge aus der Tagesordnung „Arbeitskreis der Kämmerer \(März \d{4}\)“, davon 2 Beispielvorschläge\. Vorausgewählt: der nächste Termin mit Tagesordnung\.$/,
      );
    await app.page.getByText('Aufgabenfelder', { exact: true }).first().click();
    await app.page.getByPlaceholder('Aufgabenfelder wählen').click();
    await app.page.getByRole('option', { name: 'IT-Konsolidierung' }).click();
    await app.page.locator('.mantine-Pill-root', { hasText: 'IT-Konsolidierung' }).waitFor();
    await app.page.keyboard.press('Escape');
    await app.selectOption('Perspektive', 'Kommune Lünen');
    const preview = app.page.getByTestId('report-preview');
    await expect.poll(() => preview.getByText('Sicht der Kommune Lünen').count(), { timeout: 30_000 }).toBe(1);
    const it = ws.proposals.find((p) => p.title === 'Zusammenlegung der Informationstechnologien')!;
    await expect.poll(() => preview.getByRole('heading', { name: `1. ${it.title}` }).count(), { timeout: 30_000 }).toBe(1);
    expect(await preview.getByTestId('report-proposal').count()).toBe(1);
    expect(await summary.innerText()).toBe('Im Bericht: 1 Vorschlag aus dem Aufgabenfeld IT-Konsolidierung, davon 1 Beispielvorschlag.');
    expect(await axeViolations(app.page)).toEqual([]);

    await app.page.getByRole('button', { name: 'PDF speichern' }).click();
    await app.page.waitForFunction(() => location.hash.startsWith('#/bericht/druck?') && location.hash.includes('drucken=1'));
    await app.page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1, undefined, { timeout: 60_000 });
    expect(await app.page.getByRole('navigation', { name: 'Hauptnavigation' }).count()).toBe(0);
    expect(await app.page.title()).toBe('Interkommunale Zusammenarbeit im Kreis Unna – Lünen');
    expect(app.errors).toEqual([]);
  });
});
