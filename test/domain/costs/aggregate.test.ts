import { describe, expect, it } from 'vitest';
import {
  countsInTotals,
  forParty,
  hasCostData,
  kapitalwertAt,
  partiesPayingMore,
  referenceYearOf,
  savingsByCalendarYear,
  totalsByArea,
  totalsByParty,
} from '../../../renderer/domain/costs/aggregate';
import { each, flat, item, standard } from './calculated';
import { euro, line } from './fixtures';

describe('aggregate', () => {
  it('counts neither Verworfen nor, unless asked, Auf Eis', () => {
    expect(countsInTotals('verworfen', true)).toBe(false);
    expect(countsInTotals('auf_eis', false)).toBe(false);
    expect(countsInTotals('auf_eis', true)).toBe(true);
    expect(countsInTotals('beschlussreif', false)).toBe(true);
  });

  it('knows a proposal without costs', () => {
    expect(hasCostData(item({ lines: () => [] }).calc)).toBe(false);
    expect(hasCostData(item({ lines: standard }).calc)).toBe(true);
  });

  it('names the parties that pay more with the cooperation than today', () => {
    // B has no Ist costs but carries a quarter of 80.000 joint costs for 3 years = 60.000 more.
    const calc = item({
      lines: (id) => [
        line({ proposalId: id, variant: 'ist', partyId: 'A', category: 'personal', entry: each(100_000) }),
        line({ proposalId: id, variant: 'kooperation', partyId: null, entry: each(80_000) }),
      ],
    }).calc;
    expect(partiesPayingMore(calc)).toEqual([{ partyId: 'B', extraCost: euro(60_000) }]);
    expect(partiesPayingMore(item({ lines: standard }).calc)).toEqual([]);
  });

  it('shows a proposal as one party sees it', () => {
    const b = forParty(item({ lines: standard, discounting: flat(10) }), 'B')!;
    expect(b.calc.rows.map((r) => [r.ist, r.koop, r.savings, r.cumulative])).toEqual([
      [euro(40_000), euro(20_000), euro(20_000), euro(20_000)],
      [euro(40_000), euro(20_000), euro(20_000), euro(40_000)],
      [euro(40_000), euro(20_000), euro(20_000), euro(60_000)],
    ]);
    expect(b.calc.totals).toMatchObject({ ist: euro(120_000), koop: euro(60_000), savings: euro(60_000), savingsPercent: 50 });
    // 20.000 × (1/1,1 + 1/1,21 + 1/1,331) = 20.000 × 2,486852 = 49.737,04 €
    expect(b.calc.kapitalwert / 100).toBeCloseTo(49_737.04, 2);
    expect(b.calc.annualSavingsFullEffect).toBe(euro(20_000));
    expect(b.calc.parties.map((p) => [p.partyId, p.jointShare])).toEqual([['B', euro(60_000)]]);
    expect(forParty(item({ lines: standard }), 'C')).toBeNull();
  });

  it('sums per area, per party and per calendar year, leaving out what does not count', () => {
    const items = [
      item({ id: 'x', areaId: 'it', lines: standard }),
      item({ id: 'y', areaId: 'it', startYear: 2028, years: 2, lines: standard }),
      item({ id: 'z', areaId: 'bau', status: 'auf_eis', lines: standard }),
      item({ id: 'v', areaId: 'bau', status: 'verworfen', lines: standard }),
    ];
    expect(totalsByArea(items, { includeOnHold: false, year: null })).toEqual([
      { areaId: 'it', savings: euro(300_000), kapitalwert: euro(300_000), ist: euro(700_000), koop: euro(400_000), proposals: 2 },
    ]);
    expect(totalsByArea(items, { includeOnHold: true, year: 2027 }).map((t) => [t.areaId, t.savings, t.proposals])).toEqual([
      ['it', euro(60_000), 2],
      ['bau', euro(60_000), 1],
    ]);
    expect(totalsByParty(items, { includeOnHold: false, year: null })).toEqual([
      { partyId: 'A', total: euro(200_000), byArea: { it: euro(200_000) } },
      { partyId: 'B', total: euro(100_000), byArea: { it: euro(100_000) } },
    ]);
    expect(totalsByParty(items, { includeOnHold: false, year: 2029 }).map((t) => t.total)).toEqual([euro(80_000), euro(40_000)]);
    expect(savingsByCalendarYear(items, false)).toEqual([
      { year: 2027, savings: euro(60_000), cumulative: euro(60_000) },
      { year: 2028, savings: euro(120_000), cumulative: euro(180_000) },
      { year: 2029, savings: euro(120_000), cumulative: euro(300_000) },
    ]);
  });

  it('discounts every proposal to one reference year for a sum', () => {
    // One saving of 10.000 € at the end of 2032, at 4 %: its own Kapitalwert (start 2032) is
    // 10.000 / 1,04 = 9.615,38 €; on 01.01.2027 it is 10.000 / 1,04⁶ = 7.903,15 €.
    const late = item({
      id: 'late',
      startYear: 2032,
      years: 1,
      discounting: flat(4),
      lines: (id) => [line({ proposalId: id, variant: 'ist', partyId: 'A', entry: each(10_000) })],
    });
    // 5.000 € at the end of 2030, 5 %: on 01.01.2027 5.000 / 1,05⁴ = 4.113,51 €.
    const early = item({
      id: 'early',
      startYear: 2030,
      years: 1,
      discounting: flat(5),
      lines: (id) => [line({ proposalId: id, variant: 'ist', partyId: 'A', entry: each(5_000) })],
    });
    expect(late.calc.kapitalwert / 100).toBeCloseTo(9_615.38, 2);
    expect(referenceYearOf([late, early])).toBe(2030);
    expect(kapitalwertAt(early, 2027) / 100).toBeCloseTo(4_113.51, 2);
    expect(referenceYearOf([])).toBeNull();
    expect(kapitalwertAt(late, 2027) / 100).toBeCloseTo(7_903.15, 2);
    expect(kapitalwertAt(late, 2032)).toBeCloseTo(late.calc.kapitalwert, 6);
    expect(totalsByArea([late], { includeOnHold: false, year: null, referenceYear: 2027 })[0]!.kapitalwert / 100).toBeCloseTo(7_903.15, 2);
  });
});
