import { describe, expect, it } from 'vitest';
import { calculateProposal } from '../../renderer/domain/costs/engine';
import { DEFAULT_ALLOCATION } from '../../renderer/domain/costs/model';
import { DEFAULT_SCENARIOS } from '../../renderer/domain/costs/scenarios';
import { calculateWhatIf, describeChange, isChanged, noChange, toggleParty, whatIfInput, type WhatIfBase } from '../../renderer/domain/costs/whatIf';
import { euro, line } from './costs/fixtures';

const each = (v: number) => ({ mode: 'growth' as const, startCents: euro(v), increasePercent: 0 });
const PARTIES = [
  { id: 'A', inhabitants: 30_000 },
  { id: 'B', inhabitants: 10_000 },
  { id: 'C', inhabitants: 20_000 },
  { id: 'D', inhabitants: 40_000 },
];
/* Ist A 100.000, B 40.000, C 50.000 a year; joint cooperation 90.000 by population. */
const base: WhatIfBase = {
  proposal: { id: 'p', leadPartyId: 'A', participantIds: ['B', 'C'] },
  plan: { period: { startYear: 2027, years: 3 }, discounting: { mode: 'flat', ratePercent: 0 }, allocation: DEFAULT_ALLOCATION },
  lines: [
    line({ proposalId: 'p', variant: 'ist', partyId: 'A', category: 'personal', entry: each(100_000) }),
    line({ proposalId: 'p', variant: 'ist', partyId: 'B', category: 'personal', entry: each(40_000) }),
    line({ proposalId: 'p', variant: 'ist', partyId: 'C', category: 'personal', entry: each(50_000) }),
    line({ proposalId: 'p', variant: 'kooperation', partyId: null, category: 'sachkosten', entry: each(90_000) }),
  ],
  parties: PARTIES,
  payRates: [],
  scenarios: DEFAULT_SCENARIOS,
};
const names = { party: (id: string) => `Stadt ${id}`, scenario: (s: string) => s, rate: (r: number) => `${r} %` };

describe('what-if on a proposal', () => {
  it('without a change gives exactly what the engine gives for the stored proposal', () => {
    const stored = calculateProposal({ ...base, multipliers: DEFAULT_SCENARIOS.basis });
    expect(calculateWhatIf(base, noChange(base, 'basis'))).toEqual(stored);
    expect(isChanged(base, noChange(base, 'basis'), 'basis')).toBe(false);
  });

  it('taking a party out drops its own lines and shares the joint costs among those who stay', () => {
    const change = toggleParty(base, noChange(base, 'basis'), 'C');
    expect(change.partyIds).toEqual(['A', 'B']);
    const input = whatIfInput(base, change);
    expect(input.lines.map((l) => l.partyId)).toEqual(['A', 'B', null]);
    const calc = calculateWhatIf(base, change);
    // 90.000 by population 30 : 10 → A 67.500, B 22.500 a year, three years
    expect(calc.parties.map((p) => [p.partyId, p.jointShare])).toEqual([
      ['A', euro(202_500)],
      ['B', euro(67_500)],
    ]);
    expect(calc.warnings).toEqual([]);
    expect(isChanged(base, change, 'basis')).toBe(true);
    expect(describeChange(base, change, 'basis', names)).toBe('ohne Stadt C');
  });

  it('a party taken in pays its share of the joint costs and brings no own lines; the lead may leave', () => {
    const withD = toggleParty(base, noChange(base, 'basis'), 'D');
    expect(withD.partyIds).toEqual(['A', 'B', 'C', 'D']);
    const d = calculateWhatIf(base, withD).parties.find((p) => p.partyId === 'D')!;
    expect(d.jointShare).toBe(euro(90_000 * 3 * 0.4));
    expect(d.totalSavings).toBe(-d.jointShare);
    const noLead = toggleParty(base, withD, 'A');
    expect(whatIfInput(base, noLead).proposal).toEqual({ id: 'p', leadPartyId: 'B', participantIds: ['C', 'D'] });
    // back in: the stored order returns, newcomers last
    expect(toggleParty(base, noLead, 'A').partyIds).toEqual(['A', 'B', 'C', 'D']);
    expect(describeChange(base, noLead, 'basis', names)).toBe('ohne Stadt A · mit Stadt D');
  });

  it('keeps the last party, since a cooperation of nobody has no figures', () => {
    let change = noChange(base, 'basis');
    for (const id of ['A', 'B', 'C']) change = toggleParty(base, change, id);
    expect(change.partyIds).toEqual(['C']);
  });

  it('switches the scenario and the discount rate exactly as the engine takes them', () => {
    const change = { ...noChange(base, 'basis'), scenario: 'pessimistisch' as const, ratePercent: 4 };
    const input = whatIfInput(base, change);
    expect(input.multipliers).toBe(DEFAULT_SCENARIOS.pessimistisch);
    expect(input.plan.discounting).toEqual({ mode: 'flat', ratePercent: 4 });
    expect(calculateWhatIf(base, change)).toEqual(calculateProposal({ ...input }));
    expect(describeChange(base, change, 'basis', names)).toBe('Szenario pessimistisch · Zinssatz 4 %');
    // a stored plan is never touched
    expect(base.plan.discounting).toEqual({ mode: 'flat', ratePercent: 0 });
  });
});
