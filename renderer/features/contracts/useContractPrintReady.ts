/**
 * The print route's „ready“ signal, as the report gives it (features/report/useReportReady):
 * `<html data-report-ready="true">` once the data are in and the fonts are loaded, so
 * electron/printToPdf.ts prints a draft exactly like the report. A draft has no table of
 * contents to fill in: the printer's hook (`window.__ikzReportToc`) answers that nothing
 * changed once the signal is there, so the shared printer needs no contract branch and
 * prints a draft once.
 */
import { useEffect } from 'react';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function useContractPrintReady(ready: boolean, version: unknown): void {
  useEffect(() => {
    const root = document.documentElement;
    delete root.dataset.reportReady;
    if (!ready) return;
    let cancelled = false;
    void (async () => {
      await document.fonts.ready;
      await pause(50);
      if (!cancelled) root.dataset.reportReady = 'true';
    })();
    const w = window as { __ikzReportToc?: (outline?: unknown) => Promise<boolean> };
    w.__ikzReportToc = async () => {
      for (let i = 0; i < 400 && root.dataset.reportReady !== 'true'; i++) await pause(25);
      return false;
    };
    return () => {
      cancelled = true;
      delete root.dataset.reportReady;
      delete w.__ikzReportToc;
    };
  }, [ready, version]);
}
