/**
 * Keeps an element's height on screen while its content leaves the screen layout for a
 * while (the report measured as a row of A4 columns; the preview resting while its PDF is
 * made). Otherwise the page gets shorter, the browser clamps the scroll position or follows
 * an element up the page (scroll anchoring), and the reader loses their place. Screen only
 * (report.css): on paper the height would add blank pages. Returns the undo; an element
 * kept already stays kept until its first keeper lets go.
 */
export function keepScreenHeight(element: HTMLElement): () => void {
  if (element.dataset.keepHeight) return () => undefined;
  element.style.setProperty('--kept-height', `${element.offsetHeight}px`);
  element.dataset.keepHeight = 'true';
  return () => {
    delete element.dataset.keepHeight;
    element.style.removeProperty('--kept-height');
  };
}
