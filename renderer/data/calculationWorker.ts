/**
 * The calculation engine in a Web Worker: it reads the inputs from IndexedDB itself
 * (tens of thousands of cost lines never pass through the UI thread), keeps them live
 * (Dexie tells every context of the origin about writes) and sends back the results of
 * the scenarios the screens asked for. The UI stays responsive during the first
 * calculation of a large workspace. Opened only after the UI thread opened (and, if
 * needed, upgraded) the database, so the worker never runs a schema upgrade.
 */
import { liveQuery } from 'dexie';
import type { CalculatedProposal } from '../domain/costs/aggregate';
import type { ScenarioId } from '../domain/costs/scenarios';
import type { FromWorker, ToWorker } from './calculationClient';
import { calculateScenario, loadCalculationInputs, type CalculationCaches, type CalculationInputs } from './calculations';
import { IkzDatabase } from './db';
import { saveSnapshot, snapshotKey } from './figureSnapshot';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage(m: FromWorker): void };
const caches: CalculationCaches = new Map();
const wanted = new Set<ScenarioId>();
let inputs: CalculationInputs | undefined;
let version = 0;
let dbName = '';
const saveTimers = new Map<ScenarioId, ReturnType<typeof setTimeout>>();

/**
 * Saves the scenario's result for the next start (figureSnapshot.ts), once edits have
 * paused for a moment: typing in the cost grid must not write megabytes on every cell.
 */
function saveLater(scenario: ScenarioId, items: CalculatedProposal[], revision: number) {
  clearTimeout(saveTimers.get(scenario));
  saveTimers.set(
    scenario,
    setTimeout(() => void saveSnapshot(dbName, scenario, snapshotKey(revision), items), 1000),
  );
}

function send(scenario: ScenarioId) {
  if (!inputs) return;
  try {
    const items = calculateScenario(inputs, caches, scenario);
    scope.postMessage({ type: 'result', scenario, version, revision: inputs.revision, items });
    saveLater(scenario, items, inputs.revision);
  } catch (e) {
    scope.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'open') {
    dbName = msg.dbName;
    const db = new IkzDatabase(msg.dbName);
    liveQuery(() => loadCalculationInputs(db)).subscribe({
      next: (value) => {
        inputs = value;
        version++;
        for (const s of wanted) send(s);
      },
      error: (err: unknown) => scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
    });
  } else if (msg.type === 'scenario') {
    wanted.add(msg.scenario);
    send(msg.scenario);
  }
};
