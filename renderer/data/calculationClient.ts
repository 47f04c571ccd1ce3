/**
 * The UI side of the calculation worker: asks for scenarios, keeps the latest results
 * and tells subscribed screens. If the worker cannot start or fails, `failed` is set and
 * the provider falls back to calculating on the UI thread (same results, only slower).
 */
import type { CalculatedProposal } from '../domain/costs/aggregate';
import type { ScenarioId } from '../domain/costs/scenarios';

export type ToWorker = { type: 'open'; dbName: string } | { type: 'scenario'; scenario: ScenarioId };
export type FromWorker = { type: 'result'; scenario: ScenarioId; version: number; items: CalculatedProposal[] } | { type: 'error'; message: string };

export class CalculationClient {
  private readonly results = new Map<ScenarioId, CalculatedProposal[]>();
  private readonly listeners = new Set<() => void>();
  private readonly requested = new Set<ScenarioId>();
  failed = false;

  constructor(
    private readonly worker: Pick<Worker, 'postMessage' | 'terminate'> & {
      onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
      onerror: ((e: ErrorEvent) => void) | null;
    },
    dbName: string,
  ) {
    worker.onmessage = (e) => {
      const msg = e.data;
      if (msg.type === 'error') return this.fail(msg.message);
      this.results.set(msg.scenario, msg.items);
      this.notify();
    };
    worker.onerror = (e) => this.fail(e.message || 'Der Rechenprozess ist nicht gestartet.');
    worker.postMessage({ type: 'open', dbName } satisfies ToWorker);
  }

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
function startCalculationWorker(dbName: string): CalculationClient | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./calculationWorker.ts', import.meta.url), { type: 'module', name: 'Berechnung' });
    return new CalculationClient(worker, dbName);
  } catch {
    return null;
  }
}

// One worker per open database for the life of the app (the database stays open too).
const clients = new WeakMap<object, CalculationClient | null>();

export function calculationClientFor(db: { name: string }): CalculationClient | null {
  if (!clients.has(db)) clients.set(db, startCalculationWorker(db.name));
  return clients.get(db)!;
}
