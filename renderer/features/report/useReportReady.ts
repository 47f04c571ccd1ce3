/**
 * The "figures ready" signal of the print route. Main (electron/printToPdf.ts) and the
 * tests print only once data are loaded, fonts are in and every chart has drawn its axes:
 * `<html data-report-ready="true">`. They hand the outline of a first print back through
 * `window.__ikzReportToc(outline)`, which resolves once the page numbers are on screen.
 */
import { useEffect } from 'react';
import type { OutlineEntry } from '../../domain/report/pdfOutline';

declare global {
  interface Window {
    __ikzReportToc?: (outline: OutlineEntry[]) => Promise<number>;
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

/** Installs `window.__ikzReportToc` for the second print pass. */
export function useTocReceiver(apply: (outline: OutlineEntry[]) => number): void {
  useEffect(() => {
    window.__ikzReportToc = async (outline) => {
      // Not ready until the numbers are rendered: the printer must not see the old signal.
      delete document.documentElement.dataset.reportReady;
      const filled = apply(outline);
      // Resolve after React has committed and the ready signal is back.
      await pause(0);
      for (let i = 0; i < 400 && document.documentElement.dataset.reportReady !== 'true'; i++) await pause(25);
      return filled;
    };
    return () => {
      delete window.__ikzReportToc;
    };
  }, [apply]);
}
