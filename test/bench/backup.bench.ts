/**
 * Benchmark (prints figures, never fails on timing): backup and restore of the large
 * workspace (200 proposals, 26.400 cost lines) in Debian's Chromium, through the
 * Sicherungen card of the browser fallback. Measured from the click until the result is on
 * screen: „Sicherung erstellen“ (read every table, write the backup), „Wiederherstellen …“
 * (read, check, preview) and „Jetzt wiederherstellen“ (safety backup, then the one
 * transaction that replaces every table). No target in the issue; 3 s is used as a
 * yardstick, as for the exchange files.
 */
import { openApp } from '../e2e/support/app';
import { openBenchApp } from './benchApp';
import { syntheticWorkspace } from './workspace';
import { verdict } from './verdict';
import { writeSyntheticWorkspace } from './reportWorkspace';

const ws = syntheticWorkspace();
const { server, page, close } = await openBenchApp();
try {
  await writeSyntheticWorkspace(page, ws);
  const raw = await page.evaluate(async () => {
    const open = indexedDB.open('ikz-planer');
    const db: IDBDatabase = await new Promise((res) => (open.onsuccess = () => res(open.result)));
    const rows: unknown[] = await new Promise((res) => {
      const r = db.transaction('costLines').objectStore('costLines').getAll();
      r.onsuccess = () => res(r.result);
    });
    const t0 = performance.now();
    const tx = db.transaction('costLines', 'readwrite', { durability: 'strict' });
    tx.objectStore('costLines').clear();
    for (const row of rows) tx.objectStore('costLines').add(row);
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
    return performance.now() - t0;
  });
  console.log(`  (zum Vergleich: IndexedDB allein, Kostenzeilen leeren und neu schreiben: ${raw.toFixed(0)} ms)`);
  await openApp(page, server.url, 'einstellungen');
  const card = page.getByRole('region', { name: 'Sicherungen' });
  const timed = async (work: () => Promise<void>) => {
    const t0 = Date.now();
    await work();
    return Date.now() - t0;
  };
  const create = await timed(async () => {
    await card.getByRole('button', { name: 'Sicherung erstellen' }).click();
    await card.getByRole('row').filter({ hasText: 'von Hand' }).waitFor({ timeout: 120_000 });
  });
  const size = await card.getByRole('row').filter({ hasText: 'von Hand' }).getByRole('cell').nth(2).textContent();
  const dialog = page.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
  const preview = await timed(async () => {
    await card
      .getByRole('row')
      .filter({ hasText: 'von Hand' })
      .getByRole('button', { name: /wiederherstellen$/ })
      .click();
    await dialog.waitFor({ timeout: 120_000 });
  });
  const restore = await timed(async () => {
    await dialog.getByRole('button', { name: 'Jetzt wiederherstellen' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 120_000 });
  });
  console.log(`Sicherungen mit ${ws.proposals.length} Vorschlägen und ${ws.lines.length} Kostenzeilen (${size?.split('·')[1]?.trim()}):`);
  console.log(`  Sicherung erstellen: ${create} ms — ${verdict('Sicherung', create, 3000)}`);
  console.log(`  Vorschau: ${preview} ms — ${verdict('Vorschau', preview, 3000)}`);
  console.log(`  Wiederherstellen (mit Sicherung vorher): ${restore} ms — ${verdict('Wiederherstellen', restore, 3000)}`);
} finally {
  await close();
}
