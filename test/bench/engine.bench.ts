/**
 * Benchmark (prints figures, never fails on timing): the savings engine over
 * 200 proposals × 11 parties × 15 years × 6 categories.
 * Targets (issue 3): full recompute < 50 ms; recompute after one edited value < 16 ms.
 * Both include the dashboard's aggregates (per area, per party, per year).
 */
import { performance } from 'node:perf_hooks';
import { savingsByCalendarYear, totalsByArea, totalsByParty } from '../../renderer/domain/costs/aggregate';
import { calculateAll, groupLines, type CalculationCache } from '../../renderer/domain/costs/batch';
import { NEUTRAL_MULTIPLIERS } from '../../renderer/domain/costs/scenarios';
import { PARTIES, syntheticWorkspace } from './workspace';
import { verdict } from './verdict';

const ws = syntheticWorkspace();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) => `median ${median(xs).toFixed(2)} ms, min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)} (n=${xs.length})`;

function run(lines = ws.lines, cache?: CalculationCache) {
  const items = calculateAll(
    { proposals: ws.proposals, plans: ws.plans, linesByProposal: groupLines(lines), parties: PARTIES, payRates: [], multipliers: NEUTRAL_MULTIPLIERS },
    cache,
  );
  const options = { includeOnHold: false, year: null };
  totalsByArea(items, options);
  totalsByParty(items, options);
  savingsByCalendarYear(items, false);
  return items;
}

for (let i = 0; i < 5; i++) run(); // warm up the JIT

const full: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  run();
  full.push(performance.now() - t0);
}

const oneEdit: number[] = [];
const cache: CalculationCache = new Map();
run(ws.lines, cache);
let lines = ws.lines;
for (let i = 0; i < 20; i++) {
  const index = (i * 977) % lines.length;
  const edited = {
    ...lines[index]!,
    revision: lines[index]!.revision + 1,
    entry: {
      mode: 'years' as const,
      byYear: lines[index]!.entry.mode === 'years' ? { ...lines[index]!.entry.byYear, '2030': (lines[index]!.entry.byYear['2030'] ?? 0) + 100_00 } : {},
    },
  };
  lines = lines.map((l, j) => (j === index ? edited : l));
  const t0 = performance.now();
  run(lines, cache);
  oneEdit.push(performance.now() - t0);
}

console.log(`\nRechenkern: ${ws.proposals.length} Vorschläge, ${ws.lines.length} Kostenzeilen × 15 Jahre (Node ${process.version})`);
console.log(`  Vollständige Neuberechnung inkl. Summen : ${fmt(full)}   ${verdict('Median', median(full), 50)}`);
console.log(`  Neuberechnung nach einem geänderten Wert : ${fmt(oneEdit)}   ${verdict('Median', median(oneEdit), 16)}`);
