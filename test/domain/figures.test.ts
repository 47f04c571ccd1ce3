import { describe, expect, it } from 'vitest';
import { SERIES_COLORS } from '../../renderer/domain/figures/areaColors';
import type { Area, Party, Proposal } from '../../renderer/domain/schemas';
import { dashboardData, DEFAULT_DASHBOARD_FILTER, type DashboardFilter } from '../../renderer/domain/figures/figures';
import { parseDashboardFilter } from '../../renderer/features/overview/useDashboardFilter';
import { each, flat, item, standard } from './costs/calculated';
import { euro, line } from './costs/fixtures';

const areas = [
  { id: 'it', name: 'IT', order: 1 },
  { id: 'bau', name: 'Bauhöfe', order: 2 },
  { id: 'rp', name: 'Rechnungsprüfung', order: 3, color: '#123456' },
] as Area[];
const parties = [
  { id: 'A', name: 'Kamen' },
  { id: 'B', name: 'Bönen' },
] as Party[];
const proposalOf = (i: { id: string; areaId: string; status: Proposal['status'] }, over: Partial<Proposal> = {}) =>
  ({
    id: i.id,
    title: `Vorschlag ${i.id}`,
    createdAt: '2026-11-01T10:00:00.000Z',
    areaId: i.areaId,
    status: i.status,
    leadPartyId: 'A',
    participantIds: ['B'],
    ...over,
  }) as unknown as Proposal;

/*
 * it-1: IT, 2027–2029, 0 %, savings A 40.000 / B 20.000 a year (see calculated.ts)
 * bau-1: Bauhöfe, example, 2029–2031, 10 %, same lines
 * rp-1: Rechnungsprüfung, no costs yet
 */
const items = [
  item({ id: 'it-1', areaId: 'it', lines: standard }),
  item({ id: 'bau-1', areaId: 'bau', isExample: true, startYear: 2029, discounting: flat(10), lines: standard }),
  item({ id: 'rp-1', areaId: 'rp', lines: () => [] }),
];
const proposals = items.map((i) => proposalOf(i));
const run = (f: Partial<DashboardFilter> = {}) => dashboardData(items, proposals, areas, parties, { ...DEFAULT_DASHBOARD_FILTER, ...f });

describe('dashboardData', () => {
  it('discounts every proposal to one reference year, the earliest start year', () => {
    const d = run();
    expect(d.referenceYear).toBe(2027);
    // it-1 at 0 %: 180.000. bau-1: 60.000 at the end of 2029, 2030, 2031 seen from 01.01.2027
    // at 10 %: 60.000 × (1/1,1³ + 1/1,1⁴ + 1/1,1⁵) = 60.000 × (0,751315 + 0,683013 + 0,620921) = 123.314,97
    expect(d.figures.kapitalwert / 100).toBeCloseTo(180_000 + 123_314.97, 1);
    // …and not each to its own start year (bau-1 alone would be 149.211,12 on 01.01.2029)
    expect(d.figures.kapitalwert / 100).not.toBeCloseTo(180_000 + 149_211.12, 0);
    // the reference year stays when a filter hides the earliest proposal
    expect(run({ areaId: 'bau' }).referenceYear).toBe(2027);
    expect(run({ areaId: 'bau' }).areaTotals[0]!.kapitalwert / 100).toBeCloseTo(123_314.97, 1);
  });

  it('with a Kommune filter the key figures are that party’s own and agree with the charts', () => {
    const d = run({ partyId: 'B' });
    expect(d.figures.annualSavingsFullEffect).toBe(euro(40_000)); // 20.000 from each proposal
    expect(d.figures.jointShare).toBe(euro(120_000)); // a quarter of 80.000 × 3 years, twice
    expect(d.partyChart).toEqual([{ party: 'Bönen', IT: euro(60_000), Bauhöfe: euro(60_000) }]);
    expect(d.areaChart.map((a) => [a.area, a.savings])).toEqual([
      ['IT', euro(60_000)],
      ['Bauhöfe', euro(60_000)],
    ]);
    expect(d.years.at(-1)!.cumulative).toBe(euro(120_000));
    expect(d.istKoop).toEqual([
      { name: 'Vorschlag it-1', ist: euro(120_000), koop: euro(60_000) },
      { name: 'Vorschlag bau-1', ist: euro(120_000), koop: euro(60_000) },
    ]);
    // 60.000 (it-1 at 0 %) + 20.000 × 2,055249 (bau-1 seen from 2027) = 101.104,99
    expect(d.figures.kapitalwert / 100).toBeCloseTo(60_000 + 41_104.99, 1);
  });

  it('a proposal without costs counts as a proposal but makes no break-even, no zero years, no bars', () => {
    const d = run({ areaId: 'rp' });
    expect(d.hasData).toBe(false);
    expect(d.years).toEqual([]);
    expect(d.cumulativeBreakEven).toBeNull();
    expect(d.areaChart).toEqual([]);
    expect(d.istKoop).toEqual([]);
    expect(d.partyChart).toEqual([]);
    expect(d.statusChart).toEqual([{ status: 'In Prüfung', count: 1 }]);
  });

  it('says how much comes from example proposals and can leave them out', () => {
    const d = run();
    expect(d.fromExamples.annualSavingsFullEffect).toBe(euro(60_000));
    expect(d.fromExamples.kapitalwert / 100).toBeCloseTo(123_314.97, 1);
    expect(d.fromExamples.counted).toBe(1);
    expect(d.figures.counted).toBe(2);
    const without = run({ includeExamples: false });
    expect(without.figures.counted).toBe(1);
    expect(without.figures.annualSavingsFullEffect).toBe(euro(60_000));
    expect(without.fromExamples.counted).toBe(0);
    expect(without.exampleCount).toBe(1);
    expect(without.areaChart.map((a) => a.area)).toEqual(['IT']);
  });

  it('keeps only the chosen proposals (a report or an agenda), discounted to their own earliest start', () => {
    const d = run({ proposalIds: ['bau-1', 'rp-1'] });
    expect(d.figures.counted).toBe(1);
    expect(d.figures.annualSavingsFullEffect).toBe(euro(60_000));
    // bau-1 starts 2029: its own Kapitalwert (149.211,12 on 01.01.2029), not its Barwert on
    // 01.01.2027 (the start of it-1, which is not chosen)
    expect(d.referenceYear).toBe(2029);
    expect(d.figures.kapitalwert / 100).toBeCloseTo(149_211.12, 1);
    // a single chosen proposal sums to exactly its own Kapitalwert (proposal page, slide, PDF section)
    expect(d.figures.kapitalwert).toBeCloseTo(items[1]!.calc.kapitalwert, 6);
    expect(run({ proposalIds: ['it-1', 'bau-1'] }).referenceYear).toBe(2027);
    expect(d.statusChart.reduce((s, x) => s + x.count, 0)).toBe(2);
    expect(d.areaChart.map((a) => a.area)).toEqual(['Bauhöfe']);
    // combined with a Kommune filter: that party's share of the chosen proposals only
    expect(run({ proposalIds: ['it-1'], partyId: 'B' }).figures.annualSavingsFullEffect).toBe(euro(20_000));
    // an empty choice is no choice of everything
    expect(run({ proposalIds: [] }).figures.counted).toBe(0);
    expect(run({ proposalIds: null }).figures.counted).toBe(2);
  });

  it('gives every area one colour from the master data, whatever is filtered', () => {
    const all = run();
    expect(all.areaChart.map((a) => [a.area, a.color])).toEqual([
      ['IT', SERIES_COLORS[0]],
      ['Bauhöfe', SERIES_COLORS[1]],
    ]);
    expect(run({ areaId: 'bau' }).areaChart).toEqual([{ area: 'Bauhöfe', savings: euro(180_000), color: SERIES_COLORS[1] }]);
    expect(run({ areaId: 'bau' }).areasInParty).toEqual([{ key: 'Bauhöfe', color: SERIES_COLORS[1] }]);
    const withRp = dashboardData(
      [...items, item({ id: 'rp-2', areaId: 'rp', lines: (id) => [line({ proposalId: id, variant: 'ist', partyId: 'A', entry: each(1_000) })] })],
      [...proposals, proposalOf({ id: 'rp-2', areaId: 'rp', status: 'in_pruefung' })],
      areas,
      parties,
      DEFAULT_DASHBOARD_FILTER,
    );
    expect(withRp.areaChart.find((a) => a.area === 'Rechnungsprüfung')!.color).toBe('#123456');
  });

  it('restricted to chosen proposals (a meeting agenda), counts only those; the reference year does not move with the Kommune perspective', () => {
    const d = run({ proposalIds: ['bau-1', 'rp-1'] });
    expect(d.figures.counted).toBe(1);
    expect(d.areaChart.map((a) => a.area)).toEqual(['Bauhöfe']);
    expect(d.statusChart.reduce((s, x) => s + x.count, 0)).toBe(2);
    expect(d.referenceYear).toBe(2029);
    expect(run({ proposalIds: ['bau-1', 'rp-1'], partyId: 'B' }).referenceYear).toBe(2029);
    expect(run({ proposalIds: [] }).figures.counted).toBe(0);
    expect(run({ proposalIds: null }).figures).toEqual(run().figures);
  });

  it('restores a stored filter field by field and falls back on nonsense', () => {
    expect(parseDashboardFilter(null)).toEqual(DEFAULT_DASHBOARD_FILTER);
    expect(parseDashboardFilter('kaputt')).toEqual(DEFAULT_DASHBOARD_FILTER);
    expect(parseDashboardFilter(JSON.stringify({ partyId: 'B', includeExamples: false, status: 'unbekannt', year: 2028 }))).toEqual({
      ...DEFAULT_DASHBOARD_FILTER,
      partyId: 'B',
      includeExamples: false,
      year: 2028,
    });
  });
});

describe('dashboardData with many proposals', () => {
  it('draws the largest proposals in the Ist/Kooperation chart and lists all in its table', () => {
    const many = Array.from({ length: 30 }, (_, k) =>
      item({ id: `m${k}`, areaId: 'it', lines: (id) => [line({ proposalId: id, variant: 'ist', partyId: 'A', entry: each(1_000 * (k + 1)) })] }),
    );
    const d = dashboardData(
      many,
      many.map((i) => proposalOf({ id: i.id, areaId: 'it', status: 'in_pruefung' })),
      areas,
      parties,
      DEFAULT_DASHBOARD_FILTER,
    );
    expect(d.istKoop).toHaveLength(30);
    expect(d.istKoopChart.map((r) => r.name)).toEqual(Array.from({ length: 12 }, (_, k) => `Vorschlag m${29 - k}`));
  });

  it('tells proposals with the same title apart in the chart by their lead party', () => {
    const twins = [item({ id: 't1', areaId: 'it', lines: standard }), item({ id: 't2', areaId: 'it', lines: standard })];
    const d = dashboardData(
      twins,
      [
        proposalOf({ id: 't1', areaId: 'it', status: 'in_pruefung' }, { title: 'Gemeinsamer Bauhof', leadPartyId: 'A' }),
        proposalOf({ id: 't2', areaId: 'it', status: 'in_pruefung' }, { title: 'Gemeinsamer Bauhof', leadPartyId: 'B', participantIds: ['A'] }),
      ],
      areas,
      parties,
      DEFAULT_DASHBOARD_FILTER,
    );
    expect(d.istKoop.map((r) => r.name).sort()).toEqual(['Gemeinsamer Bauhof (Bönen)', 'Gemeinsamer Bauhof (Kamen)']);
  });
});
