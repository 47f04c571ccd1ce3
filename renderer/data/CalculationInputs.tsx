/**
 * The inputs of every calculation (proposals, parties, cost lines, plans, settings),
 * loaded once for the whole app and kept live. Screens that show figures (dashboard,
 * proposal page, presentation) then render from memory instead of re-reading tens of
 * thousands of cost lines from IndexedDB on every visit.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { CalculationCache } from '../domain/costs/batch';
import type { CostLine, CostPlan } from '../domain/costs/model';
import type { ScenarioId } from '../domain/costs/scenarios';
import type { Party, Proposal } from '../domain/schemas';
import type { CalculationSettings } from './db';
import { useDb } from './DbContext';
import { loadCalculationSettings, loadPlans } from './repositories/costs';

export interface CalculationInputs {
  proposals: Proposal[];
  parties: Party[];
  lines: CostLine[];
  plans: Map<string, CostPlan>;
  settings: CalculationSettings;
}

interface Value {
  inputs: CalculationInputs | undefined;
  caches: Map<ScenarioId, CalculationCache>;
}

const Context = createContext<Value | null>(null);

export function CalculationInputsProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const inputs = useLiveQuery(async () => {
    const [proposals, parties, lines, settings] = await Promise.all([db.proposals.toArray(), db.parties.toArray(), db.costLines.toArray(), loadCalculationSettings(db)]);
    return { proposals, parties, lines, settings, plans: await loadPlans(db, proposals.map((p) => p.id)) };
  }, [db]);
  const [caches] = useState(() => new Map<ScenarioId, CalculationCache>());
  return <Context.Provider value={{ inputs, caches }}>{children}</Context.Provider>;
}

export function useCalculationInputs(): Value {
  const value = useContext(Context);
  if (!value) throw new Error('useCalculationInputs outside CalculationInputsProvider');
  return value;
}
