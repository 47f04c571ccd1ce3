/**
 * The report printed the way the desktop app prints it: electron/printToPdf.ts drives a
 * Playwright page instead of a BrowserWindow (the builder's preview in place, or the
 * print route in a new document as the hidden window; same ready signal, same measured
 * table of contents and print passes, same document information), with `page.pdf` and
 * the shared options. Plus the poppler tools the tests read the PDF with.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ReportPdfRequest } from '../../../electron/ipc/contract';
import { previewQueryScript, printReportPdf } from '../../../electron/printToPdf';
import { playwrightPdfOptions } from '../../../renderer/domain/report/printOptions';
import { DEFAULT_REPORT_SELECTION, reportQuery, type ReportSelection } from '../../../renderer/domain/report/selection';

/** The report of these proposals (basis scenario, examples included unless `patch` says otherwise), as the builder writes its query. */
export const proposalsQuery = (proposalIds: readonly string[], patch: Partial<ReportSelection> = {}) =>
  reportQuery({ ...DEFAULT_REPORT_SELECTION, proposalIds: [...proposalIds], ...patch });

type Info = { title: string; author: string; subject: string };
const DEFAULT_INFO: Info = { title: 'Bericht', author: 'Test', subject: 'Test' };

/** The page as main's print window: scripts run in it, `page.pdf` prints it (timed for the benchmark). */
function asPrintWindow(page: Page, onPass?: (ms: number) => void, beforePass?: () => Promise<void>) {
  return {
    webContents: {
      executeJavaScript: (code: string) => page.evaluate(code),
      printToPDF: async () => {
        await beforePass?.();
        const t0 = performance.now();
        const pdf = new Uint8Array(await page.pdf(playwrightPdfOptions()));
        onPass?.(performance.now() - t0);
        return pdf;
      },
    },
    destroy: () => undefined,
  };
}

/** The print route in a new document, as the hidden print window prints it (contracts; a report without a builder on screen). */
export async function printReport(page: Page, baseUrl: string, query: string, info = DEFAULT_INFO, onPass?: (ms: number) => void) {
  return printReportPdf(
    {
      openPrintWindow: async (route) => {
        // A new document, as the app's hidden print window is (a hash change alone keeps the page).
        await page.goto('about:blank');
        await page.goto(`${baseUrl}${route}`);
        return asPrintWindow(page, onPass);
      },
    },
    { query, suggestedName: 'bericht.pdf', ...info },
  );
}

/** The builder open on `query` with its preview drawn, as the user sees it before „PDF speichern“. */
export async function openReportBuilder(page: Page, baseUrl: string, query: string): Promise<void> {
  await page.goto(`${baseUrl}#/bericht?${query}`);
  // The builder's own preview, not a ready signal left by the page before (a hash change
  // keeps the document, and the builder's code may still be loading).
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid=report-preview] [data-testid=report-document]') !== null && document.documentElement.dataset.reportReady === 'true',
    undefined,
    { timeout: 120_000 },
  );
}

/** „PDF speichern“ in the desktop app: the builder's preview printed where it is (request `inPlace`). */
export async function printReportInPlace(page: Page, info = DEFAULT_INFO, onPass?: (ms: number) => void) {
  // The builder asks with the selection its preview shows (ReportBuilderPage's printQuery).
  const query = (await page.evaluate(previewQueryScript)) as string;
  return printReportPdf(
    {
      openPrintWindow: () => Promise.reject(new Error('printed in place: no print window')),
      askingWindow: () => asPrintWindow(page, onPass),
    },
    { query, suggestedName: 'bericht.pdf', ...info, inPlace: true },
  );
}

export interface DesktopExport {
  /** The requests main received. */
  requests: ReportPdfRequest[];
  /** Each printed PDF with the time from the click's request to the PDF in main's hands. */
  printed: { pdf: Uint8Array; pages: number; ms: number; /** performance.now() in Node when main had it. */ doneAt: number }[];
}

/**
 * A stand-in for the desktop app's preload bridge on `page` (call before the app loads):
 * its exportReportPdf is main's handler run here (printToPdf.ts printing this page in
 * place, as for the builder's „PDF speichern“) and answers „saved“; every other operation
 * refuses. `beforePrint` sees the page as main starts (what the user sees meanwhile),
 * `beforePass` as each print pass starts.
 */
export async function standInDesktopExport(
  page: Page,
  hooks: { beforePrint?: () => Promise<void>; beforePass?: () => Promise<void>; onPass?: (ms: number) => void } = {},
): Promise<DesktopExport> {
  const out: DesktopExport = { requests: [], printed: [] };
  await page.exposeFunction('__ikzMainExportReportPdf', async (request: ReportPdfRequest) => {
    const t0 = performance.now();
    out.requests.push(request);
    await hooks.beforePrint?.();
    const printed = await printReportPdf(
      {
        openPrintWindow: () => Promise.reject(new Error('printed in place: no print window')),
        askingWindow: () => asPrintWindow(page, hooks.onPass, hooks.beforePass),
      },
      request,
    );
    out.printed.push({ ...printed, ms: performance.now() - t0, doneAt: performance.now() });
    return { status: 'saved', fileName: 'Bericht.pdf', pages: printed.pages };
  });
  await page.addInitScript(() => {
    const call = (globalThis as unknown as { __ikzMainExportReportPdf: (r: unknown) => Promise<unknown> }).__ikzMainExportReportPdf;
    (globalThis as Record<string, unknown>).ikzPlaner = new Proxy(
      {},
      {
        get: (_target, name) =>
          name === 'exportReportPdf'
            ? (request: unknown) => call(request)
            : name === 'getAppInfo'
              ? async () => ({ version: 'test', platform: 'linux', shell: 'electron' })
              : async () => {
                  throw new Error(`${String(name)}: not part of this stand-in`);
                },
      },
    );
  });
  return out;
}

export interface PdfFacts {
  file: string;
  info: Record<string, string>;
  /** Text per page (pdftotext -layout). */
  pages: string[];
}

/** Writes the PDF to a fresh folder under /tmp and reads it with pdfinfo and pdftotext. */
export function readPdf(pdf: Uint8Array, name = 'bericht'): PdfFacts {
  const dir = mkdtempSync('/tmp/ikz-report-');
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f').slice(0, Number(info.Pages));
  return { file, info, pages };
}

export interface Word {
  text: string;
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in points (pdftotext -bbox), and each page's size. */
export function wordsOf(file: string): { words: Word[]; size: { width: number; height: number }[] } {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: Word[] = [];
  const size: { width: number; height: number }[] = [];
  for (const pageHtml of html.split('<page ').slice(1)) {
    const dims = /width="([\d.]+)" height="([\d.]+)"/.exec(pageHtml)!;
    size.push({ width: Number(dims[1]), height: Number(dims[2]) });
    for (const m of pageHtml.matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g))
      words.push({ page: size.length, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
  }
  return { words, size };
}

/** Renders every page to PNG at 50 dpi (pdftoppm) and returns the files in page order. */
export function renderPages(file: string): string[] {
  const prefix = file.replace(/\.pdf$/, '-seite');
  execFileSync('pdftoppm', ['-png', '-r', '50', file, prefix]);
  const dir = path.dirname(file);
  return readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}

export const readFile = (f: string) => readFileSync(f);
