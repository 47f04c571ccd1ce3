/**
 * The report as PDF in the main process. The builder's preview is the report itself: a
 * request `inPlace` prints the asking window where it is (its print stylesheet leaves only
 * the report on paper), so nothing loads the app again. Otherwise (a contract draft) a
 * hidden window with the same secure preferences opens the app straight on the print
 * route (not on the Übersicht first). Either way main waits for the page's "figures ready" signal, has the page measure where its headings will land (the table of
 * contents' page numbers), prints once, checks those numbers against the printed outline
 * (and prints again only if one differs) and sets the document information. Electron's
 * modules are injected, so this runs in unit tests.
 */
import type { ReportPdfRequest } from './ipc/contract';
import { electronPrintOptions } from '../renderer/domain/report/printOptions';
import { readPrintedPdf } from '../renderer/domain/report/pdfOutline';
import { withDocumentInfo } from '../renderer/domain/report/pdfInfo';

export interface PrintWindow {
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: ReturnType<typeof electronPrintOptions>): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface PrintDeps {
  /** A hidden window built from printWindowOptions, with the app loaded on `route` (loadApp). */
  openPrintWindow(route: string): Promise<PrintWindow>;
  /** The window that asked, to print in place (never destroyed here); null if there is none. */
  askingWindow?(): Pick<PrintWindow, 'webContents'> | null;
  sleep?(ms: number): Promise<void>;
  /** How long the report may take to load and draw (a 60-proposal report on a slow laptop). */
  timeoutMs?: number;
}

/**
 * The hash route of the report (or of a contract draft). Query and id were validated by
 * the IPC contract; checked again here, since the route becomes part of the window's URL.
 */
export function printRoute(query: string, contractId?: string): string {
  if (!/^[\w.,=&%-]*$/.test(query)) throw new Error('invalid report query');
  if (contractId !== undefined && !/^[0-9a-f-]{36}$/i.test(contractId)) throw new Error('invalid contract id');
  return contractId === undefined ? `#/bericht/druck?${query}` : `#/vertraege/${contractId}/druck?${query}`;
}

/** The page measures where its headings will land and shows those numbers in the table of contents. */
export const TOC_ESTIMATE = 'window.__ikzReportToc()';
/** The page compares its numbers with the printed outline; true: they changed, print again. */
export const tocCheckScript = (outline: unknown) => `window.__ikzReportToc(${JSON.stringify(outline)})`;

/** The print routes, and the builder whose preview is printed in place. */
export const READY_CHECK = `/^#\\/(bericht(\\/druck)?([?]|$)|vertraege\\/[\\w-]+\\/druck)/.test(location.hash) && document.documentElement.dataset.reportReady === 'true'`;

/**
 * In place, the builder's preview must still show the selection asked for: the user may
 * not change it meanwhile (the builder locks its choices and stays), but should it differ,
 * main would save another report under this one's title and name.
 */
export const previewQueryScript = `document.querySelector('[data-testid=report-preview]')?.dataset.reportQuery ?? null`;
const CHANGED = 'Der Bericht auf dem Bildschirm zeigt inzwischen eine andere Auswahl. Bitte „PDF speichern“ noch einmal wählen.';

async function waitUntilReady(win: Pick<PrintWindow, 'webContents'>, deps: PrintDeps, inPlaceQuery?: string): Promise<void> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const deadline = Date.now() + (deps.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (inPlaceQuery !== undefined && (await win.webContents.executeJavaScript(previewQueryScript)) !== inPlaceQuery) throw new Error(CHANGED);
    if ((await win.webContents.executeJavaScript(READY_CHECK)) === true) return;
    await sleep(50);
  }
  throw new Error('Der Bericht wurde nicht rechtzeitig fertig (Zeitüberschreitung beim Laden der Zahlen).');
}

/** Windows printing in place right now: one report at a time per window. */
const printingInPlace = new WeakSet<object>();

export async function printReportPdf(deps: PrintDeps, request: ReportPdfRequest): Promise<{ pdf: Uint8Array; pages: number }> {
  const asking = request.inPlace && request.contractId === undefined ? (deps.askingWindow?.() ?? null) : null;
  if (asking && printingInPlace.has(asking.webContents)) throw new Error('Ein Bericht wird gerade als PDF erstellt. Bitte warten, bis er fertig ist.');
  const hidden = asking ? null : await deps.openPrintWindow(printRoute(request.query, request.contractId));
  const win = asking ?? hidden!;
  const inPlaceQuery = asking ? request.query : undefined;
  if (asking) printingInPlace.add(asking.webContents);
  try {
    await waitUntilReady(win, deps, inPlaceQuery);
    const options = electronPrintOptions();
    await win.webContents.executeJavaScript(TOC_ESTIMATE);
    await waitUntilReady(win, deps, inPlaceQuery);
    let printed = await win.webContents.printToPDF(options);
    let facts = readPrintedPdf(printed);
    // Exact in every case: should a heading have landed elsewhere than measured, the page
    // takes the printed pages and is printed once more (the numbers' space is reserved, so
    // nothing moves).
    if ((await win.webContents.executeJavaScript(tocCheckScript(facts.outline))) === true) {
      await waitUntilReady(win, deps, inPlaceQuery);
      printed = await win.webContents.printToPDF(options);
      facts = readPrintedPdf(printed);
    }
    // The document information is an incremental update: it adds no page.
    const pdf = withDocumentInfo(printed, { title: request.title, author: request.author, subject: request.subject });
    return { pdf, pages: facts.pages };
  } finally {
    hidden?.destroy();
    if (asking) printingInPlace.delete(asking.webContents);
  }
}
