/**
 * The last calculation of each scenario, saved so that the next start shows the
 * Übersicht at once instead of waiting for the worker to read every cost line and
 * calculate again (issue 6: cold start under one second with 26,400 cost lines).
 *
 * A saved calculation is used only when it was made from exactly the data that is
 * stored now: same workspace revision (every command raises it), same schema version and
 * same build of the app (same engine). Anything else is ignored. The worker's calculation
 * confirms it (same revision: calculationClient.ts keeps what is shown) or replaces it.
 * Derived data only: it lives in a database of its own, is not in backups or exchange
 * files and may be deleted at any time; nothing is lost with it.
 */
import Dexie, { type Table } from 'dexie';
import type { CalculatedProposal } from '../domain/costs/aggregate';
import type { ScenarioId } from '../domain/costs/scenarios';
import { CURRENT_SCHEMA_VERSION } from './schemaVersions';

interface SavedCalculation {
  scenario: ScenarioId;
  key: string;
  savedAt: string;
  items: CalculatedProposal[];
}

class SnapshotDb extends Dexie {
  calculations!: Table<SavedCalculation, ScenarioId>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ calculations: 'scenario' });
  }
}

const BUILD_ID: string = import.meta.env.VITE_BUILD_ID ?? 'dev';

/** What a saved calculation must match to be shown. */
export function snapshotKey(revision: number): string {
  return `build ${BUILD_ID} · schema ${CURRENT_SCHEMA_VERSION} · revision ${revision}`;
}

export function snapshotDbName(workspaceDbName: string): string {
  return `${workspaceDbName}-rechenstand`;
}

const open = new Map<string, SnapshotDb>();
function snapshotDb(workspaceDbName: string): SnapshotDb {
  const name = snapshotDbName(workspaceDbName);
  let db = open.get(name);
  if (!db) open.set(name, (db = new SnapshotDb(name)));
  return db;
}

const prefetched = new Map<string, Promise<SavedCalculation | undefined>>();

/**
 * Starts reading a saved calculation before the workspace is open (at start, while the
 * main database opens and the screen is built), so both reads overlap. The first
 * `loadSnapshot` of that scenario takes it; whether it matches is decided there, as always.
 */
export function prefetchSnapshot(workspaceDbName: string, scenario: ScenarioId): void {
  const id = `${workspaceDbName} ${scenario}`;
  if (prefetched.has(id)) return;
  const read = snapshotDb(workspaceDbName).calculations.get(scenario);
  read.catch(() => undefined);
  prefetched.set(id, read);
}

function takePrefetched(workspaceDbName: string, scenario: ScenarioId): Promise<SavedCalculation | undefined> | undefined {
  const id = `${workspaceDbName} ${scenario}`;
  const read = prefetched.get(id);
  prefetched.delete(id);
  return read;
}

/** The saved calculation if it was made from the data stored now, else undefined. Never throws. */
export async function loadSnapshot(workspaceDbName: string, scenario: ScenarioId, current: string): Promise<CalculatedProposal[] | undefined> {
  try {
    const saved = await (takePrefetched(workspaceDbName, scenario) ?? snapshotDb(workspaceDbName).calculations.get(scenario));
    return saved && saved.key === current ? saved.items : undefined;
  } catch {
    // A cache that cannot be read is a cache that is not there: the worker calculates.
    return undefined;
  }
}

/** Saves a calculation (replacing the older one of the scenario). Never throws. */
export async function saveSnapshot(workspaceDbName: string, scenario: ScenarioId, key: string, items: CalculatedProposal[]): Promise<void> {
  try {
    await snapshotDb(workspaceDbName).calculations.put({ scenario, key, savedAt: new Date().toISOString(), items });
  } catch {
    // Full disk or private mode: the next start calculates, as without a cache.
  }
}
