import { FIXED_COLUMNS, lineToRawRow, JOINT_PARTY_LABEL } from '../../domain/costs/costRows';
import { lineAmounts, type PayRate } from '../../domain/costs/expand';
import { CATEGORY_LABELS, VARIANT_LABELS, type CostLine, type Period } from '../../domain/costs/model';
import { periodYears } from '../../domain/costs/model';
import type { AreaTotal } from '../../domain/costs/aggregate';
import type { Cell } from './tableFiles';

/** A proposal's cost lines in the import layout (so an export can be edited and re-imported). */
export function costTable(lines: readonly CostLine[], period: Period, payRates: readonly PayRate[], partyName: (id: string) => string): Cell[][] {
  const header: Cell[] = [...FIXED_COLUMNS, ...periodYears(period).map(String)];
  const rows = lines.map((line) => {
    const raw = lineToRawRow(line, lineAmounts(line, period, payRates), partyName);
    return [
      raw.kommune,
      raw.variante,
      raw.kategorie,
      raw.art,
      raw.haushaltswirksam,
      raw.bezeichnung,
      ...lineAmounts(line, period, payRates).map((c) => c / 100),
    ];
  });
  return [header, ...rows];
}

export function areaTotalsTable(totals: readonly AreaTotal[], areaName: (id: string) => string, kapitalwertLabel = 'Kapitalwert'): Cell[][] {
  return [
    ['Aufgabenfeld', 'Vorschläge', 'Kosten Ist', 'Kosten Kooperation', 'Einsparung', kapitalwertLabel],
    ...totals.map((t) => [areaName(t.areaId), t.proposals, t.ist / 100, t.koop / 100, t.savings / 100, Math.round(t.kapitalwert) / 100]),
  ];
}

/** The import template: header and two example rows. */
export function templateTable(period: Period, partyNames: readonly string[]): Cell[][] {
  const years = periodYears(period);
  const first = partyNames[0] ?? 'Lünen';
  return [
    [...FIXED_COLUMNS, ...years.map(String)],
    [first, VARIANT_LABELS.ist, CATEGORY_LABELS.personal, 'laufend', 'ja', 'Sachbearbeitung Personalabrechnung', ...years.map(() => 52_000)],
    [
      JOINT_PARTY_LABEL,
      VARIANT_LABELS.kooperation,
      CATEGORY_LABELS.investition,
      'einmalig',
      'ja',
      'Einführung gemeinsames Verfahren',
      25_000,
      ...years.slice(1).map(() => ''),
    ],
  ];
}
