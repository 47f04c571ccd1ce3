/**
 * The calculation of every proposal, for the whole app and kept live. Screens that show
 * figures (dashboard, proposal page, presentation) render from memory instead of
 * re-reading tens of thousands of cost lines on every visit. The engine runs in a Web
 * Worker where there is one; otherwise (or if the worker fails) on this thread.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { calculationClientFor, type CalculationClient } from '../data/calculationClient';
import { loadCalculationInputs, type CalculationCaches, type CalculationInputs } from '../data/calculations';
import { useDb } from './DbContext';

interface Value {
  /** Set when calculating on this thread. */
  inputs: CalculationInputs | undefined;
  caches: CalculationCaches;
  /** Set while the worker calculates. */
  client: CalculationClient | null;
}

const Context = createContext<Value | null>(null);

const never = () => () => {};

export function CalculationInputsProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const worker = calculationClientFor(db);
  const failed = useSyncExternalStore(worker ? worker.subscribe : never, () => worker?.failed ?? true);
  const client = failed ? null : worker;
  // Only the inline mode reads the inputs here; with a worker the worker reads them.
  const inputs = useLiveQuery(() => (client ? undefined : loadCalculationInputs(db)), [db, client]);
  const [caches] = useState<CalculationCaches>(() => new Map());
  return <Context.Provider value={{ inputs, caches, client }}>{children}</Context.Provider>;
}

export function useCalculationInputs(): Value {
  const value = useContext(Context);
  if (!value) throw new Error('useCalculationInputs outside CalculationInputsProvider');
  return value;
}
