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
const STORE = 'backups';

interface StoredBackup {
  content: string;
  at: string;
}

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(BROWSER_BACKUP_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result);
  });
}

/** Runs `work` in one transaction and resolves with its result once the transaction committed. */
async function inStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await openStore();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

async function allBackups(): Promise<{ name: string; value: StoredBackup }[]> {
  const db = await openStore();
  try {
    return await new Promise((resolve, reject) => {
      const rows: { name: string; value: StoredBackup }[] = [];
      const cursor = db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve(rows);
        rows.push({ name: String(c.key), value: c.value as StoredBackup });
        c.continue();
      };
    });
  } finally {
    db.close();
  }
}

async function prune(): Promise<void> {
  const rows = await allBackups();
  const keep = backupsToKeep(rows.map((r) => ({ name: r.name, at: new Date(r.value.at) })));
  const gone = rows.filter((r) => !keep.has(r.name));
  if (gone.length) await inStore('readwrite', (store) => void gone.forEach((r) => store.delete(r.name)));
}

async function writeBackup(request: BackupRequest): Promise<{ location: string }> {
  const existing = new Set((await allBackups()).map((r) => r.name));
  // Never over an existing backup, as on the desktop: name-2.json, name-3.json …
  let name = request.fileName;
  for (let n = 2; existing.has(name); n++) name = request.fileName.replace(/\.json$/, `-${n}.json`);
  const row: StoredBackup = { content: request.content, at: new Date().toISOString() };
  await inStore('readwrite', (store) => store.add(row, name));
  await prune().catch(() => undefined);
  return { location: `IndexedDB ${BROWSER_BACKUP_DB}/${name}` };
}

async function listBackups(): Promise<BackupFileInfo[]> {
  const rows = await allBackups();
  return rows
    .map((r) => ({
      name: r.name,
      bytes: new Blob([r.value.content]).size,
      modifiedAt: r.value.at,
      header: headerOfBackupText(r.value.content.slice(0, BACKUP_HEADER_CHARS)),
    }))
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name));
}

async function readStored(name: string): Promise<StoredBackup> {
  const row = (await inStore('readonly', (store) => store.get(name) as IDBRequest<StoredBackup | undefined>)) as StoredBackup | undefined;
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
