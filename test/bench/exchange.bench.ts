/**
 * Benchmark (prints figures, never fails on timing): exchange files with 200 proposals and
 * 50,000 cost lines (fake-indexeddb in Node): export and import, time and file size, with
 * and without a password; and the merge review (read + planMerge) of 1,000 changed records.
 * Targets (issue 10): export < 3 s, import < 3 s, review of 1,000 changes opens < 1 s.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { runCommand } from '../../renderer/data/commands';
import { IkzDatabase } from '../../renderer/data/db';
import { applyMerge, buildExchangeFile, planMerge, readExchangeFile, type ParsedExchange } from '../../renderer/data/exchange';
import { withNewMeta, withNextRevision } from '../../renderer/data/records';
import { initializeWorkspace } from '../../renderer/data/initializeWorkspace';
import { COST_CATEGORIES, type CostLine } from '../../renderer/domain/costs/model';
import type { Proposal } from '../../renderer/domain/schemas';
import { verdict } from './verdict';

const PROPOSALS = Number(process.env.IKZ_BENCH_PROPOSALS ?? 200);
const LINES_PER_PROPOSAL = 250;
const PASSWORD = 'Kämmerer-2027!';

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await work();
  return [result, performance.now() - t0];
}

async function workspace(): Promise<IkzDatabase> {
  const db = new IkzDatabase('bench-exchange-a');
  await db.open();
  await initializeWorkspace(db, new Date('2026-11-25T12:00:00'));
  const parties = await db.parties.toArray();
  const areas = await db.areas.toArray();
  const proposals: Proposal[] = Array.from({ length: PROPOSALS }, (_, p) =>
    withNewMeta({
      title: `Vorschlag ${p + 1}`,
      areaId: areas[p % areas.length]!.id,
      leadPartyId: parties[p % parties.length]!.id,
      participantIds: parties.filter((_, i) => i !== p % parties.length).map((x) => x.id),
      description: 'Beschreibung '.repeat(20),
      goals: '',
      benefits: '',
      risks: '',
      responsible: '',
      nextMeetingId: null,
      dependsOn: [],
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
  await runCommand(db, ['proposals', 'costLines'], async (tx) => {
    await tx.bulk('proposals', { put: proposals, remove: [], log: [] });
    await tx.bulk('costLines', { put: lines, remove: [], log: [] });
  });
  return db;
}

async function read(bytes: Uint8Array, password?: string): Promise<ParsedExchange> {
  const result = await readExchangeFile(bytes, password);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function importInto(name: string, bytes: Uint8Array, password?: string) {
  const db = new IkzDatabase(name);
  await db.open();
  const [, ms] = await timed(async () => {
    const plan = await planMerge(db, await read(bytes, password));
    return applyMerge(db, plan, {}, { fileName: 'bench.ikz', acceptMasterData: true });
  });
  return { db, ms };
}

/** The same machine's speed in this run: a bare bulkPut of the cost lines (fake-indexeddb is much slower than Chromium's IndexedDB). */
async function baseline(lines: CostLine[]): Promise<number> {
  const db = new IkzDatabase('bench-exchange-baseline');
  await db.open();
  const [, ms] = await timed(() => runCommand(db, ['costLines'], (tx) => tx.bulk('costLines', { put: lines, remove: [], log: [] })));
  return ms;
}

const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
const a = await workspace();
console.log(`Arbeitsbereich: ${PROPOSALS} Vorschläge, ${await a.costLines.count()} Kostenzeilen (fake-indexeddb in Node)`);
console.log(`Zum Maßstab: nur bulkPut derselben Kostenzeilen in einem Befehl: ${Math.round(await baseline(await a.costLines.toArray()))} ms`);

const [plain, exportMs] = await timed(() => buildExchangeFile(a, { kind: 'workspace' }));
console.log(`Export ohne Passwort: ${Math.round(exportMs)} ms, ${mb(plain.bytes.byteLength)} — ${verdict('Export', exportMs, 3000)}`);
const [locked, exportLockedMs] = await timed(() => buildExchangeFile(a, { kind: 'workspace' }, { password: PASSWORD }));
console.log(`Export mit Passwort: ${Math.round(exportLockedMs)} ms, ${mb(locked.bytes.byteLength)} — ${verdict('Export mit Passwort', exportLockedMs, 3000)}`);

const b = await importInto('bench-exchange-b', plain.bytes);
console.log(`Import ohne Passwort (lesen, prüfen, planen, schreiben): ${Math.round(b.ms)} ms — ${verdict('Import', b.ms, 3000)}`);
const c = await importInto('bench-exchange-c', locked.bytes, PASSWORD);
console.log(`Import mit Passwort: ${Math.round(c.ms)} ms — ${verdict('Import mit Passwort', c.ms, 3000)}`);

// 1,000 changed records on laptop A (4 proposals' lines), sent as those proposals to B.
const changedProposals = (await a.proposals.toArray())
  .filter((p) => !p.isExample)
  .slice(0, 4)
  .map((p) => p.id);
await runCommand(a, ['costLines'], async (tx) => {
  const lines = await a.costLines.where('proposalId').anyOf(changedProposals).toArray();
  await tx.bulk('costLines', { put: lines.map((l) => withNextRevision(l, { label: `${l.label} (geändert)` })), remove: [], log: [] });
});
const changes = await buildExchangeFile(a, { kind: 'proposals', proposalIds: changedProposals });
const [plan, reviewMs] = await timed(async () => planMerge(b.db, await read(changes.bytes)));
console.log(
  `Prüfansicht für ${plan.updated.length} geänderte Datensätze (Datei ${mb(changes.bytes.byteLength)} lesen + planMerge): ${Math.round(reviewMs)} ms — ${verdict('Prüfansicht', reviewMs, 1000)}`,
);
const whole = await buildExchangeFile(a, { kind: 'workspace' });
const [wholePlan, wholeMs] = await timed(async () => planMerge(b.db, await read(whole.bytes)));
console.log(
  `Zum Vergleich: dieselben Änderungen im ganzen Arbeitsbereich (${wholePlan.unchanged} unverändert, ${wholePlan.updated.length} geändert): ${Math.round(wholeMs)} ms`,
);
