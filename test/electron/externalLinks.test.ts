import { describe, expect, it, vi } from 'vitest';
import { confirmLinkByDialog, createLinkOpener, linkDialogOptions } from '../../electron/externalLinks';

const HOSTILE = [
  'http://example.org/',
  'javascript:alert(1)',
  'file:///C:/Windows/System32/calc.exe',
  'smb://server/share',
  'ms-settings:',
  'https://user:pw@example.org/',
  'app://ikz-planer/index.html',
  '',
  42,
  null,
  { toString: () => 'https://example.org/' },
  'https://example.org/' + 'a'.repeat(5000),
];

function setup(answer: boolean) {
  const order: string[] = [];
  const shell = { openExternal: vi.fn(async (url: string) => void order.push(`open ${url}`)) };
  const confirm = vi.fn(async (url: string) => (order.push(`confirm ${url}`), answer));
  return { open: createLinkOpener(shell, confirm), shell, confirm, order };
}

describe('external links', () => {
  it('open an https address only after the user confirmed that very address', async () => {
    const { open, order } = setup(true);
    expect(await open('https://www.kreis-unna.de/haushalt?jahr=2027')).toBe(true);
    expect(order).toEqual(['confirm https://www.kreis-unna.de/haushalt?jahr=2027', 'open https://www.kreis-unna.de/haushalt?jahr=2027']);
  });

  it('open nothing when the user cancels', async () => {
    const { open, shell } = setup(false);
    expect(await open('https://www.kreis-unna.de/')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuse plain http and every other scheme without even asking', async () => {
    const { open, shell, confirm } = setup(true);
    for (const url of HOSTILE) expect(await open(url), String(url)).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('show and open look-alike hosts as punycode, so the dialog shows what really opens', async () => {
    const { open, order } = setup(true);
    await open('https://kreis-unnа.de/'); // Cyrillic "а"
    expect(order).toEqual(['confirm https://xn--kreis-unn-8yh.de/', 'open https://xn--kreis-unn-8yh.de/']);
  });

  it('ask one question at a time: a second link while the dialog is open is refused', async () => {
    let answer: (ok: boolean) => void = () => undefined;
    const shell = { openExternal: vi.fn(async () => undefined) };
    const confirm = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const open = createLinkOpener(shell, confirm);
    const first = open('https://example.org/a');
    expect(await open('https://example.org/b')).toBe(false);
    answer(true);
    expect(await first).toBe(true);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(shell.openExternal.mock.calls).toEqual([['https://example.org/a']]);
    const third = open('https://example.org/c');
    answer(false);
    expect(await third).toBe(false);
  });

  it('report failure instead of throwing when the dialog or the OS fails', async () => {
    const failing = createLinkOpener({ openExternal: vi.fn(async () => Promise.reject(new Error('no browser'))) }, async () => true);
    expect(await failing('https://example.org/')).toBe(false);
    const noDialog = createLinkOpener({ openExternal: vi.fn() }, async () => Promise.reject(new Error('closed')));
    expect(await noDialog('https://example.org/')).toBe(false);
  });
});

describe('link confirmation dialog', () => {
  it('asks in German, shows the full address, and defaults to „Abbrechen“', () => {
    expect(linkDialogOptions('https://example.org/a?b=c')).toStrictEqual({
      type: 'question',
      title: 'Link öffnen',
      message: 'Diese Adresse im Browser öffnen?',
      detail: 'https://example.org/a?b=c',
      buttons: ['Öffnen', 'Abbrechen'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
  });

  it('confirms only when „Öffnen“ was chosen, attached to the main window when there is one', async () => {
    const win = { id: 1 };
    for (const [response, expected] of [
      [0, true],
      [1, false],
      [2, false],
    ] as const) {
      const dialog = { showMessageBox: vi.fn(async () => ({ response, checkboxChecked: false })) };
      expect(await confirmLinkByDialog(dialog as never, () => win as never)('https://example.org/')).toBe(expected);
      expect(dialog.showMessageBox).toHaveBeenCalledWith(win, linkDialogOptions('https://example.org/'));
    }
    const dialog = { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) };
    expect(await confirmLinkByDialog(dialog as never, () => null)('https://example.org/')).toBe(true);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(linkDialogOptions('https://example.org/'));
  });
});
