import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculateScenario, loadCalculationInputs, type CalculationCaches } from '../../renderer/data/calculations';
import { applyCostLineChanges, saveCalculationSettings } from '../../renderer/data/repositories/costs';
import { loadCalculationSettings } from '../../renderer/data/repositories/costPlans';
import { updateParty } from '../../renderer/data/repositories/masterData';
import { loadSettings } from '../../renderer/data/repositories/settings';
import { saveSettings } from '../../renderer/data/repositories/saveSettings';
import type { IkzDatabase } from '../../renderer/data/db';
import { bauhofProposal } from './helpers';

// Plans that were never saved take their start year from the clock; fix it.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T12:00:00'));
});
afterEach(() => vi.useRealTimers());

/** A proposal without a stored plan (it uses the defaults from Einstellungen) and with costs. */
async function setup() {
  const { db, p, party } = await bauhofProposal();
  // A proposal whose calculation settings were never saved (whether or not creating one stores a plan).
  await db.costPlans.where('proposalId').equals(p.id).delete();
  const base = { proposalId: p.id, recurrence: 'laufend' as const, budgetRelevant: true, isExample: false };
  await applyCostLineChanges(db, p.id, {
    upserts: [
      {
        ...base,
        variant: 'ist',
        partyId: party('kamen'),
        category: 'personal',
        label: 'Personal Kamen',
        entry: { mode: 'growth', startCents: 100_000_00, increasePercent: 0 },
      },
      {
        ...base,
        variant: 'kooperation',
        partyId: null,
        category: 'sachkosten',
        label: 'Gemeinsamer Betrieb',
        entry: { mode: 'growth', startCents: 60_000_00, increasePercent: 0 },
      },
      {
        ...base,
        variant: 'kooperation',
        partyId: null,
        category: 'personal',
        label: 'Personal gemeinsam',
        entry: { mode: 'staff', fte: 0.5, payGroup: 'TVöD EG 8', increasePercent: 0 },
      },
    ],
    deletions: [],
  });
  return { db, p, party };
}

/** The cached result of every proposal equals a calculation from scratch. */
async function expectFresh(db: IkzDatabase, caches: CalculationCaches) {
  const inputs = await loadCalculationInputs(db);
  for (const scenario of ['basis', 'pessimistisch'] as const) {
    expect(calculateScenario(inputs, caches, scenario)).toEqual(calculateScenario(inputs, new Map(), scenario));
  }
  return calculateScenario(inputs, caches, 'basis');
}

describe('cached calculation follows every input', () => {
  it('changing the default discount rate under Einstellungen changes the Kapitalwert of proposals with default plans', async () => {
    const { db, p } = await setup();
    const caches: CalculationCaches = new Map();
    const before = (await expectFresh(db, caches)).find((i) => i.id === p.id)!.calc.kapitalwert;
    await saveSettings(db, { ...(await loadSettings(db)), discountRatePercent: 5 });
    const after = (await expectFresh(db, caches)).find((i) => i.id === p.id)!.calc.kapitalwert;
    expect(after).not.toBeCloseTo(before, 0);
    // Savings 100.000 − 60.000 − 0,5 × 70.000 (TVöD EG 8) = 5.000 € a year for 10 years at 5 %:
    // 5.000 × (1 − 1,05^−10) / 0,05 = 38.608,67 €
    expect(after / 100).toBeCloseTo(38_608.67, 1);
  });

  it('changing the default observation period changes the years of proposals with default plans', async () => {
    const { db, p } = await setup();
    const caches: CalculationCaches = new Map();
    await expectFresh(db, caches);
    await saveSettings(db, { ...(await loadSettings(db)), observationYears: 5 });
    expect((await expectFresh(db, caches)).find((i) => i.id === p.id)!.calc.years).toEqual([2027, 2028, 2029, 2030, 2031]);
  });

  it('follows pay rates, scenario multipliers and populations', async () => {
    const { db, party } = await setup();
    const caches: CalculationCaches = new Map();
    await expectFresh(db, caches);
    const settings = await loadCalculationSettings(db);
    await saveCalculationSettings(db, { payRates: settings.payRates.map((r) => ({ ...r, annualCents: r.annualCents * 2 })) });
    await expectFresh(db, caches);
    await saveCalculationSettings(db, {
      scenarios: {
        ...settings.scenarios,
        pessimistisch: { ...settings.scenarios.pessimistisch, kooperation: { ...settings.scenarios.pessimistisch.kooperation, sachkosten: 2 } },
      },
    });
    await expectFresh(db, caches);
    const bergkamen = (await db.parties.get(party('bergkamen')))!;
    await updateParty(db, bergkamen.id, {
      name: bergkamen.name,
      kind: bergkamen.kind,
      inhabitants: 1,
      employees: bergkamen.employees,
      payrollCases: bergkamen.payrollCases,
    });
    await expectFresh(db, caches);
  });
});
