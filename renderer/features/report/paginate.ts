/**
 * Where each heading of the report will land on paper, measured on screen so the report
 * is printed once instead of twice (electron/printToPdf.ts). For one synchronous layout
 * the report becomes a row of columns exactly as wide and as high as the A4 text area as
 * Chromium prints it (printedTextAreaPx; report.css, `data-report-pass="measure"`):
 * Chromium fragments columns with the same rules as pages (break-inside: avoid, orphans
 * and widows, repeated table headers), so a heading's column is its page. The printer
 * still checks the printed outline and prints again in the rare case the numbers differ,
 * so the table of contents stays exact.
 */
import { printedTextAreaPx } from '../../domain/report/printOptions';
import { keepScreenHeight } from './keepScreenHeight';

/** Chromium shrinks a document wider than the paper by at most this much (and clips the rest). */
const MAX_SHRINK = 2;

/**
 * How much wider than the text area the report is laid out on paper: Chromium lays a
 * document whose content is wider than the page (a wide table) out on a proportionally
 * larger page and shrinks it to fit, which also makes every page taller in layout terms.
 * Read in the column layout itself (`column` is one column's box): each piece of a table
 * against the left edge of the column it stands in. Tables keep the width they have one
 * page wide, so the common case of nothing too wide costs one layout, not two.
 */
function paperScale(report: HTMLElement, column: DOMRect): number {
  if (column.width <= 0) return 1;
  let widest = column.width;
  for (const table of report.querySelectorAll('table')) {
    // One rectangle per column a table runs through (its bounding box would span them).
    for (const rect of table.getClientRects()) {
      const columnLeft = column.left + Math.floor((rect.left - column.left + 0.5) / column.width) * column.width;
      widest = Math.max(widest, rect.right - columnLeft);
    }
  }
  return Math.min(widest / column.width, MAX_SHRINK);
}

/** Page (1-based) per heading id; ids without an element on the page are left out. */
export function measureHeadingPages(ids: readonly string[]): Map<string, number> {
  const report = document.querySelector<HTMLElement>('.report');
  const pages = new Map<string, number>();
  if (!report) return pages;
  const root = document.documentElement;
  const { width, height } = printedTextAreaPx();
  const layOut = (scale: number) => {
    report.style.setProperty('--report-page-width', `${width * scale}px`);
    report.style.setProperty('--report-page-height', `${height * scale}px`);
    return report.getBoundingClientRect();
  };
  // Laid out as one row of pages the report is one page high: the page around it keeps its height.
  const letGo = report.parentElement ? keepScreenHeight(report.parentElement) : () => undefined;
  try {
    root.dataset.reportPass = 'measure';
    let box = layOut(1);
    if (box.width <= 0) return pages;
    // Something wider than the paper: laid out again on the proportionally larger page.
    const scale = paperScale(report, box);
    if (scale > 1.001) box = layOut(scale);
    for (const id of ids) {
      const rect = document.getElementById(id)?.getClientRects()[0];
      // A heading starts at its column's left edge: column k begins k column widths to the right.
      if (rect) pages.set(id, 1 + Math.round((rect.left - box.left) / box.width));
    }
    return pages;
  } finally {
    delete root.dataset.reportPass;
    report.style.removeProperty('--report-page-width');
    report.style.removeProperty('--report-page-height');
    letGo();
  }
}

/** Same pages for the same entries (a map's order does not matter). */
export function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, page] of a) if (b.get(id) !== page) return false;
  return true;
}
