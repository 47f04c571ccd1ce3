/**
 * After a dialog closes, focus goes back to the control that opened it (WCAG 2.4.3).
 *
 * Mantine's Modal returns focus only when its `opened` prop turns false; most dialogs here
 * are mounted already open and unmounted on close, and then the focus fell to <body>: a
 * keyboard user had to tab from the top of the page again. This one document-wide watcher
 * covers every dialog, also future ones: it remembers the last focused element outside any
 * dialog (the opener) and, when the focus is lost because the dialog left the page, puts
 * it back there.
 */
const DIALOG = '[role="dialog"], [role="alertdialog"]';

export function installDialogFocusReturn(doc: Document = document): () => void {
  let opener: HTMLElement | null = null;
  let focusInDialog = false;

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof doc.defaultView!.HTMLElement)) return;
    if (target.closest(DIALOG)) {
      focusInDialog = true;
    } else {
      focusInDialog = false;
      opener = target;
    }
  };

  const restore = () => {
    if (!focusInDialog) return;
    const active = doc.activeElement;
    if (active && active !== doc.body && active.isConnected) return;
    focusInDialog = false;
    if (opener?.isConnected) opener.focus({ preventScroll: true });
  };

  doc.addEventListener('focusin', onFocusIn);
  // Removing the focused element fires no event in every browser; the DOM change does.
  const observer = new doc.defaultView!.MutationObserver(restore);
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    doc.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}
