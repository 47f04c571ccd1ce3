/**
 * Benchmark (prints figures, never fails on timing): the PDF of a report with 40
 * proposals (11 parties, 10 years, 6 categories each) in Debian's Chromium, printed the
 * way the desktop app prints it (electron/printToPdf.ts: „PDF speichern“ prints the
 * builder's preview, already on screen, where it is; for comparison also the print route
 * in a new document, as the hidden print window prints contract drafts; ready signal, table
 * of contents measured on the page, one print pass checked against its outline, a second
 * only if a number was wrong, document information) with the shared options.
 * Compared in the same run with printing a static HTML page of the same number of pages, in
 * two forms: a plain page (a heading, a paragraph and a 12-row table per page: 4 times
 * fewer elements than the report, no charts) and the report itself saved as static HTML
 * (its DOM as printed, no script): same pages, same content, nothing to load or compute.
 * Targets (issue 8): the report's PDF < 5 s; ratio to the static page ≤ 2 (printed for
 * both references; only the second compares like with like).
 */
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium';
import { openApp } from '../e2e/support/app';
import { openReportBuilder, printReport, standInDesktopExport } from '../e2e/support/report';
import { serveBuiltRenderer } from '../e2e/support/server';
import { playwrightPdfOptions } from '../../renderer/domain/report/printOptions';
import { REPORT_PROPOSALS, seedReportWorkspace } from './reportWorkspace';
import { verdict } from './verdict';
import { chromiumCpuSeconds } from './cpuTime';

const PROPOSALS = REPORT_PROPOSALS;
const RUNS = 3;
const server = await serveBuiltRenderer();
const session = await launchChromium();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A static A4 document of `pages` pages: headings, text and a table on each, nothing to compute. */
function staticDocument(pages: number): string {
  const m = playwrightPdfOptions().margin;
  const rows = Array.from({ length: 12 }, (_, i) => `<tr><td>${2027 + i}</td><td>1.234.567,89 €</td><td>987.654,32 €</td><td>246.913,57 €</td></tr>`).join('');
  const page = (n: number) =>
    `<section style="break-before:page"><h2>Abschnitt ${n}</h2><p>${'Gemeinsame Aufgabe der Kommunen im Kreis Unna. '.repeat(12)}</p><table><thead><tr><th>Jahr</th><th>Ist</th><th>Kooperation</th><th>Ersparnis</th></tr></thead><tbody>${rows}</tbody></table></section>`;
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Statisch</title><style>@page{size:A4;margin:${m.top} ${m.right} ${m.bottom} ${m.left};@bottom-right{content:"Seite " counter(page) " von " counter(pages)}}body{font-family:sans-serif;font-size:10pt}table{width:100%;border-collapse:collapse}td,th{border:1px solid #999;padding:2px}</style></head><body>${Array.from({ length: pages }, (_, i) => page(i + 1)).join('')}</body></html>`;
}

/**
 * Runs in the page: the document as it stands, as static HTML. Scripts and the CSP go;
 * every stylesheet's rules are inlined with their URLs made absolute, so the fonts load.
 */
function staticCopyOfPage(): { html: string; elements: number; stylesheetUrl: string } {
  const absolute = (css: string, base: string) => css.replace(/url\((['"]?)([^'")]+)\1\)/g, (_m, _q, u: string) => `url("${new URL(u, base).href}")`);
  const css = [...document.styleSheets].map((sheet) => [...sheet.cssRules].map((r) => absolute(r.cssText, sheet.href ?? location.href)).join('\n')).join('\n');
  const root = document.documentElement.cloneNode(true) as HTMLElement;
  root.querySelectorAll('script, link, style, meta[http-equiv]').forEach((e) => e.remove());
  const style = document.createElement('style');
  style.textContent = css;
  root.querySelector('head')!.append(style);
  const link = document.querySelector<HTMLLinkElement>('link[rel=stylesheet]');
  return { html: `<!doctype html>${root.outerHTML}`, elements: root.querySelectorAll('body *').length, stylesheetUrl: link!.href };
}

try {
  // tsx names functions with a helper the browser does not have.
  await session.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await session.context.newPage();
  await openApp(page, server.url, 'stammdaten');
  const { query, lines } = await seedReportWorkspace(page);

  const cpu = () => chromiumCpuSeconds(session.profileDir) * 1000;
  /** Times RUNS exports, each after `prepare` (untimed: what is on screen before the click). */
  const timeExports = async (prepare: () => Promise<void>, exportPdf: (onPass: (ms: number) => void) => Promise<{ pages: number; lateBy?: number }>) => {
    const out = { whole: [] as number[], cpu: [] as number[], printing: [] as number[], passCounts: [] as number[], pages: 0 };
    for (let i = 0; i < RUNS; i++) {
      await prepare();
      let passes = 0;
      let count = 0;
      const c0 = cpu();
      const t0 = performance.now();
      const printed = await exportPdf((ms) => {
        passes += ms;
        count++;
      });
      out.whole.push(performance.now() - t0 - (printed.lateBy ?? 0));
      out.cpu.push(cpu() - c0);
      out.printing.push(passes);
      out.passCounts.push(count);
      out.pages = printed.pages;
    }
    return out;
  };
  // „PDF speichern“ clicked in the builder, its preview already on screen: main (a stand-in
  // for the preload bridge on a page of its own) prints it where it is. Timed from the click
  // to the PDF in main's hands (the save dialog would open then).
  const desktopPage = await session.context.newPage();
  let passSink: (ms: number) => void = () => undefined;
  const desktop = await standInDesktopExport(desktopPage, { onPass: (ms) => passSink(ms) });
  const clickSave = async (onPass: (ms: number) => void) => {
    passSink = onPass;
    const before = desktop.printed.length;
    await desktopPage.getByRole('button', { name: 'PDF speichern' }).click();
    const deadline = Date.now() + 120_000;
    while (desktop.printed.length === before) {
      if (Date.now() > deadline) throw new Error('„PDF speichern“ brachte nach 120 s kein PDF');
      await new Promise((r) => setTimeout(r, 5));
    }
    const printed = desktop.printed.at(-1)!;
    // timeExports measures until this resolves: correct it to the moment main had the PDF.
    return { pages: printed.pages, lateBy: performance.now() - printed.doneAt };
  };
  const openBuilder = async () => {
    await desktopPage.goto('about:blank');
    await openReportBuilder(desktopPage, server.url, query);
  };
  // As a user saves: the preview has been on screen a moment (the page measured it for
  // paper meanwhile, usePremeasuredPages.ts)…
  // The price of measuring at rest: the longest the page does not answer meanwhile.
  await desktopPage.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push([e.startTime, e.duration]))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  const restingBlocks: number[] = [];
  const inPlace = await timeExports(async () => {
    await openBuilder();
    const drawnAt = await desktopPage.evaluate(() => performance.now());
    await desktopPage.waitForFunction(() => document.documentElement.dataset.reportPremeasured === 'true', undefined, { timeout: 120_000 });
    // One frame later the screen layout is back: that task belongs to the measurement too.
    await desktopPage.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const tasks = await desktopPage.evaluate(
      (t) => (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(([start]) => start >= t),
      drawnAt,
    );
    restingBlocks.push(tasks.reduce((sum, [, ms]) => sum + ms, 0));
  }, clickSave);
  // …and clicked the moment the preview is drawn: the page measures after the click.
  const atOnce = await timeExports(openBuilder, clickSave);
  await desktopPage.close();
  // The print route in a new document, as the hidden print window prints contract drafts.
  const hidden = await timeExports(
    () => openApp(page, server.url, 'stammdaten'),
    (onPass) => printReport(page, server.url, query, undefined, onPass),
  );
  const { whole, printing, passCounts } = inPlace;
  const wholeCpu = inPlace.cpu;
  const pages = inPlace.pages;
  // One print pass of the report, ready on screen, against one of each static page.
  /** RUNS print passes of a page that is ready: wall and CPU times, and its page count. */
  const timePrints = async (target: Page) => {
    const count = (await target.pdf(playwrightPdfOptions())).toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    const out = { wall: [] as number[], cpu: [] as number[], pages: count };
    for (let i = 0; i < RUNS; i++) {
      const c0 = cpu();
      const t0 = performance.now();
      await target.pdf(playwrightPdfOptions());
      out.wall.push(performance.now() - t0);
      out.cpu.push(cpu() - c0);
    }
    return out;
  };
  const { wall: onePass, cpu: onePassCpu } = await timePrints(page);
  // The same report as a static HTML document (its DOM as printed, every stylesheet
  // inlined, no script): the like-for-like reference for the whole export.
  const copy = await page.evaluate(staticCopyOfPage);
  const copyPage = await session.context.newPage();
  await copyPage.goto(copy.stylesheetUrl); // the app's origin for the fonts, without running the app
  await copyPage.setContent(copy.html);
  await copyPage.evaluate(() => document.fonts.ready);
  const { wall: copies, cpu: copiesCpu, pages: copyPages } = await timePrints(copyPage);
  const staticPage = await session.context.newPage();
  await staticPage.setContent(staticDocument(pages));
  const staticElements = await staticPage.evaluate(() => document.querySelectorAll('body *').length);
  const { wall: statics, cpu: staticsCpu, pages: staticPages } = await timePrints(staticPage);
  const total = median(whole);
  const pass = median(onePass);
  const flat = median(statics);
  console.log(`\nBericht mit ${PROPOSALS} Vorschlägen als PDF (${pages} Seiten, ${lines} Kostenzeilen; Debian Chromium, gebauter Renderer, n=${RUNS})`);
  console.log(
    `  ganzer Export wie in der App („PDF speichern“ auf der Vorschau, die einen Moment steht: an Ort und Stelle, Seitenzahlen schon gemessen, drucken, Gliederung prüfen, Metadaten): median ${total.toFixed(0)} ms (${whole.map((t) => t.toFixed(0)).join(', ')})   ${verdict('PDF', total, 5000)}`,
  );
  console.log(
    `  Preis dafür: die Seite misst, während die Vorschau ruht, und antwortet so lange nicht (lange Aufgaben nach dem Zeichnen der Vorschau, zusammen): median ${median(restingBlocks).toFixed(0)} ms (${restingBlocks.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  dasselbe, sofort geklickt, sobald die Vorschau steht (die Seite misst erst nach dem Klick): median ${median(atOnce.whole).toFixed(0)} ms (${atOnce.whole.map((t) => t.toFixed(0)).join(', ')})   ${verdict('PDF sofort', median(atOnce.whole), 5000)}`,
  );
  console.log(
    `  davon die Druckläufe (je Export ${passCounts.join(', ')}; 2 = Seitenzahlen nachgedruckt): median ${median(printing).toFixed(0)} ms; Messen und Warten auf „Zahlen fertig“: ${(total - median(printing)).toFixed(0)} ms`,
  );
  console.log(
    `  zum Vergleich die Druckansicht in einem neuen Fenster (so druckt die App Vertragsentwürfe; App laden, rechnen, zeichnen, messen, drucken): median ${median(hidden.whole).toFixed(0)} ms (${hidden.whole.map((t) => t.toFixed(0)).join(', ')}), CPU ${median(hidden.cpu).toFixed(0)} ms`,
  );
  console.log(`  ein Drucklauf des fertigen Berichts: median ${pass.toFixed(0)} ms`);
  console.log(`  statische HTML-Seite mit ${staticPages} Seiten, ein Drucklauf: median ${flat.toFixed(0)} ms`);
  console.log(`  Verhältnis Drucklauf Bericht / statische Seite: ${(pass / flat).toFixed(2)}   ${verdict('Verhältnis', pass / flat, 2, '×')}`);
  const same = median(copies);
  console.log(
    `  derselbe Bericht als statische HTML-Seite (${copyPages} Seiten, ${copy.elements} Elemente gegen ${staticElements} der einfachen Seite), ein Drucklauf: median ${same.toFixed(0)} ms (${copies.map((t) => t.toFixed(0)).join(', ')}), CPU ${median(copiesCpu).toFixed(0)} ms`,
  );
  console.log(
    `  Verhältnis ganzer Export / derselbe Bericht statisch gedruckt: ${(total / same).toFixed(2)}   ${verdict('Verhältnis gleicher Inhalt', total / same, 2, '×')}`,
  );
  console.log(`  Verhältnis ein Drucklauf des Berichts in der App / derselbe Bericht statisch: ${(pass / same).toFixed(2)}`);
  // CPU seconds of the browser's processes: what the work costs, whatever else runs on the machine.
  console.log(
    `  CPU-Zeit des Browsers: ganzer Export median ${median(wholeCpu).toFixed(0)} ms; ein Drucklauf ${median(onePassCpu).toFixed(0)} ms; statische Seite ${median(staticsCpu).toFixed(0)} ms; Verhältnis ${(median(onePassCpu) / median(staticsCpu)).toFixed(2)}`,
  );
  // Other jobs on the machine slow every figure alike; the ratio to the static page is measured in the same minute.
  console.log(`  Last des Rechners (loadavg 1 min): ${loadavg()[0]!.toFixed(1)} bei ${cpus().length} Kernen`);
  console.log(`  Verhältnis ganzer Export / ein statischer Drucklauf: ${(total / flat).toFixed(2)} (zum Vergleich; der Export lädt auch die Daten)`);
} finally {
  await session.close();
  await server.close();
}
