/**
 * The report for the mayors' conference, printed as the desktop app prints it (the main
 * process's print flow driving Chromium, `page.pdf` with the shared options) and read
 * back with poppler: cover, every proposal, page numbers, table of contents, metadata,
 * tags, charts that are drawn and text that stays on the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/app';
import { useAppFixture } from './support/fixture';
import { inkShare, readPng } from './support/png';
import { printReport, readFile, readPdf, renderPages, wordsOf, type PdfFacts } from './support/report';
import { seedProposals } from './support/seedProposals';

const app = useAppFixture();
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Without any white space: a long word may break anywhere on paper. */
const bare = (s: string) => s.replace(/\s+/g, '');

interface Workspace {
  proposals: { id: string; title: string; isExample: boolean }[];
  parties: { id: string; name: string }[];
  meetings: { id: string; title: string; date: string }[];
}

/** The workspace as stored (after the first start has seeded it). */
async function workspace(page: Page, minProposals = 5): Promise<Workspace> {
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('nav a').length), { timeout: 30_000 }).toBeGreaterThan(0);
  const read = () =>
    page.evaluate(async () => {
      const open = indexedDB.open('ikz-planer');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((res) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => res(r.result as T[]);
        });
      const ws = {
        proposals: (await all<{ id: string; title: string; isExample: boolean }>('proposals')).map(({ id, title, isExample }) => ({ id, title, isExample })),
        parties: (await all<{ id: string; name: string }>('parties')).map(({ id, name }) => ({ id, name })),
        meetings: (await all<{ id: string; title: string; date: string }>('meetings')).map(({ id, title, date }) => ({ id, title, date })),
      };
      db.close();
      return ws;
    });
  await expect.poll(async () => (await read()).proposals.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(minProposals);
  return read();
}

/**
 * The meeting's agenda, written straight into the database (the agenda editor is built
 * elsewhere; this is the stored shape of schema v5: ordered items with a proposal id).
 */
async function setAgenda(page: Page, meetingId: string, proposalIds: string[]) {
  await page.evaluate(
    async ({ meetingId, proposalIds }) => {
      const open = indexedDB.open('ikz-planer');
      const db: IDBDatabase = await new Promise((res) => (open.onsuccess = () => res(open.result)));
      const tx = db.transaction('meetings', 'readwrite');
      const store = tx.objectStore('meetings');
      const meeting = await new Promise<Record<string, unknown>>((res) => {
        const r = store.get(meetingId);
        r.onsuccess = () => res(r.result as Record<string, unknown>);
      });
      store.put({
        ...meeting,
        agenda: proposalIds.map((proposalId) => ({ id: crypto.randomUUID(), proposalId, decisionRequested: 'Zustimmung', outcome: null })),
      });
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
    },
    { meetingId, proposalIds },
  );
  // Written past Dexie: a reload makes the app read it (Dexie caches its live queries).
  await page.reload();
}

/** The Kapitalwert the proposal page shows (null: no cost data). */
async function kapitalwertOnScreen(page: Page, proposalId: string): Promise<string | null> {
  await openApp(page, app.url, `vorschlaege/${proposalId}`);
  await page.getByTestId('proposal-calculation').waitFor();
  const figure = page.getByTestId('kapitalwert');
  return (await figure.count()) > 0 ? (await figure.innerText()).trim() : null;
}

/** Checks every report must pass: numbering, table of contents, nothing off the page, no blank page or chart. */
function checkLayout(facts: PdfFacts, footerTitle: string) {
  const n = Number(facts.info.Pages);
  expect(n).toBeGreaterThanOrEqual(4);
  expect(facts.info.Tagged).toBe('yes');
  facts.pages.forEach((text, i) => {
    expect(flat(text), `Fußzeile Seite ${i + 1}`).toContain(`Seite ${i + 1} von ${n}`);
    expect(flat(text)).toContain(flat(footerTitle).slice(0, 40));
    // no blank page: more than the footer
    const body = flat(text.replace(`Seite ${i + 1} von ${n}`, '')).replace(flat(footerTitle), '');
    expect(body.length, `Seite ${i + 1} ist leer`).toBeGreaterThan(20);
  });

  // Table of contents: each entry's page is where that heading is.
  const tocPages: string[] = [];
  for (let i = 1; i < facts.pages.length && !flat(facts.pages[i]!).startsWith('Zusammenfassung'); i++) tocPages.push(facts.pages[i]!);
  const toc = tocPages
    .join('\n')
    .split('\n')
    .map((l) => /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null);
  expect(toc.length).toBeGreaterThanOrEqual(3);
  for (const [, title, page] of toc) {
    const p = Number(page);
    expect(p, `${title} → ${page}`).toBeGreaterThan(1 + tocPages.length);
    expect(bare(facts.pages[p - 1]!), `„${title}“ auf Seite ${p}`).toContain(bare(title!).slice(0, 50));
  }
  for (const heading of ['Zusammenfassung', 'Anhang: Annahmen der Berechnung', 'Glossar'])
    expect(
      toc.some((m) => m[1] === heading),
      heading,
    ).toBe(true);

  // No text outside the page, none in the side margins.
  const { words, size } = wordsOf(facts.file);
  for (const w of words) {
    const s = size[w.page - 1]!;
    expect(w.xMin, `„${w.text}“ Seite ${w.page}`).toBeGreaterThanOrEqual((0.5 * 72) / 2.54); // > 0,5 cm
    expect(w.xMax, `„${w.text}“ Seite ${w.page}`).toBeLessThanOrEqual(s.width - (0.5 * 72) / 2.54);
    expect(w.yMin).toBeGreaterThanOrEqual(0);
    expect(w.yMax).toBeLessThanOrEqual(s.height);
  }

  // Every chart is drawn: below each chart caption there is ink (bars, lines, axes).
  const images = renderPages(facts.file).map((f) => readPng(readFile(f)));
  expect(images).toHaveLength(n);
  // Every figure's caption starts „Abbildung N:“; the chart is the block below it.
  let charts = 0;
  words.forEach((w, i) => {
    if (w.text !== 'Abbildung' || !/^\d+:$/.test(words[i + 1]?.text ?? '')) return;
    const img = images[w.page - 1]!;
    const scale = img.width / size[w.page - 1]!.width; // px per pt at 50 dpi
    const share = inkShare(img, 50 * scale, (w.yMax + 20) * scale, 450 * scale, (w.yMax + 150) * scale);
    expect(share, `Abbildung ${words[i + 1]!.text} auf Seite ${w.page} ist leer`).toBeGreaterThan(0.02);
    // the whole chart block is on this page: it ends above the footer
    expect((w.yMax + 150) * scale).toBeLessThan(img.height);
    charts++;
  });
  return { charts, toc: toc.map((m) => ({ title: m[1]!, page: Number(m[2]) })) };
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
    for (const p of agenda) onScreen.set(p.id, await kapitalwertOnScreen(app.page, p.id));
    expect([...onScreen.values()].filter(Boolean).length).toBeGreaterThanOrEqual(3);

    const printed = await printReport(app.page, app.url, `quelle=meeting&termin=${meeting.id}&szenario=basis&beispiele=1`, {
      title: meeting.title,
      author: 'Erika Kämmerer',
      subject: 'Bericht für die Bürgermeisterkonferenz',
    });
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

  it('takes one town’s view: its own figures, and where it pays more than today', async () => {
    await openApp(app.page, app.url);
    const ws = await workspace(app.page);
    const ids = ws.proposals.map((p) => p.id).join(',');
    const district = readPdf((await printReport(app.page, app.url, `quelle=proposals&vorschlaege=${ids}&szenario=basis&beispiele=1`)).pdf, 'kreis');
    // A town that pays more in some proposal (the seeded examples have one).
    const warning = /(?:Eine Kommune zahlt|\d+ Kommunen zahlen) mit der Kooperation mehr als heute: (.+?) ([\d.]+,\d\d €) mehr/.exec(
      flat(district.pages.join(' ')),
    );
    expect(warning, 'ein Beispiel, in dem eine Kommune mehr zahlt').not.toBeNull();
    const town = ws.parties.find((p) => warning![1]!.startsWith(p.name))!;
    expect(town).toBeDefined();

    const printed = await printReport(app.page, app.url, `quelle=proposals&vorschlaege=${ids}&szenario=basis&beispiele=1&kommune=${town.id}`);
    const facts = readPdf(printed.pdf, 'kommune');
    const all = flat(facts.pages.join(' '));
    expect(flat(facts.pages[0]!)).toContain(`Sicht der Kommune ${town.name}`);
    expect(all).toContain(`Wo ${town.name} mehr zahlt als heute`);
    expect(all).toContain(`${warning![2]} mehr über den Zeitraum`);
    expect(all).toContain(`Kapitalwert ${town.name}`);

    // The town's Kapitalwert in a proposal's chapter is its row of the proposal page's shares table (there in whole euros).
    const euros = (text: string) => Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));
    const { toc } = checkLayout(facts, `– ${town.name}`);
    let compared = 0;
    for (const entry of toc.filter((t) => /^\d+\. /.test(t.title))) {
      const next = toc[toc.indexOf(entry) + 1]!;
      const section = flat(facts.pages.slice(entry.page - 1, next.page - 1).join(' '));
      const value = new RegExp(`Kapitalwert ${town.name} .*?(-?[\\d.]+,\\d\\d) €`).exec(section);
      if (!value) continue;
      const proposal = ws.proposals.find((p) => entry.title.replace(/^\d+\. /, '') === flat(p.title))!;
      await openApp(app.page, app.url, `vorschlaege/${proposal.id}`);
      await app.page.getByRole('heading', { name: proposal.title, level: 1 }).waitFor();
      await app.page.getByTestId('party-shares').waitFor();
      const row = app.page.getByTestId('party-shares').locator('tr', { hasText: town.name });
      const whole = euros(await row.locator('td').last().innerText());
      expect(Math.round(euros(value[1]!)), proposal.title).toBe(whole);
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
    await app.page.reload();
    const ws = await workspace(app.page, 61);
    const ids = ws.proposals.map((p) => p.id);
    expect(ids.length).toBe(61);
    const printed = await printReport(app.page, app.url, `quelle=proposals&vorschlaege=${ids.join(',')}&szenario=basis&beispiele=1`);
    const facts = readPdf(printed.pdf, 'viele');
    const all = flat(facts.pages.join(' '));
    for (const p of ws.proposals) expect(bare(all), p.title).toContain(bare(p.title));
    expect(all).toContain('Für diesen Vorschlag sind noch keine Kostendaten erfasst');
    expect(all).toContain('Sehr lange Beschreibung ohne Ende.');
    checkLayout(facts, 'Interkommunale Zusammenarbeit im Kreis Unna');
  });
});
