/**
 * The "figures ready" signal of the print route. Main (electron/printToPdf.ts) and the
 * tests print only once data are loaded, fonts are in and every chart has drawn its axes:
 * `<html data-report-ready="true">`. Then `window.__ikzReportToc()` puts the measured page
 * numbers into the table of contents, and `window.__ikzReportToc(outline)` checks them
 * against the outline of the print (and corrects them in the rare case they differ).
 */
import { useEffect } from 'react';
import type { OutlineEntry } from '../../domain/report/pdfOutline';

declare global {
  interface Window {
    /**
     * The printer's hook: without an outline the page measures where its headings will land
     * (paginate.ts), with the outline of a print it takes the pages from there. Resolves
     * true when the numbers changed and are on screen (print again), false when they stood.
     */
    __ikzReportToc?: (outline?: OutlineEntry[]) => Promise<boolean>;
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** True when every chart block of the report has drawn (axes are there). */
function chartsDrawn(): boolean {
  return [...document.querySelectorAll('.report-chart')].every((c) => c.querySelector('svg.recharts-surface .recharts-cartesian-axis') !== null);
}

export function useReportReady(ready: boolean, version: unknown): void {
  useEffect(() => {
    const root = document.documentElement;
    delete root.dataset.reportReady;
    if (!ready) return;
    let cancelled = false;
    void (async () => {
      await document.fonts.ready;
      // Timers, not animation frames: a hidden print window may not get frames.
      for (let i = 0; i < 200 && !cancelled && !chartsDrawn(); i++) await pause(25);
      await pause(50);
      if (!cancelled) root.dataset.reportReady = 'true';
    })();
    return () => {
      cancelled = true;
      delete root.dataset.reportReady;
    };
  }, [ready, version]);
}

/**
 * Installs `window.__ikzReportToc`. `apply` sets the page numbers for an outline (or
 * measures them without one) and says whether they changed. With `paper` the page is
 * only printed from then on (the hidden print window; the builder while its PDF is made),
 * so once the numbers are taken the report leaves its screen layout (report.css) until
 * `paper` ends. Measured before that: from the screen layout, not from nothing.
 */
export function useTocReceiver(apply: (outline: OutlineEntry[] | undefined) => boolean, paper: boolean): void {
  useEffect(() => {
    window.__ikzReportToc = async (outline) => {
      const root = document.documentElement;
      // Not ready until the new numbers are rendered: the printer must not see the old signal.
      delete root.dataset.reportReady;
      const changed = apply(outline);
      // From now on the page is only printed: off screen it needs no layout (report.css).
      if (paper) root.dataset.reportPaper = 'true';
      if (!changed) {
        root.dataset.reportReady = 'true';
        return false;
      }
      // Resolve after React has committed and the ready signal is back.
      await pause(0);
      for (let i = 0; i < 400 && root.dataset.reportReady !== 'true'; i++) await pause(25);
      return true;
    };
    return () => {
      delete window.__ikzReportToc;
      if (paper) delete document.documentElement.dataset.reportPaper;
    };
  }, [apply, paper]);
}
