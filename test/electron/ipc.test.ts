import { describe, expect, it, vi } from 'vitest';
import { checkInvocation, registerHandlers, type Handlers } from '../../electron/ipc/handle';
import { createHandlers } from '../../electron/ipc/handlers';
import { CHANNELS } from '../../electron/ipc/channels';

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

});

describe('registerHandlers', () => {
  function setup() {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = { handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => registered.set(channel, fn)) };
    const handlers = { getAppInfo: vi.fn(async () => ({ version: '1', platform: 'linux', shell: 'electron' as const })), saveFile: vi.fn(), openFile: vi.fn(), openExternal: vi.fn(async () => true) };
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
});

describe('main-process handlers', () => {
  function deps(overrides: Partial<Parameters<typeof createHandlers>[0]> = {}) {
    return {
      dialog: { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/k/Dokumente/sicherung.json' })), showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/k/kosten.csv'] })) },
      shell: { openExternal: vi.fn(async () => undefined) },
      fs: { writeFile: vi.fn(async () => undefined), readFile: vi.fn(async () => new TextEncoder().encode('a;b')), stat: vi.fn(async () => ({ size: 3 })), mkdir: vi.fn(async () => undefined) },
      window: () => null,
      version: '0.1.0',
      platform: 'linux',
      documentsDir: '/home/k/Dokumente',
      backupsDir: '/home/k/.config/IKZ-Planer/Sicherungen',
      ...overrides,
    } as unknown as Parameters<typeof createHandlers>[0];
  }

  it('writes the chosen file and reports its name', async () => {
    const d = deps();
    const h = createHandlers(d);
    expect(await h.saveFile({ ...saveRequest, encoding: 'utf8' })).toEqual({ saved: true, fileName: 'sicherung.json' });
    expect(d.fs.writeFile).toHaveBeenCalledWith('/home/k/Dokumente/sicherung.json', Buffer.from('{}'));
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const d = deps({ dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })), showOpenDialog: vi.fn() } as never });
    expect(await createHandlers(d).saveFile({ ...saveRequest, encoding: 'utf8' })).toEqual({ saved: false, fileName: null });
    expect(d.fs.writeFile).not.toHaveBeenCalled();
  });

  it('reads an opened file, refusing one that is too large without reading it', async () => {
    const d = deps();
    expect(await createHandlers(d).openFile({ filters: [], maxBytes: 10 })).toEqual({ status: 'opened', fileName: 'kosten.csv', base64: Buffer.from('a;b').toString('base64') });
    const big = deps({ fs: { writeFile: vi.fn(), readFile: vi.fn(), stat: vi.fn(async () => ({ size: 60_000_000 })) } as never });
    expect(await createHandlers(big).openFile({ filters: [], maxBytes: 50_000_000 })).toEqual({ status: 'too-large', fileName: 'kosten.csv', bytes: 60_000_000 });
    expect(big.fs.readFile).not.toHaveBeenCalled();
  });

  it('writes automatic backups only into the backups folder', async () => {
    const d = deps();
    const result = await createHandlers(d).writeBackup({ fileName: 'vor-update-v1-auf-v2.json', content: '{}' });
    expect(result.location).toBe('/home/k/.config/IKZ-Planer/Sicherungen/vor-update-v1-auf-v2.json');
    for (const fileName of ['../../.bashrc.json', '/etc/x.json', 'a/b.json', 'backup.exe']) {
      expect(checkInvocation('writeBackup', APP, [{ fileName, content: '{}' }]), fileName).toMatchObject({ ok: false });
    }
  });

  it('opens only vetted links externally', async () => {
    const d = deps();
    const h = createHandlers(d);
    expect(await h.openExternal('javascript:alert(1)')).toBe(false);
    expect(await h.openExternal('file:///etc/passwd')).toBe(false);
    expect(d.shell.openExternal).not.toHaveBeenCalled();
    expect(await h.openExternal('https://www.kreis-unna.de')).toBe(true);
    expect(d.shell.openExternal).toHaveBeenCalledWith('https://www.kreis-unna.de');
  });
});
