/**
 * Runs in the page (pass it to page.evaluate; it is self-contained): does the saved calculation of „basis“ (renderer/data/figureSnapshot.ts)
 * belong to the workspace revision stored now? Opens no database that does not exist and
 * closes every connection (an open one would block the app's own upgrade of it).
 */
export async function savedCalculationInfo(): Promise<{ matches: boolean; savedAt: string | null }> {
  const existing = new Set((await indexedDB.databases()).map((d) => d.name));
  const read = (dbName: string, store: string, key: string) =>
    new Promise<{ key?: string; revision?: number; savedAt?: string } | undefined>((res) => {
      if (!existing.has(dbName)) return res(undefined);
      const open = indexedDB.open(dbName);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(store)) {
          db.close();
          return res(undefined);
        }
        const r = db.transaction(store).objectStore(store).get(key);
        r.onsuccess = () => {
          res(r.result);
          db.close();
        };
      };
    });
  const [saved, rev] = await Promise.all([read('ikz-planer-rechenstand', 'calculations', 'basis'), read('ikz-planer', 'settings', 'workspace-revision')]);
  await new Promise((r) => setTimeout(r, 200));
  return { matches: !!saved?.key && saved.key.endsWith(`revision ${rev?.revision}`), savedAt: saved?.savedAt ?? null };
}

/** In the page: the saved calculation of „basis“ as stored (or null). */
export function readSavedBasis(): Promise<unknown> {
  return new Promise((res, rej) => {
    const open = indexedDB.open('ikz-planer-rechenstand');
    open.onerror = () => rej(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const r = db.transaction('calculations').objectStore('calculations').get('basis');
      r.onsuccess = () => {
        db.close();
        res(r.result ?? null);
      };
    };
  });
}

/** In the page: puts a saved calculation back as it was (a test's way to make one out of date). */
export function writeSavedBasis(record: unknown): Promise<void> {
  return new Promise((res, rej) => {
    const open = indexedDB.open('ikz-planer-rechenstand');
    open.onerror = () => rej(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('calculations', 'readwrite');
      tx.objectStore('calculations').put(record);
      tx.oncomplete = () => {
        db.close();
        res();
      };
    };
  });
}

/**
 * In the page: raises the workspace revision as every command of the app does
 * (renderer/data/commands.ts). Tests that write fixtures straight into IndexedDB call it,
 * so the app never takes a saved calculation of the data before the fixture for current.
 */
export function raiseWorkspaceRevision(): Promise<void> {
  return new Promise((res, rej) => {
    const open = indexedDB.open('ikz-planer');
    open.onerror = () => rej(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('settings', 'readwrite');
      const store = tx.objectStore('settings');
      const r = store.get('workspace-revision');
      r.onsuccess = () =>
        store.put({
          id: 'workspace-revision',
          revision: ((r.result as { revision?: number } | undefined)?.revision ?? 0) + 1,
          updatedAt: new Date().toISOString(),
        });
      tx.oncomplete = () => {
        db.close();
        res();
      };
    };
  });
}
