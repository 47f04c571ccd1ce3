/**
 * Runs inside the built app's page (same origin, so the same IndexedDB „ikz-planer“ the
 * app uses), bundled by exchange.bench.ts with esbuild and evaluated through the DevTools
 * protocol (which the page's CSP does not restrict). It drives the app's own data modules
 * (command layer, buildExchangeFile, readExchangeFile, planMerge, applyMerge) on Chromium's
 * real IndexedDB and Web Crypto, so the app itself needs no bench hook.
 */
// First: zod must know it runs without JIT before any schema is built (see jitless.ts).
import './jitless';
import { runCommand } from '../../../renderer/data/commands';
import { packLines, storedRows } from '../../../renderer/data/costLineStore';
import { IkzDatabase } from '../../../renderer/data/db';
import { applyMerge } from '../../../renderer/data/exchange/apply';
import { buildExchangeFile } from '../../../renderer/data/exchange/build';
import { planMerge } from '../../../renderer/data/exchange/plan';
import { withNewMeta, withNextRevision } from '../../../renderer/data/records';
import { COST_CATEGORIES, type CostLine } from '../../../renderer/domain/costs/model';
import { EMPTY_PROPOSAL } from '../../../renderer/domain/vocabulary';
import { readExchangeFile } from '../../../renderer/domain/exchange/read';
import type { Proposal } from '../../../renderer/domain/schemas';

const LINES_PER_PROPOSAL = 250;

let db: IkzDatabase | null = null;
async function open(): Promise<IkzDatabase> {
  if (!db) {
    db = new IkzDatabase();
    await db.open();
  }
  return db;
}

/** Split timings (console.time is not readable from the bench; these are). */
let marks: Record<string, number> = {};
async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    marks[name] = performance.now() - t0;
  }
}

/** 200 proposals with 250 cost lines each (15 yearly amounts), through the command layer in one transaction. */
async function seed(proposalCount: number): Promise<{ proposals: number; lines: number }> {
  const d = await open();
  const parties = await d.parties.toArray();
  const areas = await d.areas.toArray();
  const proposals: Proposal[] = Array.from({ length: proposalCount }, (_, p) =>
    withNewMeta({
      ...EMPTY_PROPOSAL,
      title: `Vorschlag ${p + 1}`,
      areaId: areas[p % areas.length]!.id,
      leadPartyId: parties[p % parties.length]!.id,
      participantIds: parties.filter((_, i) => i !== p % parties.length).map((x) => x.id),
      description: 'Beschreibung '.repeat(20),
      status: 'idee' as const,
      statusReason: '',
      statusHistory: [],
      isExample: false,
    }),
  );
  const lines: CostLine[] = proposals.flatMap((p, pi) =>
    Array.from({ length: LINES_PER_PROPOSAL }, (_, i) =>
      withNewMeta({
        proposalId: p.id,
        variant: i % 2 ? ('kooperation' as const) : ('ist' as const),
        partyId: parties[i % parties.length]!.id,
        category: COST_CATEGORIES[i % 6]!,
        recurrence: 'laufend' as const,
        budgetRelevant: true,
        label: `Position ${pi}-${i}`,
        entry: {
          mode: 'years' as const,
          byYear: Object.fromEntries(Array.from({ length: 15 }, (_, y) => [String(2027 + y), 10_000_00 + ((i * 37 + y * 11) % 90_000) * 100])),
        },
        isExample: false,
      }),
    ),
  );
  await runCommand(d, ['proposals', 'costLines'], async (tx) => {
    await tx.bulk('proposals', { put: proposals, remove: [], log: [] });
    await tx.bulk('costLines', { put: lines, remove: [], log: [] });
  });
  return { proposals: await d.proposals.count(), lines: await d.costLines.count() };
}

/** Export of the whole workspace: ms and the file's text (handed to the second profile). */
async function exportWorkspace(password?: string): Promise<{ ms: number; bytes: number; text: string }> {
  const d = await open();
  const t0 = performance.now();
  const built = await buildExchangeFile(d, { kind: 'workspace' }, { password });
  const ms = performance.now() - t0;
  return { ms, bytes: built.bytes.byteLength, text: built.text };
}

/**
 * The file's bytes, as the app holds them once the file is opened (useImportFlow: bytes
 * only; the text handed over by the bench is no longer referenced while it imports).
 */
let fileBytes = new Uint8Array(0);
async function loadFile(text: string): Promise<number> {
  fileBytes = new TextEncoder().encode(text);
  return fileBytes.byteLength;
}

/** Import of the loaded file as the app does it after „Übernehmen“ (backup excepted): read and check, plan the merge, apply it. */
async function importLoaded(password?: string): Promise<{ ms: number; summary: string; marks: Record<string, number> }> {
  const d = await open();
  const bytes = fileBytes;
  marks = {};
  const t0 = performance.now();
  const read = await step('lesen und prüfen', () => readExchangeFile(bytes, password));
  if (!read.ok) throw new Error(read.error.message);
  const plan = await step('planen', () => planMerge(d, read.value));
  const summary = await step('schreiben', () => applyMerge(d, plan, {}, { fileName: 'bench.ikz', acceptMasterData: true }));
  return { ms: performance.now() - t0, summary: summary.text, marks: { ...marks } };
}

/** Changes the label of `count` cost lines (whole proposals) and exports those proposals: the file for the review. */
async function changeLines(count: number): Promise<{ text: string; changed: number }> {
  const d = await open();
  const proposalIds = (await d.proposals.toArray())
    .filter((p) => !p.isExample)
    .slice(0, Math.ceil(count / LINES_PER_PROPOSAL))
    .map((p) => p.id);
  const lines = await d.costLines.ofProposals(proposalIds);
  await runCommand(d, ['costLines'], (tx) =>
    tx.bulk('costLines', { put: lines.map((l) => withNextRevision(l, { label: `${l.label} (geändert)` })), remove: [], log: [] }),
  );
  const built = await buildExchangeFile(d, { kind: 'proposals', proposalIds });
  return { text: built.text, changed: lines.length };
}

/** Read + planMerge alone (what the review screen waits for), with split timings. */
async function planOnly(text: string): Promise<{ ms: number; updated: number; marks: Record<string, number> }> {
  const d = await open();
  const bytes = new TextEncoder().encode(text);
  marks = {};
  const t0 = performance.now();
  const read = await step('lesen und prüfen', () => readExchangeFile(bytes));
  if (!read.ok) throw new Error(read.error.message);
  const plan = await step('planen', () => planMerge(d, read.value));
  return { ms: performance.now() - t0, updated: plan.updated.length, marks: { ...marks } };
}

/**
 * What IndexedDB alone needs for the file's cost lines, stored as the app stores them: a
 * sheet per proposal and a row of its line ids (renderer/data/costLineStore.ts), packing
 * included, one transaction, strict durability (as the app), nothing else. The floor under
 * the import's write; as a row per line it was 9 to 11 s.
 */
async function indexedDbFloor(text: string): Promise<{ ms: number; rows: number }> {
  const lines = (JSON.parse(text) as { content: { tables: { costLines: { records: CostLine[] } } } }).content.tables.costLines.records;
  const name = `ikz-bench-floor-${Date.now()}`;
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('costSheets', { keyPath: 'proposalId' });
      open.result.createObjectStore('costLineIds', { keyPath: 'proposalId' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const t0 = performance.now();
  const rows = storedRows(packLines(lines));
  const tx = idb.transaction(['costSheets', 'costLineIds'], 'readwrite', { durability: 'strict' });
  for (const sheet of rows.costSheets) tx.objectStore('costSheets').put(sheet);
  for (const ids of rows.costLineIds) tx.objectStore('costLineIds').put(ids);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - t0;
  idb.close();
  indexedDB.deleteDatabase(name);
  return { ms, rows: lines.length };
}

(window as unknown as { __ikzBench: object }).__ikzBench = { seed, exportWorkspace, loadFile, importLoaded, changeLines, planOnly, indexedDbFloor };
