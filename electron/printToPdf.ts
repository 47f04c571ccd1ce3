/**
 * The report as PDF in the main process: a hidden window with the same secure
 * preferences opens the app, moves to the report's print route, waits for its "figures
 * ready" signal, prints twice (the first print, headings only, tells on which page each
 * heading landed; the second shows those numbers in the table of contents) and sets the document
 * information. Electron's modules are injected, so this runs in unit tests.
 */
import type { ReportPdfRequest } from './ipc/contract';
import { electronPrintOptions } from '../renderer/domain/report/printOptions';
import { outlineEntries, pdfPageCount } from '../renderer/domain/report/pdfOutline';
import { withDocumentInfo } from '../renderer/domain/report/pdfInfo';

export interface PrintWindow {
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: ReturnType<typeof electronPrintOptions>): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface PrintDeps {
  /** A hidden window built from printWindowOptions, with the app loaded (loadApp). */
  openPrintWindow(): Promise<PrintWindow>;
  sleep?(ms: number): Promise<void>;
  /** How long the report may take to load and draw (a 60-proposal report on a slow laptop). */
  timeoutMs?: number;
}

/** The hash route of the report (or of a contract draft); query and id were validated by the IPC contract. */
export function printRouteScript(query: string, contractId?: string): string {
  if (!/^[\w.,=&%-]*$/.test(query)) throw new Error('invalid report query');
  if (contractId !== undefined && !/^[0-9a-f-]{36}$/i.test(contractId)) throw new Error('invalid contract id');
  const route = contractId === undefined ? `#/bericht/druck?${query}` : `#/vertraege/${contractId}/druck?${query}`;
  return `location.replace(${JSON.stringify(route)})`;
}

/**
 * The first pass only has to tell where the headings land: everything else is laid out
 * but not painted (visibility keeps the layout, report.css), which makes it cheaper.
 */
export const LAYOUT_PASS_ON = `document.documentElement.dataset.reportPass = 'layout'`;
export const LAYOUT_PASS_OFF = `delete document.documentElement.dataset.reportPass`;

export const READY_CHECK = `/^#\\/(bericht|vertraege\\/[\\w-]+)\\/druck/.test(location.hash) && document.documentElement.dataset.reportReady === 'true'`;

async function waitUntilReady(win: PrintWindow, deps: PrintDeps): Promise<void> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const deadline = Date.now() + (deps.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if ((await win.webContents.executeJavaScript(READY_CHECK)) === true) return;
    await sleep(50);
  }
  throw new Error('Der Bericht wurde nicht rechtzeitig fertig (Zeitüberschreitung beim Laden der Zahlen).');
}

export async function printReportPdf(deps: PrintDeps, request: ReportPdfRequest): Promise<{ pdf: Uint8Array; pages: number }> {
  const win = await deps.openPrintWindow();
  try {
    await win.webContents.executeJavaScript(printRouteScript(request.query, request.contractId));
    await waitUntilReady(win, deps);
    const options = electronPrintOptions();
    await win.webContents.executeJavaScript(LAYOUT_PASS_ON);
    const first = await win.webContents.printToPDF(options);
    await win.webContents.executeJavaScript(LAYOUT_PASS_OFF);
    const outline = outlineEntries(first);
    await win.webContents.executeJavaScript(`window.__ikzReportToc(${JSON.stringify(outline)})`);
    await waitUntilReady(win, deps);
    const second = await win.webContents.printToPDF(options);
    const pdf = withDocumentInfo(second, { title: request.title, author: request.author, subject: request.subject });
    return { pdf, pages: pdfPageCount(pdf) };
  } finally {
    win.destroy();
  }
}
