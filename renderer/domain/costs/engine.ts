/**
 * The savings engine: one documented entry, `calculateProposal`, so that others can
 * check the numbers independently (README, "Berechnung").
 *
 * Inputs
 *  - proposal: lead and participants (they share the joint cooperation costs)
 *  - plan: observation period (start year, years), discounting (flat rate or yield
 *    curve), allocation key for joint costs
 *  - lines: cost lines of both variants (Ist, Kooperation), amounts in euro cents;
 *    a line with partyId null is a joint cost, shared by the allocation key. Yearly
 *    amounts are keyed by calendar year: only the period's years count, and nothing
 *    here reads the clock, so the result is the same on any day
 *    (growth and staff lines start in the period's first year)
 *  - parties: population per party (for the key), payRates (for staff lines),
 *    multipliers (scenario)
 *
 * Method (BMF Arbeitsanleitung WU 2011)
 *  - per year: Ist costs, cooperation costs (own + allocated joint share), savings =
 *    Ist − Kooperation; revenues are negative costs
 *  - payments at year end: year n = 1 … N of the period is discounted with
 *    1 / (1 + p_n)^n, p_n the flat rate or the curve's rate for maturity n
 *  - Kapitalwert = Σ present values of the yearly savings
 *  - break-even: the first year from which cumulative savings stay ≥ 0
 *  - NRW funding threshold: running costs (all but introduction and revenues) fall by
 *    at least 15 % over the period
 *
 * Outputs: a table per year (Ist, Kooperation, Ersparnis, kumuliert, Abzinsungsfaktor,
 * Barwert), totals, Kapitalwert, break-even year, results per party and per category.
 * Cents are integers except present values, which are fractional until displayed.
 */
import { allocateByKey, allocationProblem, type PartyFacts } from './allocation';
import { discountFactor } from './discounting';
import { lineAmounts, type PayRate } from './expand';
import { COST_CATEGORIES, periodYears, type CostCategory, type CostLine, type CostPlan, type Variant } from './model';
import { NEUTRAL_MULTIPLIERS, type Multipliers } from './scenarios';

export interface ProposalFacts {
  id: string;
  leadPartyId: string;
  participantIds: readonly string[];
}

export interface EngineInput {
  proposal: ProposalFacts;
  plan: Pick<CostPlan, 'period' | 'discounting' | 'allocation'>;
  lines: readonly CostLine[];
  parties: readonly PartyFacts[];
  payRates?: readonly PayRate[];
  multipliers?: Multipliers;
}

export interface YearRow {
  year: number;
  /** Maturity: 1 for the first year of the period. */
  n: number;
  ist: number;
  koop: number;
  savings: number;
  cumulative: number;
  discountFactor: number;
  presentValue: number;
}

export interface PartyResult {
  partyId: string;
  ist: number[];
  koop: number[];
  savings: number[];
  totalSavings: number;
  kapitalwert: number;
  /** This party's share of the joint cooperation costs over the period. */
  jointShare: number;
  /** The same share year by year (sums to `jointShare`): the table of shares in contract drafts. */
  jointShareByYear: number[];
}

export interface ProposalCalculation {
  proposalId: string;
  years: number[];
  rows: YearRow[];
  totals: { ist: number; koop: number; savings: number; savingsPercent: number | null; budgetRelevantSavings: number };
  kapitalwert: number;
  breakEvenYear: number | null;
  /** Savings in the last year of the period, when the cooperation works in full. */
  annualSavingsFullEffect: number;
  runningCostReductionPercent: number | null;
  fundingThresholdMet: boolean;
  parties: PartyResult[];
  byCategory: Record<CostCategory, { ist: number; koop: number }>;
  /** Per variant and category, the present value of the costs (for the sensitivity). */
  presentValueByCategory: Record<Variant, Record<CostCategory, number>>;
  warnings: string[];
}

export const FUNDING_THRESHOLD_PERCENT = 15;
const RUNNING: readonly CostCategory[] = ['personal', 'sachkosten', 'lizenzen_it', 'sonstiges'];

const zeros = (n: number) => new Array<number>(n).fill(0);

export function calculateProposal(input: EngineInput): ProposalCalculation {
  const { proposal, plan, lines } = input;
  const multipliers = input.multipliers ?? NEUTRAL_MULTIPLIERS;
  const years = periodYears(plan.period);
  const N = years.length;
  const participantIds = [proposal.leadPartyId, ...proposal.participantIds.filter((id) => id !== proposal.leadPartyId)];
  const partyIndex = new Map(participantIds.map((id, i) => [id, i]));
  const facts = participantIds.map((id) => input.parties.find((p) => p.id === id) ?? { id, inhabitants: null });
  const warnings: string[] = [];

  // own[variant][party][year], joint[variant][year]
  const own: Record<Variant, number[][]> = { ist: participantIds.map(() => zeros(N)), kooperation: participantIds.map(() => zeros(N)) };
  const joint: Record<Variant, number[]> = { ist: zeros(N), kooperation: zeros(N) };
  const byCategory = Object.fromEntries(COST_CATEGORIES.map((c) => [c, { ist: 0, koop: 0 }])) as ProposalCalculation['byCategory'];
  const byCategoryYear: Record<Variant, Record<CostCategory, number[]>> = {
    ist: Object.fromEntries(COST_CATEGORIES.map((c) => [c, zeros(N)])) as Record<CostCategory, number[]>,
    kooperation: Object.fromEntries(COST_CATEGORIES.map((c) => [c, zeros(N)])) as Record<CostCategory, number[]>,
  };
  const budgetRelevant = zeros(N);

  for (const line of lines) {
    if (line.entry.mode === 'staff' && !(input.payRates ?? []).some((r) => r.payGroup === (line.entry as { payGroup: string }).payGroup)) {
      warnings.push(`Für die Entgeltgruppe „${line.entry.payGroup}“ (${line.label}) ist kein Personalkostensatz hinterlegt; die Zeile zählt 0 €.`);
    }
    const m = multipliers[line.variant][line.category];
    const amounts = lineAmounts(line, plan.period, input.payRates);
    const sign = line.category === 'erloese' ? -1 : 1;
    const target = line.partyId === null ? joint[line.variant] : own[line.variant][partyIndex.get(line.partyId) ?? -1];
    if (!target) {
      warnings.push(`Die Zeile „${line.label}“ gehört zu einer Kommune, die an diesem Vorschlag nicht beteiligt ist; sie wird nicht berücksichtigt.`);
      continue;
    }
    for (let i = 0; i < N; i++) {
      const value = sign * Math.round(amounts[i]! * m);
      if (value === 0) continue;
      target[i]! += value;
      byCategoryYear[line.variant][line.category][i]! += value;
      if (line.variant === 'ist') byCategory[line.category].ist += value;
      else byCategory[line.category].koop += value;
      if (line.budgetRelevant) budgetRelevant[i]! += line.variant === 'ist' ? value : -value;
    }
  }

  const hasJoint = joint.ist.some((x) => x !== 0) || joint.kooperation.some((x) => x !== 0);
  if (hasJoint) {
    const problem = allocationProblem(plan.allocation, facts);
    if (problem) warnings.push(problem);
  }
  const jointShareByYear = participantIds.map(() => zeros(N));
  for (const variant of ['ist', 'kooperation'] as const) {
    for (let i = 0; i < N; i++) {
      if (joint[variant][i] === 0) continue;
      const shares = allocateByKey(joint[variant][i]!, plan.allocation, facts);
      participantIds.forEach((id, p) => {
        const share = shares.get(id) ?? 0;
        own[variant][p]![i]! += share;
        if (variant === 'kooperation') jointShareByYear[p]![i]! += share;
      });
    }
  }

  const factors = years.map((_, i) => discountFactor(i + 1, plan.discounting));
  const rows: YearRow[] = [];
  let cumulative = 0;
  for (let i = 0; i < N; i++) {
    const ist = own.ist.reduce((s, p) => s + p[i]!, 0);
    const koop = own.kooperation.reduce((s, p) => s + p[i]!, 0);
    const savings = ist - koop;
    cumulative += savings;
    rows.push({ year: years[i]!, n: i + 1, ist, koop, savings, cumulative, discountFactor: factors[i]!, presentValue: savings * factors[i]! });
  }

  const parties: PartyResult[] = participantIds.map((partyId, p) => {
    const ist = own.ist[p]!;
    const koop = own.kooperation[p]!;
    const savings = ist.map((x, i) => x - koop[i]!);
    return {
      partyId,
      ist,
      koop,
      savings,
      totalSavings: savings.reduce((a, b) => a + b, 0),
      kapitalwert: savings.reduce((s, z, i) => s + z * factors[i]!, 0),
      jointShare: jointShareByYear[p]!.reduce((a, b) => a + b, 0),
      jointShareByYear: jointShareByYear[p]!,
    };
  });

  const totalIst = rows.reduce((s, r) => s + r.ist, 0);
  const totalKoop = rows.reduce((s, r) => s + r.koop, 0);
  const runningIst = RUNNING.reduce((s, c) => s + byCategory[c].ist, 0);
  const runningKoop = RUNNING.reduce((s, c) => s + byCategory[c].koop, 0);
  const runningCostReductionPercent = runningIst > 0 ? ((runningIst - runningKoop) / runningIst) * 100 : null;
  const presentValueByCategory = {
    ist: Object.fromEntries(COST_CATEGORIES.map((c) => [c, byCategoryYear.ist[c].reduce((s, z, i) => s + z * factors[i]!, 0)])),
    kooperation: Object.fromEntries(COST_CATEGORIES.map((c) => [c, byCategoryYear.kooperation[c].reduce((s, z, i) => s + z * factors[i]!, 0)])),
  } as ProposalCalculation['presentValueByCategory'];

  return {
    proposalId: proposal.id,
    years,
    rows,
    totals: {
      ist: totalIst,
      koop: totalKoop,
      savings: totalIst - totalKoop,
      savingsPercent: totalIst !== 0 ? ((totalIst - totalKoop) / totalIst) * 100 : null,
      budgetRelevantSavings: budgetRelevant.reduce((a, b) => a + b, 0),
    },
    kapitalwert: rows.reduce((s, r) => s + r.presentValue, 0),
    breakEvenYear: breakEven(rows),
    annualSavingsFullEffect: rows[rows.length - 1]?.savings ?? 0,
    runningCostReductionPercent,
    fundingThresholdMet: runningCostReductionPercent !== null && runningCostReductionPercent >= FUNDING_THRESHOLD_PERCENT,
    parties,
    byCategory,
    presentValueByCategory,
    warnings: [...new Set(warnings)],
  };
}

/** The first year from which cumulative savings stay at or above zero; null if they end below. */
export function breakEven(rows: readonly Pick<YearRow, 'year' | 'cumulative'>[]): number | null {
  let candidate: number | null = null;
  for (const row of rows) {
    if (row.cumulative >= 0) candidate ??= row.year;
    else candidate = null;
  }
  return candidate;
}
