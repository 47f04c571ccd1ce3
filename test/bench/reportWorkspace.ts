/**
 * Synthetic workspaces written into the app of an open page: the 40-proposal report
 * workspace (report.bench.ts, report.profile.ts) and the writer the dashboard bench uses too.
 */
import type { Page } from 'playwright-core';
import { proposalsQuery } from '../e2e/support/report';
import { raiseWorkspaceRevision } from '../e2e/support/savedCalculation';
import { syntheticWorkspace } from './workspace';

export const REPORT_PROPOSALS = 40;

export async function seedReportWorkspace(page: Page): Promise<{ query: string; lines: number }> {
  const ws = await writeSyntheticWorkspace(
    page,
    syntheticWorkspace(REPORT_PROPOSALS, 10),
    'Gemeinsame Aufgabe mehrerer Kommunen mit Beschreibung, Zielen und Risiken.',
  );
  return {
    query: proposalsQuery(ws.proposals.map((p) => p.id)),
    lines: ws.lines.length,
  };
}

/**
 * Writes a synthetic workspace with the app's real parties and areas straight into the
 * IndexedDB of an open page (the app must have created its database), raises the
 * workspace revision as a command would and reloads, so the app and its worker read it
 * (a hash change alone keeps the same document and its worker with the old data).
 */
export async function writeSyntheticWorkspace(page: Page, ws: ReturnType<typeof syntheticWorkspace>, description = '') {
  await page.evaluate(
    async ({ proposals, lines, plans, description }) => {
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
          description,
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
    { proposals: ws.proposals, lines: ws.lines, plans: [...ws.plans.values()], description },
  );
  await page.evaluate(raiseWorkspaceRevision);
  await page.reload();
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
  return ws;
}
