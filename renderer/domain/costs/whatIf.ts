/**
 * A live what-if on a proposal (presentation): the stored inputs of one proposal with
 * parties taken out or in, another scenario or another discount rate, handed to the one
 * engine entry `calculateProposal`. Nothing here writes; the caller shows the result as
 * „Variante, nicht gespeichert“.
 */
import type { PartyFacts } from './allocation';
import { calculateProposal, type EngineInput, type ProposalCalculation, type ProposalFacts } from './engine';
import type { PayRate } from './expand';
import type { CostLine, CostPlan, Discounting } from './model';
import type { ScenarioId, ScenarioSet } from './scenarios';

/** The stored inputs of one proposal, exactly as the batch calculation reads them. */
export interface WhatIfBase {
  proposal: ProposalFacts;
  plan: Pick<CostPlan, 'period' | 'discounting' | 'allocation'>;
  lines: readonly CostLine[];
  parties: readonly PartyFacts[];
  payRates: readonly PayRate[];
  scenarios: ScenarioSet;
}

export interface WhatIfChange {
  /** The parties taking part in the variant, in the order lead first (at least one). */
  partyIds: readonly string[];
  scenario: ScenarioId;
  /** A flat rate in percent, or null: the plan's own discounting (flat rate or yield curve). */
  ratePercent: number | null;
}

/** The unchanged proposal as a change: its parties, the scenario shown, its own discounting. */
export function noChange(base: WhatIfBase, scenario: ScenarioId): WhatIfChange {
  return { partyIds: participantsOf(base.proposal), scenario, ratePercent: null };
}

export function participantsOf(p: Pick<ProposalFacts, 'leadPartyId' | 'participantIds'>): string[] {
  return [p.leadPartyId, ...p.participantIds.filter((id) => id !== p.leadPartyId)];
}

/** Whether the change differs from the stored proposal (seen in `scenario`). */
export function isChanged(base: WhatIfBase, change: WhatIfChange, scenario: ScenarioId): boolean {
  const stored = participantsOf(base.proposal);
  const sameParties = stored.length === change.partyIds.length && stored.every((id) => change.partyIds.includes(id));
  return !sameParties || change.scenario !== scenario || change.ratePercent !== null;
}

/** Takes a party out of the variant, or back in (in the proposal's order, newcomers last). */
export function toggleParty(base: WhatIfBase, change: WhatIfChange, partyId: string): WhatIfChange {
  const inVariant = change.partyIds.includes(partyId);
  // The last party stays: a cooperation of nobody has no figures.
  if (inVariant && change.partyIds.length === 1) return change;
  const wanted = inVariant ? change.partyIds.filter((id) => id !== partyId) : [...change.partyIds, partyId];
  const stored = participantsOf(base.proposal);
  const ordered = [...stored.filter((id) => wanted.includes(id)), ...wanted.filter((id) => !stored.includes(id))];
  return { ...change, partyIds: ordered };
}

/**
 * The engine input of the variant. A party taken out takes its own cost lines with it
 * (it keeps working as today, outside the comparison); joint costs stay and are shared
 * by the plan's key among those who remain. A party taken in brings no own lines: it
 * pays its share of the joint costs. If the lead leaves, the next party leads.
 */
export function whatIfInput(base: WhatIfBase, change: WhatIfChange): EngineInput {
  const [lead, ...others] = change.partyIds.length > 0 ? change.partyIds : participantsOf(base.proposal);
  const members = new Set(change.partyIds);
  const discounting: Discounting = change.ratePercent === null ? base.plan.discounting : { mode: 'flat', ratePercent: change.ratePercent };
  return {
    proposal: { id: base.proposal.id, leadPartyId: lead!, participantIds: others },
    plan: { period: base.plan.period, allocation: base.plan.allocation, discounting },
    lines: base.lines.filter((l) => l.partyId === null || members.has(l.partyId)),
    parties: base.parties,
    payRates: base.payRates,
    multipliers: base.scenarios[change.scenario],
  };
}

export function calculateWhatIf(base: WhatIfBase, change: WhatIfChange): ProposalCalculation {
  return calculateProposal(whatIfInput(base, change));
}

/** Short German description of what the variant changes, e.g. „ohne Selm · mit Fröndenberg/Ruhr · 2,0 %“. */
export function describeChange(
  base: WhatIfBase,
  change: WhatIfChange,
  scenario: ScenarioId,
  names: { party(id: string): string; scenario(id: ScenarioId): string; rate(p: number): string },
): string {
  const stored = participantsOf(base.proposal);
  const parts: string[] = [];
  const out = stored.filter((id) => !change.partyIds.includes(id));
  const added = change.partyIds.filter((id) => !stored.includes(id));
  if (out.length > 0) parts.push(`ohne ${out.map(names.party).join(', ')}`);
  if (added.length > 0) parts.push(`mit ${added.map(names.party).join(', ')}`);
  if (change.scenario !== scenario) parts.push(`Szenario ${names.scenario(change.scenario)}`);
  if (change.ratePercent !== null) parts.push(`Zinssatz ${names.rate(change.ratePercent)}`);
  return parts.join(' · ');
}
