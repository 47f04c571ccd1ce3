/**
 * Reads (and, for fixtures the UI cannot make yet, writes) the app's IndexedDB from a
 * test, without the app's code: what the presentation tests compare against.
 */
import type { Page } from 'playwright-core';
import { raiseWorkspaceRevision } from './savedCalculation';

/**
 * Every record of the given stores. `costLines` gives the cost lines one by one, read from
 * the sheets that store them (costSheets: per proposal its lines as JSON text, schema v10).
 */
export async function readStores(page: Page, stores: string[]): Promise<Record<string, Record<string, unknown>[]>> {
  return page.evaluate(async (names) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const open = indexedDB.open('ikz-planer');
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const name of names) {
      const r = db
        .transaction(name === 'costLines' ? 'costSheets' : name)
        .objectStore(name === 'costLines' ? 'costSheets' : name)
        .getAll();
      const rows: Record<string, unknown>[] = await new Promise((res) => (r.onsuccess = () => res(r.result as Record<string, unknown>[])));
      out[name] = name === 'costLines' ? rows.flatMap((sheet) => JSON.parse(sheet.lines as string) as Record<string, unknown>[]) : rows;
    }
    db.close();
    return out;
  }, stores);
}

/** Writes one record as it is (a test fixture; the app's own writes go through its command layer). */
export async function putRecord(page: Page, store: string, record: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ({ store, record }) => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const open = indexedDB.open('ikz-planer');
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).put(record);
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
    },
    { store, record },
  );
  await page.evaluate(raiseWorkspaceRevision);
}

/** A fingerprint of everything written so far: change-log entries and the revisions of all records. */
export async function writeFingerprint(page: Page): Promise<{ changeLog: number; revisions: number; records: number }> {
  const all = await readStores(page, ['changeLog', 'proposals', 'costLines', 'costPlans', 'meetings', 'parties', 'settings', 'tombstones']);
  const records = Object.entries(all).filter(([name]) => name !== 'changeLog');
  return {
    changeLog: all.changeLog!.length,
    revisions: records.reduce((s, [, rows]) => s + rows.reduce((t, r) => t + Number(r.revision ?? 0), 0), 0),
    records: records.reduce((s, [, rows]) => s + rows.length, 0),
  };
}
