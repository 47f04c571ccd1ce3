/**
 * The 40-proposal report workspace of the report benchmark, written straight into the app's
 * IndexedDB of an open page (the app must have created its database: open it first), then
 * reloaded so the app reads it. Shared by report.bench.ts and report.profile.ts.
 */
import type { Page } from 'playwright-core';
import { raiseWorkspaceRevision } from '../e2e/support/savedCalculation';
import { syntheticWorkspace } from './workspace';

export const REPORT_PROPOSALS = 40;

export async function seedReportWorkspace(page: Page): Promise<{ query: string; lines: number }> {
  const ws = syntheticWorkspace(REPORT_PROPOSALS, 10);
  await page.evaluate(
    async ({ proposals, lines, plans }) => {
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
      const parties = await all<{ id: string }>('parties');
      const areas = await all<{ id: string }>('areas');
      const partyId = (synthetic: string) => parties[Number(synthetic.split('-')[1])]!.id;
      const tx = db.transaction(['proposals', 'costLines', 'costPlans'], 'readwrite');
      const now = new Date().toISOString();
      for (const p of proposals)
        tx.objectStore('proposals').put({
          ...p,
          leadPartyId: partyId(p.leadPartyId),
          participantIds: p.participantIds.map(partyId),
          areaId: areas[Number(p.areaId.split('-')[1])]!.id,
          createdAt: now,
          updatedAt: now,
          description: 'Gemeinsame Aufgabe mehrerer Kommunen mit Beschreibung, Zielen und Risiken.',
          goals: '',
          benefits: '',
          risks: '',
          responsible: '',
          nextMeetingId: null,
          dependsOn: [],
          statusReason: p.status === 'auf_eis' || p.status === 'verworfen' ? 'Benchmark' : '',
          statusHistory: [],
          isExample: false,
        });
      for (const l of lines) tx.objectStore('costLines').put({ ...l, partyId: l.partyId === null ? null : partyId(l.partyId) });
      for (const plan of plans) tx.objectStore('costPlans').put(plan);
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
    },
    { proposals: ws.proposals, lines: ws.lines, plans: [...ws.plans.values()] },
  );
  await page.evaluate(raiseWorkspaceRevision);
  await page.reload();
  return {
    query: `quelle=proposals&vorschlaege=${ws.proposals.map((p) => p.id).join(',')}&szenario=basis&beispiele=1`,
    lines: ws.lines.length,
  };
}
