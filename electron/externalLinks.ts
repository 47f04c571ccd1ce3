/**
 * The one place that hands a URL to the operating system. A link opens only if it is an
 * https address without credentials AND the user confirmed the exact address in a native
 * dialog: a compromised or tricked renderer cannot open anything silently.
 */
import type { BrowserWindow, Dialog, MessageBoxOptions, Shell } from 'electron';
import { isSafeExternalUrl } from './security';

/** Asks the user whether to open this (already vetted) address; true only on „Öffnen“. */
export type ConfirmLink = (url: string) => Promise<boolean>;
/** Vets, confirms and opens a link; resolves false for anything refused, never rejects. */
export type OpenLink = (url: unknown) => Promise<boolean>;

export const LINK_DIALOG_BUTTONS = ['Öffnen', 'Abbrechen'] as const;

export function linkDialogOptions(url: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Link öffnen',
    message: 'Diese Adresse im Browser öffnen?',
    detail: url,
    buttons: [...LINK_DIALOG_BUTTONS],
    // Enter, Escape and closing the dialog all mean „Abbrechen“.
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

export function confirmLinkByDialog(dialog: Pick<Dialog, 'showMessageBox'>, window: () => BrowserWindow | null): ConfirmLink {
  return async (url) => {
    const win = window();
    const options = linkDialogOptions(url);
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    return response === 0;
  };
}

export function createLinkOpener(shell: Pick<Shell, 'openExternal'>, confirm: ConfirmLink): OpenLink {
  // One question at a time: a page cannot stack dialogs so that a hurried click opens the wrong one.
  let asking = false;
  return async (value) => {
    if (!isSafeExternalUrl(value) || asking) return false;
    // The normalised form is what the dialog shows and what opens: an internationalised
    // host appears as punycode (xn--…), so a look-alike domain cannot pass as the real one.
    const url = new URL(value as string).href;
    asking = true;
    try {
      if (!(await confirm(url))) return false;
      await shell.openExternal(url);
      return true;
    } catch {
      return false;
    } finally {
      asking = false;
    }
  };
}
