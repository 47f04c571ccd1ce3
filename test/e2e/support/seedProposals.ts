/**
 * Writes `count` synthetic proposals straight into the app's IndexedDB (after a first
 * start has seeded the master data), for the list benchmark and the long-list tests.
 */
import { raiseWorkspaceRevision } from './savedCalculation';
import type { Page } from 'playwright-core';

export async function seedProposals(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const open = indexedDB.open('ikz-planer');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((res) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => res(r.result as T[]);
      });
    const parties = await all<{ id: string; name: string }>('parties');
    const areas = await all<{ id: string; name: string }>('areas');
    const statuses = ['idee', 'in_pruefung', 'vertragsentwurf', 'beschlussreif', 'beschlossen', 'in_umsetzung', 'umgesetzt'];
    const topics = ['Bauhof', 'Lizenzen', 'Vergabe', 'Rechenzentrum', 'Fortbildung', 'Winterdienst', 'Gebäudereinigung', 'Datenschutz', 'Prüfung', 'Fuhrpark'];
    const tx = db.transaction('proposals', 'readwrite');
    const now = new Date().toISOString();
    for (let i = 0; i < n; i++) {
      const lead = parties[i % parties.length]!;
      tx.objectStore('proposals').put({
        id: crypto.randomUUID(),
        createdAt: now,
        updatedAt: now,
        revision: 1,
        title: `${topics[i % topics.length]} ${lead.name} Nr. ${i + 1}`,
        areaId: areas[i % areas.length]!.id,
        leadPartyId: lead.id,
        participantIds: [parties[(i + 3) % parties.length]!.id, parties[(i + 5) % parties.length]!.id],
        description: `Gemeinsame Aufgabe ${i} mit ausführlicher Beschreibung der Zusammenarbeit zwischen den Kommunen.`,
        goals: 'Kosten senken',
        benefits: 'Vertretung',
        risks: 'Abstimmungsaufwand',
        responsible: 'Kämmerei',
        nextMeetingId: null,
        dependsOn: [],
        status: statuses[i % statuses.length],
        statusReason: '',
        statusHistory: [],
        isExample: false,
      });
    }
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
  }, count);
  await page.evaluate(raiseWorkspaceRevision);
}
