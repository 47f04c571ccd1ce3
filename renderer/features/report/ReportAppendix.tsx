import { memo } from 'react';
import '../../ui/calculation/calcTable.css';
import { formatDecimal, formatEuroCents } from '../../domain/format';
import { ALLOCATION_KEY_LABELS, CATEGORY_LABELS, COST_CATEGORIES, type Allocation, type CostPlan, type Discounting } from '../../domain/costs/model';
import { SCENARIO_LABELS, type ScenarioId } from '../../domain/costs/scenarios';
import type { CalculationSettings } from '../../data/db';
import type { ReportSection } from './useReportData';

export function discountingLabel(d: Discounting): string {
  return d.mode === 'flat'
    ? `${formatDecimal(d.ratePercent)} % p. a. (ein Zinssatz)`
    : `Zinsstrukturkurve: ${d.ratesPercent.map((r, i) => `n=${i + 1}: ${formatDecimal(r)} %`).join(', ')}`;
}

export function allocationLabel(a: Allocation): string {
  if (a.key !== 'gemischt') return ALLOCATION_KEY_LABELS[a.key];
  return `${formatDecimal(a.basePercent)} % zu gleichen Teilen, Rest ${ALLOCATION_KEY_LABELS[a.variableKey]}`;
}

/** The assumptions behind every figure: period, discounting, keys, scenario, pay rates. */
// Memoised: the second print pass changes only the table of contents.
export const ReportAssumptions = memo(function ReportAssumptions({
  sections,
  plans,
  calcSettings,
  scenario,
  referenceYear,
}: {
  sections: readonly ReportSection[];
  plans: Map<string, CostPlan>;
  calcSettings: CalculationSettings;
  scenario: ScenarioId;
  referenceYear: number | null;
}) {
  const multipliers = calcSettings.scenarios[scenario];
  return (
    <>
      <p className="report-text">
        Berechnet nach der Arbeitsanleitung „Einführung in Wirtschaftlichkeitsuntersuchungen“ des BMF: Zahlungen am Jahresende, Jahr n des Zeitraums abgezinst
        mit 1 / (1 + p)^n. Szenario: {SCENARIO_LABELS[scenario]}.
        {referenceYear !== null ? ` Summen des Kapitalwerts über mehrere Vorschläge sind Barwerte zum 01.01.${referenceYear}.` : ''}
      </p>
      <h3>Zeitraum, Abzinsung und Verteilungsschlüssel je Vorschlag</h3>
      {sections.length === 0 ? (
        <p className="report-note">Keine Vorschläge ausgewählt.</p>
      ) : (
        <table className="calc-table report-table">
          <thead>
            <tr>
              <th>Nr.</th>
              <th>Vorschlag</th>
              <th>Zeitraum</th>
              <th>Abzinsung</th>
              <th>Verteilung gemeinsamer Kosten</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s, i) => {
              const plan = plans.get(s.proposal.id);
              return (
                <tr key={s.proposal.id}>
                  <td>{i + 1}</td>
                  <td className="report-wrap">{s.name}</td>
                  <td>{plan ? `${plan.period.startYear}–${plan.period.startYear + plan.period.years - 1} (${plan.period.years} Jahre)` : '–'}</td>
                  <td className="report-wrap">{plan ? discountingLabel(plan.discounting) : '–'}</td>
                  <td className="report-wrap">{plan ? allocationLabel(plan.allocation) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>Faktoren des Szenarios „{SCENARIO_LABELS[scenario]}“</h3>
      <table className="calc-table report-table report-narrow">
        <thead>
          <tr>
            <th>Kostenart</th>
            <th className="calc-num">Ist</th>
            <th className="calc-num">Kooperation</th>
          </tr>
        </thead>
        <tbody>
          {COST_CATEGORIES.map((cat) => (
            <tr key={cat}>
              <td>{CATEGORY_LABELS[cat]}</td>
              <td className="calc-num">× {formatDecimal(multipliers.ist[cat])}</td>
              <td className="calc-num">× {formatDecimal(multipliers.kooperation[cat])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Personalkostensätze</h3>
      <table className="calc-table report-table report-narrow">
        <thead>
          <tr>
            <th>Entgelt-/Besoldungsgruppe</th>
            <th className="calc-num">Jahreskosten je Vollzeitstelle</th>
            <th className="calc-num">Stand</th>
          </tr>
        </thead>
        <tbody>
          {calcSettings.payRates.map((r) => (
            <tr key={r.payGroup}>
              <td>{r.payGroup}</td>
              <td className="calc-num">{formatEuroCents(r.annualCents)}</td>
              <td className="calc-num">{r.year}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
});

const GLOSSARY: [string, string][] = [
  ['Barwert', 'Der heutige Wert einer künftigen Zahlung: Zahlung / (1 + p)^n, mit dem Zinssatz p und dem Jahr n, in dem sie fällig wird.'],
  ['Break-even', 'Das erste Jahr, ab dem die kumulierte Einsparung dauerhaft null oder größer ist: ab dann hat sich die Kooperation bezahlt gemacht.'],
  ['Kapitalwert', 'Die Summe der Barwerte aller jährlichen Einsparungen im Betrachtungszeitraum. Ist er positiv, lohnt sich die Kooperation wirtschaftlich.'],
  [
    'Schlüssel (Verteilungsschlüssel)',
    'Die Regel, nach der gemeinsame Kosten auf die Beteiligten verteilt werden: nach Einwohnern, Fallzahlen, zu gleichen Teilen, nach eigenen Gewichten oder gemischt.',
  ],
  ['Szenario', 'Pessimistisch, Basis oder optimistisch: Faktoren je Kostenart, mit denen die erfassten Kosten gerechnet werden.'],
  ['Förderschwelle', 'Die laufenden Kosten sinken über den Zeitraum um mindestens 15 % (Voraussetzung der IKZ-Förderung in NRW).'],
];

export function ReportGlossary() {
  return (
    <dl className="report-glossary">
      {GLOSSARY.map(([term, text]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
