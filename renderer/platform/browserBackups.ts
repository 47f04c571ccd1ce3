/**
 * Backups in a browser (no main process, no file system): a separate IndexedDB database of
 * the same origin, `ikz-planer-sicherungen`, with the same retention rules as the desktop
 * app's backups folder; „exportieren“ is a download. The stored time (`at`) is set here,
 * never taken from the backup, so retention cannot be fooled by the content.
 */
import { headerOfBackupText, BACKUP_HEADER_CHARS } from '../../electron/ipc/backupHeader';
import type { BackupFileInfo, BackupRequest, PreloadApi } from '../../electron/ipc/contract';
import { backupsToKeep } from '../../electron/ipc/retention';

export const BROWSER_BACKUP_DB = 'ikz-planer-sicherungen';
/** The backups' text, by name. */
const STORE = 'backups';
/**
 * Per backup what the list shows (time, size, header), by the same name: listing reads only
 * this, never the backups themselves (a district's backup is a few MB, and there are up to
 * 19 of them). Version 2 of this database added it; the upgrade fills it from the texts.
 */
const LIST = 'list';

interface StoredBackup {
  content: string;
  at: string;
}

interface ListedBackup {
  at: string;
  bytes: number;
  header: BackupFileInfo['header'];
}

function listEntry(value: StoredBackup): ListedBackup {
  return { at: value.at, bytes: new Blob([value.content]).size, header: headerOfBackupText(value.content.slice(0, BACKUP_HEADER_CHARS)) };
}

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(BROWSER_BACKUP_DB, 2);
    open.onupgradeneeded = (event) => {
      const db = open.result;
      if (event.oldVersion < 1) db.createObjectStore(STORE);
      const list = db.createObjectStore(LIST);
      if (event.oldVersion < 1) return;
      // Backups written before version 2: their list entries, in the same upgrade transaction.
      const cursor = open.transaction!.objectStore(STORE).openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return;
        list.put(listEntry(c.value as StoredBackup), c.key);
        c.continue();
      };
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result);
  });
}

/** Runs `work` in one transaction over both stores and resolves once it committed. */
async function inStores<T>(
  mode: IDBTransactionMode,
  work: (stores: { backups: IDBObjectStore; list: IDBObjectStore }) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await openStore();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction([STORE, LIST], mode);
      const request = work({ backups: tx.objectStore(STORE), list: tx.objectStore(LIST) });
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** The list entries of all backups (not their texts). */
async function listed(): Promise<{ name: string; value: ListedBackup }[]> {
  const db = await openStore();
  try {
    return await new Promise((resolve, reject) => {
      const rows: { name: string; value: ListedBackup }[] = [];
      const cursor = db.transaction(LIST, 'readonly').objectStore(LIST).openCursor();
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve(rows);
        rows.push({ name: String(c.key), value: c.value as ListedBackup });
        c.continue();
      };
    });
  } finally {
    db.close();
  }
}

async function prune(): Promise<void> {
  const rows = await listed();
  const keep = backupsToKeep(rows.map((r) => ({ name: r.name, at: new Date(r.value.at) })));
  const gone = rows.filter((r) => !keep.has(r.name));
  if (gone.length)
    await inStores('readwrite', ({ backups, list }) => {
      for (const r of gone) {
        backups.delete(r.name);
        list.delete(r.name);
      }
    });
}

async function writeBackup(request: BackupRequest): Promise<{ location: string }> {
  const existing = new Set((await listed()).map((r) => r.name));
  // Never over an existing backup, as on the desktop: name-2.json, name-3.json …
  let name = request.fileName;
  for (let n = 2; existing.has(name); n++) name = request.fileName.replace(/\.json$/, `-${n}.json`);
  const row: StoredBackup = { content: request.content, at: new Date().toISOString() };
  await inStores('readwrite', ({ backups, list }) => {
    backups.add(row, name);
    list.add(listEntry(row), name);
  });
  await prune().catch(() => undefined);
  return { location: `IndexedDB ${BROWSER_BACKUP_DB}/${name}` };
}

async function listBackups(): Promise<BackupFileInfo[]> {
  return (await listed())
    .map((r) => ({ name: r.name, bytes: r.value.bytes, modifiedAt: r.value.at, header: r.value.header }))
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name));
}

async function readStored(name: string): Promise<StoredBackup> {
  const row = (await inStores('readonly', ({ backups }) => backups.get(name) as IDBRequest<StoredBackup | undefined>)) as StoredBackup | undefined;
  if (!row) throw new Error(`Die Sicherung „${name}“ gibt es nicht mehr. Bitte wählen Sie eine Sicherung aus der Liste.`);
  return row;
}

export function browserBackups(saveFile: PreloadApi['saveFile']): Pick<PreloadApi, 'writeBackup' | 'listBackups' | 'readBackup' | 'exportBackup'> {
  return {
    writeBackup,
    listBackups,
    readBackup: async (name) => ({ name, content: (await readStored(name)).content }),
    exportBackup: async (name) =>
      saveFile({
        suggestedName: name,
        content: (await readStored(name)).content,
        encoding: 'utf8',
        filters: [{ name: 'IKZ-Planer-Sicherung', extensions: ['json'] }],
      }),
  };
}
