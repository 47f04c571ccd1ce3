/**
 * The sensitivity of a proposal in one sentence for the report, from the same rows the
 * proposal page shows as a table (domain/costs/sensitivity.ts) and in the same format.
 */
import type { ProposalCalculation } from '../costs/engine';
import { criticalDiscountRate, sensitivity } from '../costs/sensitivity';
import { formatDecimal } from '../format';

export function sensitivitySentence(c: ProposalCalculation): string {
  const koop = sensitivity(c)[0]?.criticalChangePercent ?? null;
  const rate = criticalDiscountRate(c.rows.map((r) => r.savings));
  const first =
    koop === null
      ? 'Keine Änderung der Kosten der Kooperation kehrt das Vorzeichen des Kapitalwerts um'
      : koop >= 0
        ? `Der Kapitalwert bleibt positiv, bis die Kosten der Kooperation um ${formatDecimal(koop)} % steigen`
        : `Der Kapitalwert wird erst positiv, wenn die Kosten der Kooperation um ${formatDecimal(-koop)} % sinken`;
  const second =
    rate === null
      ? 'kein Diskontierungszinssatz zwischen −50 % und 100 % macht ihn null'
      : `bei einem Diskontierungszinssatz von ${formatDecimal(rate)} % wäre er null`;
  return `${first}; ${second}.`;
}
