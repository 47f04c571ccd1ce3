/** What every printed report must satisfy, and the workspace the report tests start from. */
import { raiseWorkspaceRevision } from './savedCalculation';
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { inkShare, readPng } from './png';
import { readFile, renderPages, wordsOf, type PdfFacts } from './report';

export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Without any white space: a long word may break anywhere on paper. */
export const bare = (s: string) => s.replace(/\s+/g, '');

export interface Workspace {
  proposals: { id: string; title: string; isExample: boolean }[];
  parties: { id: string; name: string }[];
  meetings: { id: string; title: string; date: string }[];
}

/** The workspace as stored (after the first start has seeded it). */
export async function workspace(page: Page, minProposals = 5): Promise<Workspace> {
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
export async function setAgenda(page: Page, meetingId: string, proposalIds: string[]) {
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
  await page.evaluate(raiseWorkspaceRevision);
  // Written past Dexie: a reload makes the app read it (Dexie caches its live queries).
  await page.reload();
}

/** Checks every report must pass: numbering, table of contents, nothing off the page, no blank page or chart. */
export function checkLayout(facts: PdfFacts, footerTitle: string) {
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

  // Only the app's bundled font, embedded (no system fallback on another computer).
  const fonts = execFileSync('pdffonts', [facts.file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f, 'Schrift').toMatch(/^\S+\+NotoSans-\S+\s.*\byes\s+yes\s+yes\b/);

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
