/**
 * Where each heading of the report will land on paper, measured on screen so the report
 * is printed once instead of twice (electron/printToPdf.ts). For one synchronous layout
 * the report becomes a row of columns exactly as wide and as high as the A4 text area
 * (report.css, `data-report-pass="measure"`): Chromium fragments columns with the same
 * rules as pages (break-inside: avoid, orphans and widows, repeated table headers), so a
 * heading's column is its page. The printer still checks the printed outline and prints
 * again in the rare case the numbers differ, so the table of contents stays exact.
 */
import { REPORT_MARGINS_MM } from '../../domain/report/printOptions';

const A4_MM = { width: 210, height: 297 } as const;
/** Chromium shrinks a document wider than the paper by at most this much (and clips the rest). */
const MAX_SHRINK = 2;

/**
 * How much wider than the text area the report is laid out on paper: Chromium lays a
 * document whose content is wider than the page (a wide table) out on a proportionally
 * larger page and shrinks it to fit, which also makes every page taller in layout terms.
 */
function paperScale(report: HTMLElement): number {
  const box = report.getBoundingClientRect();
  if (box.width <= 0) return 1;
  let right = box.right;
  for (const wide of report.querySelectorAll('table')) right = Math.max(right, wide.getBoundingClientRect().right);
  return Math.min(Math.max((right - box.left) / box.width, 1), MAX_SHRINK);
}

/** Page (1-based) per heading id; ids without an element on the page are left out. */
export function measureHeadingPages(ids: readonly string[]): Map<string, number> {
  const report = document.querySelector<HTMLElement>('.report');
  const pages = new Map<string, number>();
  if (!report) return pages;
  const root = document.documentElement;
  const m = REPORT_MARGINS_MM;
  const width = A4_MM.width - m.left - m.right;
  const height = A4_MM.height - m.top - m.bottom;
  try {
    // First as one page wide, to see whether anything is wider than the paper.
    root.dataset.reportPass = 'measure-width';
    report.style.setProperty('--report-page-width', `${width}mm`);
    const scale = paperScale(report);
    root.dataset.reportPass = 'measure';
    report.style.setProperty('--report-page-width', `${width * scale}mm`);
    report.style.setProperty('--report-page-height', `${height * scale}mm`);
    const box = report.getBoundingClientRect();
    if (box.width <= 0) return pages;
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
  }
}

/** Same pages for the same entries (a map's order does not matter). */
export function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, page] of a) if (b.get(id) !== page) return false;
  return true;
}
