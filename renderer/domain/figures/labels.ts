/**
 * Words that explain a figure, shared by the Übersicht, the slides and the report so that
 * each says the same thing in the same words.
 */
import { FUNDING_THRESHOLD_PERCENT } from '../costs/engine';
import { formatDecimal } from '../format';

/**
 * Which date a sum of Kapitalwerte refers to. The figures module discounts every proposal
 * to 01.01. of the earliest start year among the proposals counted (`referenceYear`);
 * that year may lie in the past, so the label says where it comes from.
 */
export function kapitalwertBasis(referenceYear: number): string {
  return `bezogen auf ${referenceYear}, Beginn des frühesten Vorschlags`;
}

/** The longer form for notes and exports: what was discounted to which date. */
export function kapitalwertBasisLong(referenceYear: number): string {
  return `${kapitalwertBasis(referenceYear)} (alle Vorschläge auf den 01.01.${referenceYear} abgezinst)`;
}

export interface FundingThresholdText {
  /** What is compared with what. */
  label: string;
  /** The proposal's change of the running costs in words. */
  change: string;
  verdict: 'erreicht' | 'nicht erreicht';
}

/**
 * The NRW funding threshold in plain words: the running costs of the whole proposal (all
 * parties) with the cooperation against today (Ist), compared with the threshold of
 * FUNDING_THRESHOLD_PERCENT % less. A signed „−18,45 % · erreicht“ read as if the town's
 * own figure were the threshold.
 */
export function fundingThresholdText(runningCostReductionPercent: number | null, met: boolean): FundingThresholdText {
  const r = runningCostReductionPercent;
  const withCooperation = (how: string) => `Laufende Kosten mit Kooperation ${how}`;
  const change =
    r === null
      ? 'Keine laufenden Kosten im Ist erfasst'
      : withCooperation(r > 0 ? `${formatDecimal(r)} % niedriger als heute` : r < 0 ? `${formatDecimal(-r)} % höher als heute` : 'gleich hoch wie heute');
  return {
    label: `Förderschwelle NRW: laufende Kosten mindestens ${FUNDING_THRESHOLD_PERCENT} % niedriger`,
    change,
    verdict: met ? 'erreicht' : 'nicht erreicht',
  };
}
