/**
 * Benchmark (prints figures, never fails on timing): the proposals list with 500
 * proposals in Debian's Chromium against the built renderer.
 *  - list visible: from clicking „Vorschläge“ until all 500 rows are in the DOM and a frame was painted
 *  - cold start: from loading the app at #/vorschlaege until the 500 rows are painted
 *  - filter: from a keystroke in the search field until the filtered list is painted
 * Targets (issue 2): list visible < 1 s; filter < 50 ms.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium';
import { openApp } from '../e2e/support/app';
import { serveBuiltRenderer } from '../e2e/support/server';

const COUNT = 500;
const RUNS = 7;

async function seedProposals(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const open = indexedDB.open('ikz-planer');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((res) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => res(r.result as T[]);
      });
    const parties = await all<{ id: string; name: string }>('parties');
    const areas = await all<{ id: string; name: string }>('areas');
    const statuses = ['idee', 'in_pruefung', 'vertragsentwurf', 'beschlussreif', 'beschlossen', 'in_umsetzung', 'umgesetzt'];
    const topics = ['Bauhof', 'Lizenzen', 'Vergabe', 'Rechenzentrum', 'Fortbildung', 'Winterdienst', 'Gebäudereinigung', 'Datenschutz', 'Prüfung', 'Fuhrpark'];
    const tx = db.transaction('proposals', 'readwrite');
    const now = new Date().toISOString();
    for (let i = 0; i < n; i++) {
      const lead = parties[i % parties.length]!;
      tx.objectStore('proposals').put({
        id: crypto.randomUUID(), createdAt: now, updatedAt: now, revision: 1,
        title: `${topics[i % topics.length]} ${lead.name} Nr. ${i + 1}`,
        areaId: areas[i % areas.length]!.id, leadPartyId: lead.id,
        participantIds: [parties[(i + 3) % parties.length]!.id, parties[(i + 5) % parties.length]!.id],
        description: `Gemeinsame Aufgabe ${i} mit ausführlicher Beschreibung der Zusammenarbeit zwischen den Kommunen.`,
        goals: 'Kosten senken', benefits: 'Vertretung', risks: 'Abstimmungsaufwand', responsible: 'Kämmerei',
        nextMeetingId: null, dependsOn: [], status: statuses[i % statuses.length], statusReason: '', statusHistory: [], isExample: false,
      });
    }
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
  }, count);
}

/** In the page: resolves with ms from `start` until `done()` holds and a frame was painted. */
function measureUntil(page: Page, action: 'click-nav' | { filter: string }, expectRows: number | null): Promise<number> {
  return page.evaluate(
    ({ action, expectRows }) =>
      new Promise<number>((resolve) => {
        const rows = () => document.querySelectorAll('[data-testid="proposal-row"]').length;
        // The count line carries the filter it was rendered for (same commit as the rows).
        const renderedFilter = () => (document.querySelector('[data-testid="proposal-count"]') as HTMLElement | null)?.dataset.filterText;
        const wanted = typeof action === 'object' ? action.filter : null;
        const done = () => (expectRows !== null ? rows() === expectRows : renderedFilter() === wanted);
        const t0 = performance.now();
        const check = () => {
          if (done()) requestAnimationFrame(() => resolve(performance.now() - t0));
          else requestAnimationFrame(check);
        };
        if (action === 'click-nav') {
          (Array.from(document.querySelectorAll('nav a')).find((a) => a.textContent === 'Vorschläge') as HTMLAnchorElement).click();
        } else {
          const input = document.querySelector('[data-testid="filter-text"]') as HTMLInputElement;
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          setter.call(input, action.filter);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        requestAnimationFrame(check);
      }),
    { action, expectRows },
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p90 ${p90(xs).toFixed(1)}, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (n=${xs.length})`;

const server = await serveBuiltRenderer();
const session = await launchChromium();
try {
  // tsx compiles with keepNames; functions handed to page.evaluate then call __name.
  await session.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await session.context.newPage();
  await openApp(page, server.url, '');
  await seedProposals(page, COUNT);
  const total = COUNT + 5;

  const cold: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = Date.now();
    await page.goto(`${server.url}#/vorschlaege`);
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="proposal-row"]').length === n, total, { polling: 'raf' });
    cold.push(Date.now() - t0);
  }

  const nav: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await openApp(page, server.url, '');
    await page.getByRole('heading', { name: 'Übersicht', level: 1 }).waitFor();
    nav.push(await measureUntil(page, 'click-nav', total));
  }

  const filter: number[] = [];
  const queries = ['B', 'Ba', 'Bau', 'Bauh', 'Bauho', 'Bauhof', 'Bauhof L', 'Bauhof Lü', '', 'x', 'xy', '', 'Lizenzen', ''];
  for (let run = 0; run < 3; run++) {
    await openApp(page, server.url, 'vorschlaege');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="proposal-row"]').length === n, total);
    let previous = '';
    for (const q of queries) {
      if (q === previous) continue;
      filter.push(await measureUntil(page, { filter: q }, null));
      previous = q;
    }
  }

  console.log(`\nVorschlagsliste mit ${total} Vorschlägen (Debian Chromium, gebauter Renderer, ${new Date().toISOString()})`);
  console.log(`  Navigation Übersicht → Liste sichtbar : ${fmt(nav)}   Ziel < 1000 ms`);
  console.log(`  Kaltstart bis Liste sichtbar          : ${fmt(cold)}   (inkl. Laden, Datenbank öffnen)`);
  console.log(`  Tippen im Filter → Liste aktualisiert : ${fmt(filter)}   Ziel < 50 ms`);
} finally {
  await session.close();
  await server.close();
}
