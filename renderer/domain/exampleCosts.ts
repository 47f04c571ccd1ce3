/**
 * Plausible example cost data for the example proposals (marked as example), so the
 * dashboard is meaningful on first start. Figures are illustrative, not official.
 */
import type { Allocation, CostCategory, CostLineInput, Discounting, Period, Recurrence, Variant } from './costs/model';
import { DEFAULT_ALLOCATION, yearAmounts } from './costs/model';

export interface ExampleParty {
  seedKey: string;
  id: string;
  inhabitants: number | null;
}

export interface ExampleCostPlan {
  title: string;
  period: Period;
  discounting: Discounting;
  allocation: (parties: ExampleParty[]) => Allocation;
  lines: (parties: ExampleParty[], lead: ExampleParty) => Omit<CostLineInput, 'proposalId' | 'isExample'>[];
}

const euro = (v: number) => Math.round(v * 100);
const PERIOD: Period = { startYear: 2027, years: 10 };
const RATE: Discounting = { mode: 'flat', ratePercent: 0.9 };

type Line = Omit<CostLineInput, 'proposalId' | 'isExample'>;
const growth = (
  variant: Variant,
  partyId: string | null,
  category: CostCategory,
  label: string,
  start: number,
  increase: number,
  recurrence: Recurrence = 'laufend',
): Line => ({
  variant,
  partyId,
  category,
  label,
  recurrence,
  budgetRelevant: true,
  entry: { mode: 'growth', startCents: euro(start), increasePercent: increase },
});
/** Yearly amounts from the first year of PERIOD on (the only period with yearly example lines). */
const yearly = (variant: Variant, partyId: string | null, category: CostCategory, label: string, amounts: number[]): Line => ({
  variant,
  partyId,
  category,
  label,
  recurrence: 'laufend',
  budgetRelevant: true,
  entry: { mode: 'years', byYear: yearAmounts(PERIOD.startYear, amounts.map(euro)) },
});
const staff = (variant: Variant, partyId: string | null, label: string, fte: number, payGroup: string): Line => ({
  variant,
  partyId,
  category: 'personal',
  label,
  recurrence: 'laufend',
  budgetRelevant: true,
  entry: { mode: 'staff', fte, payGroup, increasePercent: 2.5 },
});

const PAYROLL_SLIPS: Record<string, number> = {
  luenen: 1450,
  unna: 1050,
  bergkamen: 820,
  schwerte: 780,
  kamen: 720,
  werne: 480,
  selm: 410,
  froendenberg: 330,
  boenen: 290,
  holzwickede: 270,
};
const townsOnly = (ps: ExampleParty[]) => ps.filter((p) => p.inhabitants !== null);

export const EXAMPLE_COST_PLANS: readonly ExampleCostPlan[] = [
  {
    title: 'Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform',
    period: PERIOD,
    discounting: RATE,
    allocation: (ps) => ({ ...DEFAULT_ALLOCATION, key: 'faelle', cases: Object.fromEntries(ps.map((p) => [p.id, PAYROLL_SLIPS[p.seedKey] ?? 0])) }),
    lines: (ps, lead) => [
      ...townsOnly(ps).map((p) => growth('ist', p.id, 'lizenzen_it', 'Lizenz und Wartung Einzelvertrag', (PAYROLL_SLIPS[p.seedKey] ?? 300) * 62, 3)),
      growth('kooperation', null, 'lizenzen_it', 'Gemeinsamer Rahmenvertrag Lizenz und Wartung', 285_000, 2),
      growth('kooperation', null, 'investition', 'Gemeinsame Vergabe (Beratung, Verfahren)', 85_000, 0, 'einmalig'),
      staff('kooperation', lead.id, 'Vertragsmanagement Einkaufsgemeinschaft', 0.5, 'TVöD EG 10'),
    ],
  },
  {
    title: 'Zusammenlegung der Informationstechnologien',
    period: PERIOD,
    discounting: RATE,
    allocation: () => ({ ...DEFAULT_ALLOCATION, key: 'gemischt', basePercent: 20, variableKey: 'einwohner' }),
    lines: (ps) => [
      ...ps.map((p) =>
        growth('ist', p.id, 'lizenzen_it', 'IT-Betrieb (Rechenzentrum, Netze, Arbeitsplätze)', p.inhabitants ? p.inhabitants * 14 : 950_000, 2.5),
      ),
      ...ps.map((p) =>
        yearly(
          'kooperation',
          p.id,
          'lizenzen_it',
          'Eigener IT-Betrieb bis zur Übergabe',
          [1, 1, 0.25, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2].map((f, i) => f * (p.inhabitants ? p.inhabitants * 14 : 950_000) * Math.pow(1.025, i)),
        ),
      ),
      yearly(
        'kooperation',
        null,
        'lizenzen_it',
        'Gemeinsamer IT-Betrieb',
        [0, 0, 3_900_000, 4_000_000, 4_100_000, 4_200_000, 4_300_000, 4_400_000, 4_500_000, 4_600_000],
      ),
      yearly('kooperation', null, 'investition', 'Migration und Einführung', [1_400_000, 1_100_000]),
    ],
  },
  {
    title: 'Kreisweite Organisation der Rechnungsprüfung',
    period: PERIOD,
    discounting: RATE,
    allocation: () => ({ ...DEFAULT_ALLOCATION, key: 'einwohner' }),
    lines: (ps) => [
      ...townsOnly(ps).map((p) =>
        staff('ist', p.id, 'Örtliche Rechnungsprüfung', Math.max(1.5, Math.round(((p.inhabitants ?? 0) / 15_000) * 2) / 2), 'TVöD EG 11'),
      ),
      staff('kooperation', null, 'Gemeinsames Rechnungsprüfungsamt', 24, 'TVöD EG 11'),
      growth('kooperation', null, 'sachkosten', 'Prüfsoftware und Räume', 120_000, 2),
      growth('kooperation', null, 'investition', 'Aufbau der gemeinsamen Stelle', 150_000, 0, 'einmalig'),
    ],
  },
  {
    title: 'Rechnungsprüfung Lünen–Selm',
    period: PERIOD,
    discounting: RATE,
    allocation: () => ({ ...DEFAULT_ALLOCATION, key: 'einwohner' }),
    lines: (ps) => {
      const [luenen, selm] = [ps.find((p) => p.seedKey === 'luenen')!, ps.find((p) => p.seedKey === 'selm')!];
      return [
        staff('ist', luenen.id, 'Rechnungsprüfung Lünen', 6, 'Besoldung A 11'),
        staff('ist', selm.id, 'Rechnungsprüfung Selm', 2, 'Besoldung A 11'),
        staff('kooperation', null, 'Gemeinsame Rechnungsprüfung', 7, 'Besoldung A 11'),
      ];
    },
  },
  {
    title: 'Gemeinsamer Datenschutzbeauftragter',
    period: { startYear: 2025, years: 10 },
    discounting: RATE,
    allocation: () => ({ ...DEFAULT_ALLOCATION, key: 'gemischt', basePercent: 30, variableKey: 'einwohner' }),
    lines: (ps) => [
      ...ps.map((p) => staff('ist', p.id, 'Eigene Datenschutzbeauftragte (Teilzeit)', 0.5, 'TVöD EG 11')),
      growth('kooperation', null, 'personal', 'Gemeinsamer Datenschutzbeauftragter (Unna)', 100_000, 2.5),
    ],
  },
];
