import { describe, expect, it, vi } from 'vitest';
import { checkInvocation } from '../../electron/ipc/handle';
import { createHandlers } from '../../electron/ipc/handlers';
import { previewQueryScript, printReportPdf, printRoute, READY_CHECK, TOC_ESTIMATE, tocCheckScript, type PrintWindow } from '../../electron/printToPdf';
import { printWindowOptions, secureWebPreferences } from '../../electron/windows';
import { electronPrintOptions } from '../../renderer/domain/report/printOptions';
import { pdfTextString } from '../../renderer/domain/report/pdfInfo';

const APP = 'app://ikz-planer/index.html';
const request = {
  query: 'quelle=meeting&termin=abc-1&szenario=basis&beispiele=1',
  suggestedName: 'Bericht.pdf',
  title: 'Bürgermeisterkonferenz',
  author: 'Erika',
  subject: 'IKZ',
};

/** A PDF as Chromium prints it, with one outline entry on page 2. */
function printed(): Uint8Array {
  const body =
    '%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)>>\nendobj\n2 0 obj\n<</Type /Pages\n/Kids [3 0 R 4 0 R]>>\nendobj\n3 0 obj\n<</Type /Page\n/Parent 2 0 R>>\nendobj\n4 0 obj\n<</Type /Page\n/Parent 2 0 R>>\nendobj\n' +
    '5 0 obj\n<</Title (Zusammenfassung)\n/Dest [4 0 R /XYZ 50 780 0]>>\nendobj\n';
  return Uint8Array.from(`${body}xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 6\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${body.length}\n%%EOF`, (c) =>
    c.charCodeAt(0),
  );
}

/** A print window whose page measured its headings right (or, with `measuredWrong`, not); in place its preview shows `previewQuery`. */
function fakeWindow(readyAfter = 2, measuredWrong = false, previewQuery: () => string | null = () => request.query) {
  let checks = 0;
  const scripts: string[] = [];
  /** Per print: the TOC calls made before it. */
  const passes: number[] = [];
  const win = {
    webContents: {
      executeJavaScript: vi.fn(async (code: string) => {
        scripts.push(code);
        if (code === READY_CHECK) return ++checks >= readyAfter;
        if (code === TOC_ESTIMATE) return true;
        if (code === previewQueryScript) return previewQuery();
        if (code.startsWith('window.__ikzReportToc(')) return measuredWrong && passes.length === 1;
        return undefined;
      }),
      printToPDF: vi.fn(async () => {
        passes.push(scripts.filter((s) => s.startsWith('window.__ikzReportToc(')).length);
        return printed();
      }),
    },
    destroy: vi.fn(),
  } satisfies PrintWindow;
  return { win, scripts, passes };
}

describe('printing the report in the hidden window', () => {
  it('opens the print route, waits for the figures, has the page measure its TOC, prints once with the shared options, checks the outline and sets the document information', async () => {
    const { win, scripts, passes } = fakeWindow();
    const routes: string[] = [];
    const open = async (route: string) => {
      routes.push(route);
      return win;
    };
    const result = await printReportPdf({ openPrintWindow: open, sleep: async () => undefined }, request);
    // the window opens straight on the print route
    expect(routes).toEqual([`#/bericht/druck?${request.query}`]);
    // measured after the figures are ready, and printed only once the page is ready again
    const estimateAt = scripts.indexOf(TOC_ESTIMATE);
    expect(scripts.slice(0, estimateAt)).toContain(READY_CHECK);
    expect(scripts.slice(estimateAt + 1)).toContain(READY_CHECK);
    expect(win.webContents.printToPDF.mock.calls).toEqual([[electronPrintOptions()]]);
    expect(passes).toEqual([1]);
    // the printed outline goes back to the page, which found its numbers right
    expect(scripts).toContain(tocCheckScript([{ title: 'Zusammenfassung', page: 2 }]));
    expect(tocCheckScript([{ title: 'Zusammenfassung', page: 2 }])).toBe('window.__ikzReportToc([{"title":"Zusammenfassung","page":2}])');
    const text = String.fromCharCode(...result.pdf);
    expect(text).toContain(`/Author ${pdfTextString('Erika')}`);
    expect(text).toContain(`/Title ${pdfTextString('Bürgermeisterkonferenz')}`);
    expect(result.pages).toBe(2);
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('prints a second time, after the page is ready again, when a heading landed elsewhere than measured', async () => {
    const { win, scripts, passes } = fakeWindow(2, true);
    const result = await printReportPdf({ openPrintWindow: async () => win, sleep: async () => undefined }, request);
    expect(win.webContents.printToPDF.mock.calls).toEqual([[electronPrintOptions()], [electronPrintOptions()]]);
    expect(passes).toEqual([1, 2]);
    const checkAt = scripts.findIndex((s) => s.startsWith('window.__ikzReportToc('));
    expect(scripts.slice(checkAt + 1)).toContain(READY_CHECK);
    expect(String.fromCharCode(...result.pdf)).toContain(`/Title ${pdfTextString('Bürgermeisterkonferenz')}`);
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('prints the builder’s preview in the asking window where it is: no new window, nothing destroyed, same steps', async () => {
    const { win, scripts, passes } = fakeWindow();
    const hidden = fakeWindow();
    const openPrintWindow = vi.fn(async () => hidden.win);
    const result = await printReportPdf({ openPrintWindow, askingWindow: () => win, sleep: async () => undefined }, { ...request, inPlace: true });
    expect(openPrintWindow).not.toHaveBeenCalled();
    expect(win.destroy).not.toHaveBeenCalled();
    expect(scripts.indexOf(TOC_ESTIMATE)).toBeGreaterThan(0);
    expect(passes).toEqual([1]);
    expect(String.fromCharCode(...result.pdf)).toContain(`/Author ${pdfTextString('Erika')}`);
    // Without an asking window (or for a contract) the hidden window prints as before.
    const fallback = await printReportPdf({ openPrintWindow, askingWindow: () => null, sleep: async () => undefined }, { ...request, inPlace: true });
    expect(fallback.pages).toBe(2);
    expect(openPrintWindow).toHaveBeenCalledTimes(1);
    expect(hidden.win.destroy).toHaveBeenCalledTimes(1);
  });

  it('in place, refuses to print a preview that shows another selection than asked for, and a second export while one runs', async () => {
    let shown = request.query;
    const { win } = fakeWindow(2, false, () => shown);
    const deps = { openPrintWindow: vi.fn(), askingWindow: () => win, sleep: async () => undefined };
    // The selection changed after the click: nothing is printed.
    win.webContents.executeJavaScript.mockImplementationOnce(async () => request.query);
    shown = 'quelle=areas&szenario=basis';
    await expect(printReportPdf(deps, { ...request, inPlace: true })).rejects.toThrow(/andere Auswahl/);
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    // One at a time per window; afterwards the window may print again.
    shown = request.query;
    const first = printReportPdf(deps, { ...request, inPlace: true });
    await expect(printReportPdf(deps, { ...request, inPlace: true })).rejects.toThrow(/gerade als PDF erstellt/);
    await expect(first).resolves.toMatchObject({ pages: 2 });
    await expect(printReportPdf(deps, { ...request, inPlace: true })).resolves.toMatchObject({ pages: 2 });
    expect(deps.openPrintWindow).not.toHaveBeenCalled();
  });

  it('gives up with a German message when the report never gets ready, and closes the window', async () => {
    const { win } = fakeWindow(Number.POSITIVE_INFINITY);
    await expect(printReportPdf({ openPrintWindow: async () => win, sleep: async () => undefined, timeoutMs: 5 }, request)).rejects.toThrow(
      /Zeitüberschreitung/,
    );
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('refuses a query that could leave the route', () => {
    expect(() => printRoute('a");alert(1);("')).toThrow();
    expect(() => printRoute('x=1#/einstellungen')).toThrow();
    expect(checkInvocation('exportReportPdf', APP, [{ ...request, query: 'a";x' }])).toMatchObject({ ok: false });
    expect(checkInvocation('exportReportPdf', APP, [{ ...request, suggestedName: '../Bericht.pdf' }])).toMatchObject({ ok: false });
    expect(checkInvocation('exportReportPdf', APP, [{ ...request, suggestedName: 'Bericht.exe' }])).toMatchObject({ ok: false });
    expect(checkInvocation('exportReportPdf', 'https://example.org', [request])).toMatchObject({ ok: false });
    expect(checkInvocation('exportReportPdf', APP, [request])).toMatchObject({ ok: true });
    expect(checkInvocation('exportReportPdf', APP, [{ ...request, inPlace: true }])).toMatchObject({ ok: true });
    expect(checkInvocation('exportReportPdf', APP, [{ ...request, inPlace: 'yes' }])).toMatchObject({ ok: false });
  });

  it('prints a contract draft on its own print route, with an id that cannot leave it', () => {
    const id = '0b7c6a8e-2f0d-4c1e-9a53-6f1d2e3c4b5a';
    expect(printRoute('', id)).toBe(`#/vertraege/${id}/druck?`);
    expect(() => printRoute('', '../../einstellungen')).toThrow();
    expect(() => printRoute('', `${id}");alert(1);("`)).toThrow();
    expect(checkInvocation('exportReportPdf', APP, [{ ...request, contractId: id }])).toMatchObject({ ok: true });
    // A contract is never printed in place: it has its own print route.
    expect(checkInvocation('exportReportPdf', APP, [{ ...request, contractId: id, inPlace: true }])).toMatchObject({ ok: false });
    expect(checkInvocation('exportReportPdf', APP, [{ ...request, contractId: `${id}/../x` }])).toMatchObject({ ok: false });
    // The ready check accepts both print routes and nothing else.
    const ready = (hash: string) =>
      new Function('location', 'document', `return ${READY_CHECK}`)({ hash }, { documentElement: { dataset: { reportReady: 'true' } } });
    expect(ready('#/bericht/druck?a=1')).toBe(true);
    // The builder, whose preview is printed in place.
    expect(ready('#/bericht?quelle=meeting')).toBe(true);
    expect(ready('#/berichte?x')).toBe(false);
    expect(ready('#/einstellungen')).toBe(false);
    expect(ready(`#/vertraege/${id}/druck?`)).toBe(true);
    expect(ready(`#/vertraege/${id}`)).toBe(false);
    expect(ready('#/einstellungen')).toBe(false);
  });

  it('uses a hidden window with exactly the main window’s secure preferences', () => {
    const options = printWindowOptions('/app/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
  });
});

describe('the export handler', () => {
  function deps(overrides: Record<string, unknown> = {}) {
    return {
      dialog: { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/k/Dokumente/Bericht April' })), showOpenDialog: vi.fn() },
      openLink: vi.fn(),
      fs: { writeFile: vi.fn(async () => undefined) },
      window: () => null,
      version: '0.1.0',
      platform: 'linux',
      documentsDir: '/home/k/Dokumente',
      backupsDir: '/x',
      printReport: vi.fn(async () => ({ pdf: new Uint8Array([37, 80]), pages: 12 })),
      openPath: vi.fn(async () => ''),
      ...overrides,
    } as unknown as Parameters<typeof createHandlers>[0];
  }

  it('prints, asks where to save, writes a .pdf and can open exactly that file afterwards', async () => {
    const d = deps();
    const h = createHandlers(d);
    expect(await h.openSavedReport()).toBe(false);
    expect(await h.exportReportPdf(request)).toEqual({ status: 'saved', fileName: 'Bericht April.pdf', pages: 12 });
    expect(d.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: '/home/k/Dokumente/Bericht.pdf',
      filters: [{ name: 'PDF-Dokument', extensions: ['pdf'] }],
    });
    expect(d.fs.writeFile).toHaveBeenCalledWith('/home/k/Dokumente/Bericht April.pdf', new Uint8Array([37, 80]));
    expect(await h.openSavedReport()).toBe(true);
    expect(d.openPath).toHaveBeenCalledWith('/home/k/Dokumente/Bericht April.pdf');
  });

  it('writes nothing when the user cancels, and says in German when printing fails', async () => {
    const cancelled = deps({ dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true })), showOpenDialog: vi.fn() } });
    expect(await createHandlers(cancelled).exportReportPdf(request)).toEqual({ status: 'cancelled' });
    expect(cancelled.fs.writeFile).not.toHaveBeenCalled();
    const failing = deps({ printReport: vi.fn(async () => Promise.reject(new Error('Der Bericht wurde nicht rechtzeitig fertig.'))) });
    const result = await createHandlers(failing).exportReportPdf(request);
    expect(result).toMatchObject({ status: 'failed' });
    expect((result as { message: string }).message).toBe(
      'Das PDF konnte nicht erstellt werden. Der Bericht wurde nicht rechtzeitig fertig. Bitte versuchen Sie es erneut.',
    );
    // A reason that asks for something itself is not followed by a second „Bitte“.
    const changed = deps({
      printReport: vi.fn(async () => Promise.reject(new Error('Der Bericht zeigt eine andere Auswahl. Bitte „PDF speichern“ noch einmal wählen.'))),
    });
    expect(await createHandlers(changed).exportReportPdf(request)).toEqual({
      status: 'failed',
      message: 'Das PDF konnte nicht erstellt werden. Der Bericht zeigt eine andere Auswahl. Bitte „PDF speichern“ noch einmal wählen.',
    });
    expect(failing.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
