/**
 * Makes the report on a page printable by main (electron/printToPdf.ts): the "figures
 * ready" signal, and the table of contents' page numbers, measured on request or taken
 * from a printed outline. The print route uses it in the hidden print window (`paper`:
 * from then on only printed); the builder uses it for its preview, which „PDF speichern“
 * prints where it is, so nothing loads the app a second time.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { tocPageNumbers, type TocEntry } from '../../domain/report/toc';
import { measureHeadingPages, samePages } from './paginate';
import { usePremeasuredPages } from './usePremeasuredPages';
import { useReportReady, useTocReceiver } from './useReportReady';

const NO_PAGES: ReadonlyMap<string, number> = new Map();

/**
 * `premeasure` (the builder's preview): measured while the page rests, so the click needs no
 * measuring (usePremeasuredPages.ts); false while its PDF is made, undefined: never.
 */
export function usePrintableReport(ready: boolean, toc: readonly TocEntry[], { paper, premeasure }: { paper: boolean; premeasure?: boolean }) {
  const [tocPages, setTocPages] = useState(NO_PAGES);
  // By value: a live query that hands out the same contents again keeps a measurement.
  const idsKey = toc.map((e) => e.id).join('\u0000');
  const ids = useMemo(() => (idsKey ? idsKey.split('\u0000') : []), [idsKey]);
  const premeasured = usePremeasuredPages(ready && premeasure !== undefined, premeasure === true, ids);
  // The numbers shown, for the receiver to compare with (only it and `clearPages` set them).
  const shown = useRef(tocPages);
  useTocReceiver(
    useCallback(
      (outline) => {
        const pages = outline ? tocPageNumbers(toc, outline) : (premeasured(ids) ?? measureHeadingPages(ids));
        if (samePages(pages, shown.current)) return false;
        shown.current = pages;
        setTocPages(pages);
        return true;
      },
      [toc, ids, premeasured],
    ),
    paper,
  );
  useReportReady(ready, tocPages);
  /** Back to no numbers: on screen they would go stale with the next change of the selection. */
  const clearPages = useCallback(() => {
    shown.current = NO_PAGES;
    setTocPages(NO_PAGES);
  }, []);
  return { tocPages, clearPages };
}
