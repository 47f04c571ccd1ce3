/**
 * Where the headings will land, measured while the builder's preview rests, so that
 * „PDF speichern“ goes straight to printing: the measurement (paginate.ts) is a second of
 * synchronous layout for a long report, and the user would wait for it after the click.
 * It runs once the preview has been unchanged and the user has not touched mouse, keys or
 * wheel for a moment, and no list is open: it blocks the page for up to a second. Any
 * change to the report afterwards (new figures, another selection, the page numbers put
 * in) discards it; then the page measures at the click as before. The printer still
 * checks the printed outline, so a stale number could cost a second print, never a wrong one.
 */
import { useCallback, useEffect, useRef } from 'react';
import { measureHeadingPages } from './paginate';

/** How long the preview must stay unchanged, and the user's hands still, before it is measured. */
export const PREMEASURE_QUIET_MS = 2000;

/** Input that says the user is busy with the page: the measurement waits for quiet again. */
const USER_INPUT = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'scroll'] as const;

interface Premeasured {
  report: Element;
  ids: readonly string[];
  pages: Map<string, number>;
}

/** `<html data-report-premeasured>` while a measurement is held: for the tests and the benchmark. */
function hold(m: Premeasured | null, into: { current: Premeasured | null }) {
  into.current = m;
  if (m) document.documentElement.dataset.reportPremeasured = 'true';
  else delete document.documentElement.dataset.reportPremeasured;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** When the browser has a free moment (no deadline: it does not push in between the page's own work). */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run);
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

/**
 * `ready`: the preview is drawn. `allowed`: it may be measured now (not while a PDF is made;
 * a measurement taken before stays good while nothing changes, which is watched throughout).
 * Returns `take(ids)`: the measured pages for exactly these headings, if the report has not
 * changed since; each measurement is given out once.
 */
export function usePremeasuredPages(ready: boolean, allowed: boolean, ids: readonly string[]): (ids: readonly string[]) => Map<string, number> | undefined {
  const measured = useRef<Premeasured | null>(null);
  const mayMeasure = useRef(allowed);
  const scheduleRef = useRef<(() => void) | null>(null);
  useEffect(() => {
    hold(null, measured);
    const report = ready ? document.querySelector('.report') : null;
    if (!report) return;
    let cancel = () => undefined as void;
    const schedule = () => {
      cancel();
      const timer = setTimeout(() => (cancel = whenIdle(measure)), PREMEASURE_QUIET_MS);
      cancel = () => clearTimeout(timer);
    };
    const measure = () => {
      if (!mayMeasure.current || measured.current) return;
      // Charts still drawing or fonts loading (the preview is not final), or a list open.
      if (document.documentElement.dataset.reportReady !== 'true' || document.querySelector('[aria-haspopup="listbox"][aria-expanded="true"]'))
        return schedule();
      const pages = measureHeadingPages(ids);
      // The measurement's own changes (its layout variables on the report) are no change.
      observer.takeRecords();
      hold({ report, ids, pages }, measured);
    };
    const observer = new MutationObserver(() => {
      hold(null, measured);
      schedule();
    });
    observer.observe(report, { subtree: true, childList: true, characterData: true, attributes: true });
    // Only while a measurement is still to come: afterwards input costs nothing.
    const postpone = () => {
      if (!measured.current && mayMeasure.current) schedule();
    };
    for (const type of USER_INPUT) window.addEventListener(type, postpone, { capture: true, passive: true });
    scheduleRef.current = schedule;
    schedule();
    return () => {
      for (const type of USER_INPUT) window.removeEventListener(type, postpone, { capture: true });
      observer.disconnect();
      cancel();
      scheduleRef.current = null;
      hold(null, measured);
    };
  }, [ready, ids]);
  // Allowed again (the PDF is made): measure anew once the preview rests.
  useEffect(() => {
    mayMeasure.current = allowed;
    if (allowed) scheduleRef.current?.();
  }, [allowed]);
  return useCallback((wanted) => {
    const m = measured.current;
    hold(null, measured);
    // The same report element, unchanged, and the same headings.
    if (!m || document.querySelector('.report') !== m.report || !sameIds(m.ids, wanted)) return undefined;
    return m.pages;
  }, []);
}
