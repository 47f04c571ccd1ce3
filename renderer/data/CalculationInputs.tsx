/**
 * The inputs of every calculation, loaded once for the whole app and kept live. Screens
 * that show figures (dashboard, proposal page, presentation) then render from memory
 * instead of re-reading tens of thousands of cost lines from IndexedDB on every visit.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { loadCalculationInputs, type CalculationCaches, type CalculationInputs } from './calculations';
import { useDb } from './DbContext';

interface Value {
  inputs: CalculationInputs | undefined;
  caches: CalculationCaches;
}

const Context = createContext<Value | null>(null);

export function CalculationInputsProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const inputs = useLiveQuery(() => loadCalculationInputs(db), [db]);
  const [caches] = useState<CalculationCaches>(() => new Map());
  return <Context.Provider value={{ inputs, caches }}>{children}</Context.Provider>;
}

export function useCalculationInputs(): Value {
  const value = useContext(Context);
  if (!value) throw new Error('useCalculationInputs outside CalculationInputsProvider');
  return value;
}
