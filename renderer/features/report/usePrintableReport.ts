/**
 * Makes the report on a page printable by main (electron/printToPdf.ts): the "figures
 * ready" signal, and the table of contents' page numbers, measured on request or taken
 * from a printed outline. The print route uses it in the hidden print window (`paper`:
 * from then on only printed); the builder uses it for its preview, which „PDF speichern“
 * prints where it is, so nothing loads the app a second time.
 */
import { useCallback, useRef, useState } from 'react';
import { tocPageNumbers, type TocEntry } from '../../domain/report/toc';
import { measureHeadingPages, samePages } from './paginate';
import { useReportReady, useTocReceiver } from './useReportReady';

const NO_PAGES: ReadonlyMap<string, number> = new Map();

export function usePrintableReport(ready: boolean, toc: readonly TocEntry[], { paper }: { paper: boolean }) {
  const [tocPages, setTocPages] = useState(NO_PAGES);
  // The numbers shown, for the receiver to compare with (only it and `clearPages` set them).
  const shown = useRef(tocPages);
  useTocReceiver(
    useCallback(
      (outline) => {
        const pages = outline ? tocPageNumbers(toc, outline) : measureHeadingPages(toc.map((e) => e.id));
        if (samePages(pages, shown.current)) return false;
        shown.current = pages;
        setTocPages(pages);
        return true;
      },
      [toc],
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
