/**
 * While the PDF is made, the preview's text leaves the screen layout (report.css): the
 * preview keeps its height meanwhile (keepScreenHeight.ts), and the reader finds the same
 * place afterwards. „PDF speichern“, disabled while busy, gets the keyboard focus back,
 * instead of it falling to the start of the page.
 */
import { useEffect, useRef } from 'react';
import { keepScreenHeight } from './keepScreenHeight';

export function useKeepPlaceWhilePrinting(busy: boolean) {
  const button = useRef<HTMLButtonElement>(null);
  const wasBusy = useRef(false);
  // A passive effect, as the one that ends paper mode (useTocReceiver): both end together.
  useEffect(() => {
    if (!busy) {
      const focusLost = document.activeElement === null || document.activeElement === document.body;
      if (wasBusy.current && focusLost) button.current?.focus({ preventScroll: true });
      wasBusy.current = false;
      return;
    }
    wasBusy.current = true;
    const preview = document.querySelector<HTMLElement>('.report-preview');
    if (!preview) return;
    const letGo = keepScreenHeight(preview);
    // The element the reader looks at, and where: printing moves the page a little anyway.
    const anchor = readingPlace(preview);
    return () => {
      letGo();
      // Once the text is back in the layout (the next frame), the same element to the same place.
      if (anchor)
        requestAnimationFrame(() => {
          if (anchor.element.isConnected) window.scrollBy(0, anchor.element.getBoundingClientRect().top - anchor.top);
        });
    };
  }, [busy]);
  return button;
}

/** The element of the preview at a third of the window's height, with its distance from the top. */
function readingPlace(preview: HTMLElement): { element: Element; top: number } | null {
  const box = preview.getBoundingClientRect();
  const element = document.elementFromPoint(box.left + Math.min(box.width / 2, 200), window.innerHeight / 3);
  if (!element || !preview.contains(element) || element === preview) return null;
  return { element, top: element.getBoundingClientRect().top };
}
