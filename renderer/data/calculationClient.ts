/**
 * The UI side of the calculation worker: asks for scenarios, keeps the latest results
 * and tells subscribed screens. If the worker cannot start or fails, `failed` is set and
 * the provider falls back to calculating on the UI thread (same results, only slower).
 */
import type { CalculatedProposal } from '../domain/costs/aggregate';
import type { ScenarioId } from '../domain/costs/scenarios';
import { readWorkspaceRevision } from './calculations';
import type { IkzDatabase } from './db';
import { loadSnapshot, snapshotKey } from './figureSnapshot';

/** A saved calculation and the workspace revision it was made from (figureSnapshot.ts). */
export interface SavedCalculation {
  items: CalculatedProposal[];
  revision: number;
}

/** Reads the saved calculation of a scenario if it matches the stored data. */
export type SavedCalculationLoader = (scenario: ScenarioId) => Promise<SavedCalculation | undefined>;

export type ToWorker = { type: 'open'; dbName: string } | { type: 'scenario'; scenario: ScenarioId };
export type FromWorker =
  | { type: 'result'; scenario: ScenarioId; version: number; /** Workspace revision of the inputs. */ revision: number; items: CalculatedProposal[] }
  | { type: 'error'; message: string };

/** With a saved calculation on screen, the worker starts this much later. */
const CONFIRM_SAVED_AFTER_MS = 1000;
/** Whatever happens to the saved calculation, the worker starts by then. */
const OPEN_AT_THE_LATEST_MS = 3000;

export class CalculationClient {
  private readonly results = new Map<ScenarioId, CalculatedProposal[]>();
  private readonly listeners = new Set<() => void>();
  private readonly requested = new Set<ScenarioId>();
  /** Scenarios with a result from the worker (a saved calculation never replaces those). */
  private readonly fresh = new Set<ScenarioId>();
  /** Scenarios showing a saved calculation, with the revision it was made from. */
  private readonly savedRevision = new Map<ScenarioId, number>();
  private opened = false;
  failed = false;

  constructor(
    private readonly worker: Pick<Worker, 'postMessage' | 'terminate'> & {
      onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
      onerror: ((e: ErrorEvent) => void) | null;
    },
    private readonly dbName: string,
    private readonly loadSaved: SavedCalculationLoader = async () => undefined,
  ) {
    worker.onmessage = (e) => {
      const msg = e.data;
      if (msg.type === 'error') return this.fail(msg.message);
      this.fresh.add(msg.scenario);
      // The worker confirms the saved calculation: same build, same stored data, so the
      // same figures. Keeping the shown ones spares every screen a full redraw a moment
      // after it appeared (the report's print window would lay out 90 pages again).
      const confirmed = this.savedRevision.get(msg.scenario) === msg.revision;
      this.savedRevision.delete(msg.scenario);
      if (confirmed) return;
      this.results.set(msg.scenario, msg.items);
      this.notify();
    };
    worker.onerror = (e) => this.fail(e.message || 'Der Rechenprozess ist nicht gestartet.');
  }

  /** Lets the worker read the workspace and calculate what was asked for (once). */
  private open = () => {
    if (this.opened) return;
    this.opened = true;
    this.worker.postMessage({ type: 'open', dbName: this.dbName } satisfies ToWorker);
  };

  private notify() {
    for (const l of this.listeners) l();
  }

  private fail(message: string) {
    if (this.failed) return;
    console.warn(`Berechnung im Hintergrund nicht möglich, es wird im Vordergrund gerechnet: ${message}`);
    this.failed = true;
    this.worker.terminate();
    this.notify();
  }

  request(scenario: ScenarioId): void {
    if (this.requested.has(scenario)) return;
    this.requested.add(scenario);
    this.worker.postMessage({ type: 'scenario', scenario } satisfies ToWorker);
    // Until the worker has read everything and calculated, show the last calculation if
    // it was made from exactly the data stored now. Then the worker only confirms it, a
    // moment later: reading tens of thousands of cost lines at the same time would slow
    // down the start on a two-core laptop. Without a saved calculation it starts at once.
    const opened = this.opened;
    if (!opened) setTimeout(this.open, OPEN_AT_THE_LATEST_MS);
    void this.loadSaved(scenario)
      .then((saved) => {
        if (!saved || this.fresh.has(scenario) || this.failed) return this.open();
        performance.mark('ikz:saved-calculation');
        this.savedRevision.set(scenario, saved.revision);
        this.results.set(scenario, saved.items);
        this.notify();
        if (!opened) setTimeout(this.open, CONFIRM_SAVED_AFTER_MS);
      })
      .catch(this.open);
  }

  get(scenario: ScenarioId): CalculatedProposal[] | undefined {
    return this.results.get(scenario);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** Null where workers are unavailable (tests in jsdom): the provider then calculates inline. */
function startCalculationWorker(db: IkzDatabase): CalculationClient | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./calculationWorker.ts', import.meta.url), { type: 'module', name: 'Berechnung' });
    const loadSaved: SavedCalculationLoader = async (scenario) => {
      const revision = await readWorkspaceRevision(db);
      const items = await loadSnapshot(db.name, scenario, snapshotKey(revision));
      return items && { items, revision };
    };
    return new CalculationClient(worker, db.name, loadSaved);
  } catch {
    return null;
  }
}

// One worker per open database for the life of the app (the database stays open too).
const clients = new WeakMap<object, CalculationClient | null>();

export function calculationClientFor(db: IkzDatabase): CalculationClient | null {
  if (!clients.has(db)) {
    const client = startCalculationWorker(db);
    // The first screen (Übersicht) shows the basis scenario: start reading its saved
    // calculation and calculating it now, while the screen itself is still loading.
    client?.request('basis');
    clients.set(db, client);
  }
  return clients.get(db)!;
}
