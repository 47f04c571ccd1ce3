/**
 * Benchmark (prints figures, never fails on timing): CSV import of 50,000 rows — decode,
 * parse, validate and write in one transaction with change log — against a plain Dexie
 * bulkPut of the same rows (a row each), in the same run (fake-indexeddb in Node).
 * Target (issue 3): import throughput ≥ 0.5 × bulkPut throughput.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import Dexie from 'dexie';
import { IkzDatabase } from '../../renderer/data/db';
import { parseCsv } from '../../renderer/data/import/costImport';
import { withNewMeta } from '../../renderer/data/records';
import { applyCostLineChanges } from '../../renderer/data/repositories/costs';
import { createProposal } from '../../renderer/data/repositories/proposals';
import { initializeWorkspace } from '../../renderer/data/initializeWorkspace';
import { verdictAtLeast } from './verdict';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';

const ROWS = 50_000;
const YEARS = Array.from({ length: 15 }, (_, i) => 2027 + i);

async function freshDb(name: string) {
  const db = new IkzDatabase(name);
  await db.open();
  await initializeWorkspace(db);
  const parties = await db.parties.toArray();
  const areas = await db.areas.toArray();
  const proposal = await createProposal(db, {
    ...EMPTY_PROPOSAL,
    title: 'Import-Benchmark',
    areaId: areas[0]!.id,
    leadPartyId: parties[0]!.id,
    participantIds: parties.slice(1).map((p) => p.id),
  });
  return { db, parties, proposal };
}

const { db, parties, proposal } = await freshDb('bench-import');
const header = ['Kommune', 'Variante', 'Kategorie', 'Art', 'Haushaltswirksam', 'Bezeichnung', ...YEARS.map(String)].join(';');
const categories = ['Personal', 'Sachkosten', 'Lizenzen/IT-Betrieb', 'Investition/Einführung', 'Erlöse/Restwert', 'Sonstiges'];
const body: string[] = [];
for (let i = 0; i < ROWS; i++) {
  const amounts = YEARS.map((_, y) => `${(10_000 + ((i * 37 + y * 11) % 90_000)).toLocaleString('de-DE')},${String(i % 100).padStart(2, '0')}`);
  body.push([parties[i % parties.length]!.name, i % 2 ? 'Kooperation' : 'Ist', categories[i % 6], 'laufend', 'ja', `Position ${i}`, ...amounts].join(';'));
}
const bytes = new TextEncoder().encode('\ufeff' + header + '\r\n' + body.join('\r\n'));
const ctx = { proposalId: proposal.id, parties: parties.map((p) => ({ id: p.id, name: p.name })), years: YEARS };

const t0 = performance.now();
const preview = parseCsv(bytes, ctx);
const t1 = performance.now();
await applyCostLineChanges(db, proposal.id, { upserts: preview.lines.map(({ sourceRow: _r, ...l }) => l), deletions: [] });
const t2 = performance.now();
if (preview.errors.length > 0 || (await db.costLines.countOfProposal(proposal.id)) !== ROWS) throw new Error('import benchmark did not import every row');

// The baseline (issue 3): a plain Dexie bulkPut of the same rows, a row each, into a table
// with the index the app had for them. The app now stores lines packed per proposal
// (renderer/data/costLineStore.ts); its own store's bulkPut is printed beside it.
const plain = new Dexie('bench-bulkput-plain');
plain.version(1).stores({ rows: 'id, proposalId' });
await plain.open();
const baseline = await freshDb('bench-bulkput');
const records = preview.lines.map(({ sourceRow: _r, ...l }) => withNewMeta({ ...l, proposalId: baseline.proposal.id }));
const b0 = performance.now();
await plain.transaction('rw', plain.table('rows'), () => plain.table('rows').bulkPut(records));
const b1 = performance.now();
await baseline.db.transaction('rw', [baseline.db.costSheets, baseline.db.costLineIds], () => baseline.db.costLines.bulkPut(records));
const b2 = performance.now();

const importMs = t2 - t0;
const bulkMs = b1 - b0;
console.log(
  `\nCSV-Import von ${ROWS.toLocaleString('de-DE')} Zeilen × ${YEARS.length} Jahre (${(bytes.length / 1024 / 1024).toFixed(1)} MB, fake-indexeddb, Node ${process.version})`,
);
console.log(`  Lesen + Prüfen                 : ${(t1 - t0).toFixed(0)} ms   (Teil des Imports, kein eigenes Ziel)`);
console.log(`  Schreiben (eine Transaktion, mit Änderungsprotokoll): ${(t2 - t1).toFixed(0)} ms   (Teil des Imports, kein eigenes Ziel)`);
console.log(
  `  Import gesamt                  : ${importMs.toFixed(0)} ms = ${(ROWS / (importMs / 1000)).toFixed(0)} Zeilen/s   (Ziel: siehe Verhältnis zu bulkPut)`,
);
console.log(
  `  Dexie bulkPut derselben Zeilen : ${bulkMs.toFixed(0)} ms = ${(ROWS / (bulkMs / 1000)).toFixed(0)} Zeilen/s   (Vergleichsmaß, eine Zeile je Datensatz)`,
);
console.log(`  (die Zeilen so gespeichert, wie die App sie ablegt, je Vorschlag gepackt: ${(b2 - b1).toFixed(0)} ms)`);
console.log(`  Durchsatz relativ zu bulkPut   : ${(bulkMs / importMs).toFixed(2)}   ${verdictAtLeast('Verhältnis', bulkMs / importMs, 0.5)}`);
