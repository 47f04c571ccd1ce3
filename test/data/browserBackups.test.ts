/** Backups in a plain browser (renderer/platform/browserBackups.ts), on fake-indexeddb. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupText, type BackupHeader } from '../../electron/ipc/backupHeader';
import { BROWSER_BACKUP_DB, browserBackups } from '../../renderer/platform/browserBackups';

const header = (createdAt: string): BackupHeader => ({
  format: 'ikz-planer-sicherung',
  formatVersion: 1,
  createdAt,
  appVersion: 'test',
  schemaVersion: 7,
  reason: 'manuell',
  counts: { proposals: 2 },
});
const text = (createdAt: string, filler = '') => backupText(header(createdAt), { tables: { proposals: [{ id: 'a', filler }] } });

const request = <T>(r: IDBRequest<T> | IDBOpenDBRequest) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result as T);
    r.onerror = () => reject(r.error);
  });

/** The database as the first version (one store, texts only) left it. */
async function versionOneWith(rows: Record<string, { content: string; at: string }>) {
  const open = indexedDB.open(BROWSER_BACKUP_DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('backups');
  const db = await request<IDBDatabase>(open);
  const tx = db.transaction('backups', 'readwrite');
  for (const [name, row] of Object.entries(rows)) tx.objectStore('backups').put(row, name);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

const saveFile = vi.fn(async () => ({ saved: true, fileName: 'x' }));

describe('browser backups', () => {
  beforeEach(() => request(indexedDB.deleteDatabase(BROWSER_BACKUP_DB)));
  afterEach(() => request(indexedDB.deleteDatabase(BROWSER_BACKUP_DB)));

  it('lists backups from their list entries without reading any backup text', async () => {
    const api = browserBackups(saveFile);
    await api.writeBackup({ fileName: 'a.json', content: text('2026-11-20T10:00:00.000Z', 'x'.repeat(50_000)) });
    await api.writeBackup({ fileName: 'a.json', content: text('2026-11-21T10:00:00.000Z') });
    const touched: string[] = [];
    const proto = IDBObjectStore.prototype;
    const [openCursor, get, getAll] = [proto.openCursor, proto.get, proto.getAll];
    proto.openCursor = function (this: IDBObjectStore, ...args: Parameters<typeof openCursor>) {
      touched.push(this.name);
      return openCursor.apply(this, args);
    };
    proto.get = function (this: IDBObjectStore, ...args: Parameters<typeof get>) {
      touched.push(this.name);
      return get.apply(this, args);
    };
    proto.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      touched.push(this.name);
      return getAll.apply(this, args);
    };
    try {
      const list = await api.listBackups();
      expect(list.map((b) => b.name).sort()).toEqual(['a-2.json', 'a.json']);
      const big = list.find((b) => b.name === 'a.json')!;
      expect(big.bytes).toBeGreaterThan(50_000);
      expect(big.header?.createdAt).toBe('2026-11-20T10:00:00.000Z');
    } finally {
      Object.assign(proto, { openCursor, get, getAll });
    }
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.filter((name) => name === 'backups')).toEqual([]);
  });

  it('keeps the backups written before the list existed: listed with their headers, readable', async () => {
    await versionOneWith({
      'alt.json': { content: text('2026-10-01T08:00:00.000Z'), at: '2026-10-01T08:00:00.000Z' },
      'fremd.json': { content: 'kein Sicherungskopf\n{}', at: '2026-10-02T08:00:00.000Z' },
    });
    const api = browserBackups(saveFile);
    const list = await api.listBackups();
    expect(list.map((b) => [b.name, b.header?.createdAt ?? null])).toEqual([
      ['fremd.json', null],
      ['alt.json', '2026-10-01T08:00:00.000Z'],
    ]);
    expect((await api.readBackup('alt.json')).content).toBe(text('2026-10-01T08:00:00.000Z'));
  });
});
