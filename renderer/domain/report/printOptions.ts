/**
 * The print options of the report, in one place for both printers: Electron's
 * `webContents.printToPDF` (the app) and Playwright's `page.pdf` (the tests and the
 * benchmark), so what is tested is what the app prints. Every option is passed
 * explicitly: the two have different defaults (Electron: Letter and 1 cm margins;
 * Playwright: Letter and no margins; both: no tags, no outline, no backgrounds).
 * Pure data, no Electron import: main (electron/printToPdf.ts), the tests and the report's
 * `@page` rule all read it.
 */

/** Page margins in millimetres; the report's `@page` rule uses the same (reportPageCss). */
export const REPORT_MARGINS_MM = { top: 18, right: 16, bottom: 22, left: 18 } as const;

/** What both printers agree on, in their common vocabulary. */
export const REPORT_PRINT = {
  paper: 'A4',
  landscape: false,
  printBackground: true,
  // Chromium's own header and footer stay off: "Seite X von Y" and the title come from
  // the CSS page margin boxes, which keep the bundled font and the tags.
  displayHeaderFooter: false,
  // The @page rule decides size and margins; the margins below are the same values.
  preferCSSPageSize: true,
  scale: 1,
  pageRanges: '',
  tagged: true,
  outline: true,
} as const;

const MM_PER_INCH = 25.4;
const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 10_000) / 10_000;

/** Options for Electron's `webContents.printToPDF` (margins in inches). */
export function electronPrintOptions() {
  const m = REPORT_MARGINS_MM;
  return {
    pageSize: REPORT_PRINT.paper,
    landscape: REPORT_PRINT.landscape,
    printBackground: REPORT_PRINT.printBackground,
    displayHeaderFooter: REPORT_PRINT.displayHeaderFooter,
    headerTemplate: '<span></span>',
    footerTemplate: '<span></span>',
    preferCSSPageSize: REPORT_PRINT.preferCSSPageSize,
    scale: REPORT_PRINT.scale,
    pageRanges: REPORT_PRINT.pageRanges,
    margins: { top: inches(m.top), right: inches(m.right), bottom: inches(m.bottom), left: inches(m.left) },
    generateTaggedPDF: REPORT_PRINT.tagged,
    generateDocumentOutline: REPORT_PRINT.outline,
  };
}

/** Options for Playwright's `page.pdf` (margins with units). */
export function playwrightPdfOptions() {
  const m = REPORT_MARGINS_MM;
  return {
    format: REPORT_PRINT.paper,
    landscape: REPORT_PRINT.landscape,
    printBackground: REPORT_PRINT.printBackground,
    displayHeaderFooter: REPORT_PRINT.displayHeaderFooter,
    headerTemplate: '<span></span>',
    footerTemplate: '<span></span>',
    preferCSSPageSize: REPORT_PRINT.preferCSSPageSize,
    scale: REPORT_PRINT.scale,
    pageRanges: REPORT_PRINT.pageRanges,
    margin: { top: `${m.top}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm` },
    tagged: REPORT_PRINT.tagged,
    outline: REPORT_PRINT.outline,
  };
}

const PX_PER_MM = 96 / 25.4;
const A4_MM = { width: 210, height: 297 } as const;

/**
 * A printed report page in CSS pixels, as Chromium lays it out: it hands the page size and
 * each margin to layout as whole pixels, so the text area of A4 with the margins above is
 * 666 × 972 px, not the 657.6 × 971.3 px of 174 × 257 mm. Measuring the pages on screen
 * (features/report/paginate.ts) with the millimetres wrapped lines 1.3 % narrower than on
 * paper, which could move a heading to another page.
 * test/e2e/reportTextArea.test.ts checks these figures against a real print.
 */
function printedPagePx() {
  const m = REPORT_MARGINS_MM;
  const px = (mm: number) => Math.round(mm * PX_PER_MM);
  return { width: px(A4_MM.width), height: px(A4_MM.height), top: px(m.top), right: px(m.right), bottom: px(m.bottom), left: px(m.left) };
}

/** The text area of a printed report page in CSS pixels (printedPagePx). */
export function printedTextAreaPx(): { width: number; height: number } {
  const p = printedPagePx();
  return { width: p.width - p.left - p.right, height: p.height - p.top - p.bottom };
}

/**
 * The screen preview's sheet: the page and its margins in the same whole pixels, so the
 * preview wraps lines as the paper does. Not while the page is measured as paper
 * (report.css, `data-report-pass`); :where keeps the specificity low.
 */
export function reportSheetCss(): string {
  const p = printedPagePx();
  return `@media screen { :where(:root:not([data-report-pass^='measure'])) .report { width: ${p.width}px; padding: ${p.top}px ${p.right}px ${p.bottom}px ${p.left}px; } }`;
}

/** The `@page` rule of the report: A4 portrait, the margins above, footer in the margin boxes. */
export function reportPageCss(footerTitle: string): string {
  const m = REPORT_MARGINS_MM;
  return [
    `@page { size: A4 portrait; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`,
    `@bottom-left { content: ${cssString(footerTitle)}; font-family: 'Noto Sans', sans-serif; font-size: 8pt; color: #333; vertical-align: top; padding-top: 4mm; }`,
    `@bottom-right { content: "Seite " counter(page) " von " counter(pages); font-family: 'Noto Sans', sans-serif; font-size: 8pt; color: #333; vertical-align: top; padding-top: 4mm; } }`,
  ].join('\n');
}

/** A CSS string literal: quotes, backslashes and line breaks escaped, so no text can end the rule. */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\n\r\f]/g, ' ')
    .replace(/[<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
