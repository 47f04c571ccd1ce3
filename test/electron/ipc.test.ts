import { describe, expect, it, vi } from 'vitest';
import { checkInvocation, registerHandlers, type Handlers } from '../../electron/ipc/handle';
import { createHandlers } from '../../electron/ipc/handlers';
import { CHANNELS } from '../../electron/ipc/channels';
import { IPC_CONTRACT } from '../../electron/ipc/contract';

const APP = 'app://ikz-planer/index.html';
const saveRequest = { suggestedName: 'sicherung.json', content: '{}', encoding: 'utf8', filters: [{ name: 'JSON', extensions: ['json'] }] };

describe('IPC invocation check', () => {
  it('accepts valid arguments from the app', () => {
    expect(checkInvocation('saveFile', APP, [saveRequest])).toEqual({ ok: true, args: [saveRequest] });
    expect(checkInvocation('getAppInfo', APP, [])).toMatchObject({ ok: true });
  });

  it('refuses foreign senders', () => {
    for (const sender of ['app://ikz-planer.evil/', 'https://example.org', undefined, 'file:///index.html']) {
      expect(checkInvocation('saveFile', sender, [saveRequest])).toMatchObject({ ok: false });
    }
  });

  it('refuses malformed arguments', () => {
    for (const args of [[], [{}], [{ ...saveRequest, suggestedName: '../../.bashrc' }], [{ ...saveRequest, encoding: 'hex' }], [saveRequest, 'extra'], ['x']]) {
      expect(checkInvocation('saveFile', APP, args)).toMatchObject({ ok: false });
    }
    expect(checkInvocation('openExternal', APP, [{ url: 'x' }])).toMatchObject({ ok: false });
  });

  it('hands the handler the validated copy, not the raw renderer object', () => {
    const raw = { ...saveRequest, filePath: '/etc/passwd', __proto__: { polluted: true } };
    const check = checkInvocation('saveFile', APP, [raw]);
    expect(check).toEqual({ ok: true, args: [saveRequest] });
    expect((check as { args: unknown[] }).args[0]).not.toBe(raw);
  });

  it('takes no path from the renderer: each operation accepts exactly these fields', () => {
    const shape = (schema: unknown): unknown => {
      const s = schema as { def: { type: string; shape?: Record<string, unknown>; items?: unknown[]; element?: unknown; innerType?: unknown } };
      if (s.def.type === 'object') return Object.fromEntries(Object.entries(s.def.shape!).map(([k, v]) => [k, shape(v)]));
      if (s.def.type === 'tuple') return s.def.items!.map(shape);
      if (s.def.type === 'array') return [shape(s.def.element)];
      return s.def.type;
    };
    const filters = [{ name: 'string', extensions: ['string'] }];
    expect(Object.fromEntries(Object.entries(IPC_CONTRACT).map(([op, def]) => [op, shape(def.args)]))).toEqual({
      getAppInfo: [],
      saveFile: [{ suggestedName: 'string', content: 'string', encoding: 'enum', filters }],
      openFile: [{ filters, maxBytes: 'number' }],
      openExternal: ['string'],
      writeBackup: [{ fileName: 'string', content: 'string' }],
      listBackups: [],
      readBackup: ['string'],
      exportBackup: ['string'],
      presentationStart: [{ presenterView: 'boolean' }],
      presentationEnd: [],
      presentationPublish: [{ deck: 'string', index: 'number', count: 'number', startedAt: 'nullable', ended: 'boolean' }],
      presentationNext: ['number'],
      exportReportPdf: [
        { query: 'string', suggestedName: 'string', title: 'string', author: 'string', subject: 'string', contractId: 'optional', inPlace: 'optional' },
      ],
      openSavedReport: [],
    });
  });

  it('refuses paths and Windows device names as file names, in any case and with any extension', () => {
    const hostile = [
      'CON',
      'con.csv',
      'NUL.json',
      'nul.tar.gz',
      'Com1.xlsx',
      'LPT9.csv',
      'aux .csv',
      'PRN.',
      'COM¹.csv',
      'conin$.csv',
      '../x.csv',
      '..\\x.csv',
      'C:\\x.csv',
      'C:x.csv',
      'a/b.csv',
      '/etc/passwd',
      '\\\\server\\share\\x.csv',
      'x\u0000.csv',
      'x\n.csv',
      'x.csv.',
      'x.csv ',
      '.bashrc',
      '..',
      'a|b.csv',
      'a*.csv',
      'a?.csv',
      '"a".csv',
      '<a>.csv',
    ];
    for (const suggestedName of hostile)
      expect(checkInvocation('saveFile', APP, [{ ...saveRequest, suggestedName }]), suggestedName).toMatchObject({ ok: false });
    for (const fileName of ['CON.json', 'nul.json', 'com1.json', 'LPT1.backup.json', 'Aux.json', '.json', '..json']) {
      expect(checkInvocation('writeBackup', APP, [{ fileName, content: '{}' }]), fileName).toMatchObject({ ok: false });
    }
    for (const fine of [
      'Summen_Aufgabenfelder_2027.csv',
      'Kosten Übersicht (Entwurf).xlsx',
      'console.csv',
      'CONTRACT.json',
      'com10.csv',
      'nullwert.json',
      'ikz-planer-sicherung-2027-03-31.json',
    ]) {
      expect(checkInvocation('saveFile', APP, [{ ...saveRequest, suggestedName: fine }]), fine).toMatchObject({ ok: true });
    }
    expect(checkInvocation('writeBackup', APP, [{ fileName: 'vor-update-v3-auf-v4-2027-03-31T10-00-00.json', content: '{}' }])).toMatchObject({ ok: true });
  });
});

describe('registerHandlers', () => {
  function setup() {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = { handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => registered.set(channel, fn)) };
    const handlers = {
      getAppInfo: vi.fn(async () => ({ version: '1', platform: 'linux', shell: 'electron' as const })),
      saveFile: vi.fn(async () => ({ saved: true, fileName: 'x' })),
      openFile: vi.fn(),
      openExternal: vi.fn(async () => true),
      writeBackup: vi.fn(),
      listBackups: vi.fn(),
      readBackup: vi.fn(),
      exportBackup: vi.fn(),
      presentationStart: vi.fn(),
      presentationEnd: vi.fn(),
      presentationPublish: vi.fn(),
      presentationNext: vi.fn(),
      exportReportPdf: vi.fn(),
      openSavedReport: vi.fn(),
    };
    registerHandlers(ipcMain, handlers as unknown as Handlers);
    return { registered, handlers };
  }

  it('registers one channel per operation and calls the handler for the app', async () => {
    const { registered, handlers } = setup();
    expect([...registered.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    const result = await registered.get(CHANNELS.getAppInfo)!({ senderFrame: { url: APP } });
    expect(result).toEqual({ version: '1', platform: 'linux', shell: 'electron' });
    expect(handlers.getAppInfo).toHaveBeenCalledOnce();
  });

  it('throws before the handler for an untrusted frame or bad arguments', async () => {
    const { registered, handlers } = setup();
    await expect(registered.get(CHANNELS.openExternal)!({ senderFrame: { url: 'https://evil.example' } }, 'https://x.org')).rejects.toThrow('untrusted');
    await expect(registered.get(CHANNELS.openExternal)!({ senderFrame: null }, 'https://x.org')).rejects.toThrow('untrusted');
    await expect(registered.get(CHANNELS.openExternal)!({ senderFrame: { url: APP } }, 42)).rejects.toThrow('invalid');
    expect(handlers.openExternal).not.toHaveBeenCalled();
  });

  it('checks every channel: no operation reaches its handler from a foreign frame or with bad arguments', async () => {
    const { registered, handlers } = setup();
    for (const [operation, def] of Object.entries(IPC_CONTRACT)) {
      const call = registered.get(def.channel)!;
      for (const url of ['https://evil.example/', 'file:///index.html', 'app://ikz-planer.evil/', undefined]) {
        await expect(call({ senderFrame: url === undefined ? undefined : { url } }), `${operation} ${url}`).rejects.toThrow('untrusted');
      }
      await expect(call({ senderFrame: { url: APP } }, { hostile: true }, 'extra'), operation).rejects.toThrow('invalid');
      expect(handlers[operation as keyof typeof handlers], operation).not.toHaveBeenCalled();
    }
  });

  it('passes the handler only the parsed arguments (unknown fields removed)', async () => {
    const { registered, handlers } = setup();
    await registered.get(CHANNELS.saveFile)!({ senderFrame: { url: APP } }, { ...saveRequest, filePath: '/etc/passwd' });
    expect(handlers.saveFile.mock.calls).toEqual([[saveRequest]]);
  });
});

describe('main-process handlers', () => {
  function deps(overrides: Partial<Parameters<typeof createHandlers>[0]> = {}) {
    return {
      dialog: {
        showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/k/Dokumente/sicherung.json' })),
        showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/k/kosten.csv'] })),
      },
      openLink: vi.fn(async () => true),
      fs: {
        writeFile: vi.fn(async () => undefined),
        writeNewFile: vi.fn(async () => undefined),
        readdir: vi.fn(async () => [] as string[]),
        readFile: vi.fn(async () => new TextEncoder().encode('a;b')),
        stat: vi.fn(async () => ({ size: 3 })),
        mkdir: vi.fn(async () => undefined),
      },
      window: () => null,
      version: '0.1.0',
      platform: 'linux',
      documentsDir: '/home/k/Dokumente',
      backupsDir: '/home/k/.config/IKZ-Planer/Sicherungen',
      ...overrides,
    } as unknown as Parameters<typeof createHandlers>[0];
  }

  it('writes the file the user chose in the dialog and reports its name', async () => {
    const d = deps({
      dialog: { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/media/usb/Kosten.json' })), showOpenDialog: vi.fn() } as never,
    });
    const h = createHandlers(d);
    expect(await h.saveFile({ ...saveRequest, encoding: 'utf8' })).toEqual({ saved: true, fileName: 'Kosten.json' });
    expect(d.dialog.showSaveDialog).toHaveBeenCalledWith({ defaultPath: '/home/k/Dokumente/sicherung.json', filters: saveRequest.filters });
    expect(d.fs.writeFile).toHaveBeenCalledWith('/media/usb/Kosten.json', Buffer.from('{}'));
  });

  it('never lets the suggested name steer the dialog outside the documents folder', async () => {
    const d = deps();
    await createHandlers(d).saveFile({ ...saveRequest, suggestedName: '../../../etc/cron.d/x', encoding: 'utf8' });
    expect(d.dialog.showSaveDialog).toHaveBeenCalledWith({ defaultPath: '/home/k/Dokumente/x', filters: saveRequest.filters });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const d = deps({ dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })), showOpenDialog: vi.fn() } as never });
    expect(await createHandlers(d).saveFile({ ...saveRequest, encoding: 'utf8' })).toEqual({ saved: false, fileName: null });
    expect(d.fs.writeFile).not.toHaveBeenCalled();
  });

  it('reads an opened file, refusing one that is too large without reading it', async () => {
    const d = deps();
    expect(await createHandlers(d).openFile({ filters: [], maxBytes: 10 })).toEqual({
      status: 'opened',
      fileName: 'kosten.csv',
      base64: Buffer.from('a;b').toString('base64'),
    });
    const big = deps({ fs: { writeFile: vi.fn(), readFile: vi.fn(), stat: vi.fn(async () => ({ size: 60_000_000 })) } as never });
    expect(await createHandlers(big).openFile({ filters: [], maxBytes: 50_000_000 })).toEqual({
      status: 'too-large',
      fileName: 'kosten.csv',
      bytes: 60_000_000,
    });
    expect(big.fs.readFile).not.toHaveBeenCalled();
  });

  it('writes automatic backups only into the backups folder, as new files', async () => {
    const d = deps();
    const result = await createHandlers(d).writeBackup({ fileName: 'vor-update-v1-auf-v2.json', content: '{}' });
    expect(result.location).toBe('/home/k/.config/IKZ-Planer/Sicherungen/vor-update-v1-auf-v2.json');
    expect(d.fs.writeNewFile).toHaveBeenCalledWith('/home/k/.config/IKZ-Planer/Sicherungen/vor-update-v1-auf-v2.json', Buffer.from('{}'));
    expect(d.fs.writeFile).not.toHaveBeenCalled();
    for (const fileName of ['../../.bashrc.json', '/etc/x.json', 'a/b.json', 'backup.exe']) {
      expect(checkInvocation('writeBackup', APP, [{ fileName, content: '{}' }]), fileName).toMatchObject({ ok: false });
    }
  });

  it('opens links only through the confirming opener', async () => {
    const d = deps({ openLink: vi.fn(async (url: unknown) => url === 'https://www.kreis-unna.de') } as never);
    const h = createHandlers(d);
    expect(await h.openExternal('https://www.kreis-unna.de')).toBe(true);
    expect(await h.openExternal('javascript:alert(1)')).toBe(false);
    expect(d.openLink).toHaveBeenCalledTimes(2);
  });
});
