import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PartyFacts } from '../../../renderer/domain/costs/allocation';
import { calculateAll, groupLines, type BatchInput, type BatchProposal, type CalculationCache } from '../../../renderer/domain/costs/batch';
import { calculateProposal } from '../../../renderer/domain/costs/engine';
import type { PayRate } from '../../../renderer/domain/costs/expand';
import { DEFAULT_ALLOCATION, type Allocation, type CostLine, type CostPlan } from '../../../renderer/domain/costs/model';
import { DEFAULT_SCENARIOS, type Multipliers } from '../../../renderer/domain/costs/scenarios';
import { line } from './fixtures';

type Plan = Pick<CostPlan, 'period' | 'discounting' | 'allocation'>;

/** A small workspace the way the app holds it: stored plans, and defaults from the settings. */
interface World {
  proposals: BatchProposal[];
  storedPlans: Map<string, Plan>;
  settings: { discountRatePercent: number; observationYears: number };
  lines: CostLine[];
  parties: PartyFacts[];
  payRates: PayRate[];
  multipliers: Multipliers;
}

function initialWorld(): World {
  const proposals: BatchProposal[] = ['p1', 'p2', 'p3'].map((id, i) => ({
    id,
    title: `Vorschlag ${i}`,
    areaId: `area-${i % 2}`,
    status: 'in_pruefung',
    leadPartyId: 'A',
    participantIds: i === 2 ? ['B', 'C'] : ['B'],
  }));
  return {
    proposals,
    storedPlans: new Map([['p1', { period: { startYear: 2027, years: 5 }, discounting: { mode: 'flat', ratePercent: 2 }, allocation: DEFAULT_ALLOCATION }]]),
    settings: { discountRatePercent: 0.9, observationYears: 10 },
    lines: proposals.flatMap((p) => [
      line({ proposalId: p.id, variant: 'ist', partyId: 'A', category: 'personal', entry: { mode: 'growth', startCents: 100_000_00, increasePercent: 1 } }),
      line({
        proposalId: p.id,
        variant: 'kooperation',
        partyId: null,
        category: 'sachkosten',
        entry: { mode: 'growth', startCents: 60_000_00, increasePercent: 0 },
      }),
      line({
        proposalId: p.id,
        variant: 'kooperation',
        partyId: null,
        category: 'personal',
        entry: { mode: 'staff', fte: 0.5, payGroup: 'EG 8', increasePercent: 2 },
      }),
    ]),
    parties: [
      { id: 'A', inhabitants: 30_000 },
      { id: 'B', inhabitants: 10_000 },
      { id: 'C', inhabitants: null },
    ],
    payRates: [{ payGroup: 'EG 8', annualCents: 70_000_00, year: 2025 }],
    multipliers: DEFAULT_SCENARIOS.pessimistisch,
  };
}

/** Mirrors loadPlans: a proposal without a stored plan uses the settings. */
function inputOf(w: World): BatchInput {
  const plans = new Map(
    w.proposals.map((p) => [
      p.id,
      w.storedPlans.get(p.id) ?? {
        period: { startYear: 2027, years: w.settings.observationYears },
        discounting: { mode: 'flat' as const, ratePercent: w.settings.discountRatePercent },
        allocation: DEFAULT_ALLOCATION,
      },
    ]),
  );
  return { proposals: w.proposals, plans, linesByProposal: groupLines(w.lines), parties: w.parties, payRates: w.payRates, multipliers: w.multipliers };
}

const fresh = (input: BatchInput) =>
  input.proposals.map((p) =>
    calculateProposal({
      proposal: p,
      plan: input.plans.get(p.id)!,
      lines: input.linesByProposal.get(p.id) ?? [],
      parties: input.parties,
      payRates: input.payRates,
      multipliers: input.multipliers,
    }),
  );

// Edits are immutable updates, as the repositories do them: a changed line gets a new revision.
type Edit = (w: World) => World;
const proposalIndex = fc.integer({ min: 0, max: 2 });
const rate = fc.double({ min: -2, max: 10, noNaN: true });
const edits: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 500_000_00 })).map(([i, cents]): Edit => (w) => {
    const k = i % w.lines.length;
    const l = w.lines[k]!;
    const entry = l.entry.mode === 'growth' ? { ...l.entry, startCents: cents } : l.entry.mode === 'staff' ? { ...l.entry, fte: cents / 100_000_00 } : l.entry;
    return { ...w, lines: w.lines.map((x, j) => (j === k ? { ...l, entry, revision: l.revision + 1 } : x)) };
  }),
  fc.tuple(proposalIndex, fc.integer({ min: 0, max: 100_000_00 }), fc.constantFrom('ist', 'kooperation' as const)).map(([i, cents, variant]): Edit => (w) => ({
    ...w,
    lines: [
      ...w.lines,
      line({
        proposalId: w.proposals[i]!.id,
        variant,
        partyId: variant === 'ist' ? 'B' : null,
        entry: { mode: 'growth', startCents: cents, increasePercent: 0 },
      }),
    ],
  })),
  fc.nat().map((i): Edit => (w) => ({ ...w, lines: w.lines.filter((_, j) => j !== i % w.lines.length) })),
  fc
    .tuple(proposalIndex, rate, fc.integer({ min: 1, max: 15 }), fc.constantFrom<Allocation['key']>('einwohner', 'gleich', 'gewichte'))
    .map(([i, r, years, key]): Edit => (w) => {
      const storedPlans = new Map(w.storedPlans);
      storedPlans.set(w.proposals[i]!.id, {
        period: { startYear: 2027, years },
        discounting: { mode: 'flat', ratePercent: r },
        allocation: { ...DEFAULT_ALLOCATION, key, weights: { A: 1, B: 3 } },
      });
      return { ...w, storedPlans };
    }),
  fc.tuple(proposalIndex, fc.array(rate, { minLength: 1, maxLength: 4 })).map(([i, rates]): Edit => (w) => {
    const storedPlans = new Map(w.storedPlans);
    const current = inputOf(w).plans.get(w.proposals[i]!.id)!;
    storedPlans.set(w.proposals[i]!.id, { ...current, discounting: { mode: 'curve', ratesPercent: rates } });
    return { ...w, storedPlans };
  }),
  fc.tuple(rate, fc.integer({ min: 1, max: 15 })).map(([r, years]): Edit => (w) => ({ ...w, settings: { discountRatePercent: r, observationYears: years } })),
  fc.integer({ min: 0, max: 200_000_00 }).map((cents): Edit => (w) => ({ ...w, payRates: [{ ...w.payRates[0]!, annualCents: cents }] })),
  fc.constantFrom(DEFAULT_SCENARIOS.basis, DEFAULT_SCENARIOS.optimistisch, DEFAULT_SCENARIOS.pessimistisch).map((m): Edit => (w) => ({ ...w, multipliers: m })),
  fc
    .tuple(fc.integer({ min: 0, max: 2 }), fc.option(fc.integer({ min: 0, max: 100_000 })))
    .map(([i, n]): Edit => (w) => ({ ...w, parties: w.parties.map((p, j) => (j === i ? { ...p, inhabitants: n } : p)) })),
  fc
    .tuple(proposalIndex, fc.constantFrom(['B'], ['B', 'C'], ['C']))
    .map(([i, ids]): Edit => (w) => ({ ...w, proposals: w.proposals.map((p, j) => (j === i ? { ...p, participantIds: ids } : p)) })),
);

describe('calculateAll', () => {
  it('cached results always equal a fresh calculateProposal, for any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edits, { minLength: 1, maxLength: 12 }), (sequence) => {
        let world = initialWorld();
        const cache: CalculationCache = new Map();
        calculateAll(inputOf(world), cache);
        for (const edit of sequence) {
          world = edit(world);
          const input = inputOf(world);
          expect(calculateAll(input, cache).map((r) => r.calc)).toEqual(fresh(input));
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('recomputes only the proposal whose input changed and keeps the others', () => {
    const world = initialWorld();
    const cache: CalculationCache = new Map();
    const first = calculateAll(inputOf(world), cache);
    expect(calculateAll(inputOf(world), cache)).toEqual(first);
    expect(calculateAll(inputOf(world), cache).every((r, i) => r === first[i])).toBe(true);
    const edited = {
      ...world,
      lines: world.lines.map((l) =>
        l.proposalId === 'p2' && l.variant === 'ist' ? { ...l, revision: 2, entry: { mode: 'growth' as const, startCents: 1, increasePercent: 0 } } : l,
      ),
    };
    const second = calculateAll(inputOf(edited), cache);
    expect(second.map((r, i) => r === first[i])).toEqual([true, false, true]);
  });

  it('a population change recomputes only the proposals the party takes part in', () => {
    const world = initialWorld();
    const cache: CalculationCache = new Map();
    const first = calculateAll(inputOf(world), cache);
    const second = calculateAll(inputOf({ ...world, parties: world.parties.map((p) => (p.id === 'C' ? { ...p, inhabitants: 5_000 } : p)) }), cache);
    expect(second.map((r, i) => r === first[i])).toEqual([true, true, false]);
  });

  it('the default discount rate reaches proposals without a stored plan (the defect of issue 6)', () => {
    const world = initialWorld();
    const cache: CalculationCache = new Map();
    const before = calculateAll(inputOf(world), cache);
    const after = calculateAll(inputOf({ ...world, settings: { ...world.settings, discountRatePercent: 5 } }), cache);
    expect(after[0]).toBe(before[0]); // p1 has its own stored plan
    expect(after[1]!.calc.kapitalwert).not.toBeCloseTo(before[1]!.calc.kapitalwert, 0);
    expect(after[1]!.calc.rows[0]!.discountFactor).toBeCloseTo(1 / 1.05, 12);
  });

  it('forgets proposals that are gone and carries title, area, status and the example flag', () => {
    const world = initialWorld();
    const cache: CalculationCache = new Map();
    calculateAll(inputOf(world), cache);
    const renamed = { ...world, proposals: [{ ...world.proposals[0]!, title: 'Neu', areaId: 'area-9', status: 'beschlussreif' as const, isExample: true }] };
    const [only] = calculateAll(inputOf(renamed), cache);
    expect([...cache.keys()]).toEqual(['p1']);
    expect(only).toMatchObject({ id: 'p1', title: 'Neu', areaId: 'area-9', status: 'beschlussreif', isExample: true });
  });
});
