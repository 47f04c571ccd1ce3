/**
 * Reads whatever the browser can still read, with plain IndexedDB and without a
 * version, so it also works when Dexie refused to open (newer schema). Read-only.
 */
import { withLinesUnpacked } from './costLineStore';

export interface SalvagedData {
  database: string;
  version: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
  unreadable: string[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export async function salvageDatabase(name: string, factory: IDBFactory = indexedDB): Promise<SalvagedData> {
  const open = factory.open(name);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    // Opening without a version never upgrades; abort if the browser tries (no database).
    open.onupgradeneeded = () => open.transaction?.abort();
  });
  const result: SalvagedData = { database: name, version: db.version, exportedAt: new Date().toISOString(), tables: {}, unreadable: [] };
  try {
    for (const store of Array.from(db.objectStoreNames)) {
      try {
        const tx = db.transaction(store, 'readonly');
        result.tables[store] = await request(tx.objectStore(store).getAll());
      } catch {
        result.unreadable.push(store);
      }
    }
  } finally {
    db.close();
  }
  // Cost lines one by one, as backups hold them (a v10 database stores them in sheets). A
  // sheet that cannot be read (damaged) keeps the rest readable: the sheets stay as stored.
  try {
    result.tables = withLinesUnpacked(result.tables as Record<string, object[]>);
  } catch {
    result.unreadable.push('costSheets');
  }
  return result;
}
