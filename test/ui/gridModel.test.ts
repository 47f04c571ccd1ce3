import { describe, expect, it } from 'vitest';
import { changesFromRows, computedRowsTouched, emptyRow, rowsFromLines, validateRows, yearKey, type GridRow } from '../../renderer/features/costs/gridModel';

const ctx = { proposalId: 'p', parties: [{ id: 'k', name: 'Kamen' }], years: [2027, 2028] };
function row(over: Partial<GridRow>): GridRow {
  return { ...emptyRow(2), ...over } as GridRow;
}

describe('cost grid model', () => {
  it('maps errors to cells and ignores blank rows', () => {
    const rows = [
      row({ kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'A', [yearKey(0)]: 'zwölf' }),
      emptyRow(2),
      row({ kommune: 'Unna', kategorie: 'Personal', bezeichnung: 'B', [yearKey(1)]: '5' }),
    ];
    const v = validateRows(rows, 'ist', ctx);
    expect([...v.byCell.keys()].sort()).toEqual(['0:y0', '2:kommune']);
    expect(v.errors.map((e) => e.row)).toEqual([1, 3]);
    expect(v.totals).toEqual([0, 500]);
  });

  it('turns new, changed and removed rows into one change', () => {
    const stored = row({ id: 'old', kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'Alt', [yearKey(0)]: '1,00', herkunft: 'Startwert' });
    const keep = row({ id: 'keep', kommune: 'Kamen', kategorie: 'Sachkosten', bezeichnung: 'Bleibt', [yearKey(0)]: '2,00' });
    const next = [{ ...keep }, row({ kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'Neu', [yearKey(1)]: '3' })];
    const change = changesFromRows(next, [stored, keep], ['old', 'keep'], 'ist', ctx);
    expect(change.deletions).toEqual(['old']);
    expect(change.upserts).toHaveLength(1);
    expect(change.upserts[0]).toMatchObject({ label: 'Neu', entry: { mode: 'years', byYear: { '2028': 300 } } });
  });

  it('shows each stored amount in the column of its calendar year; amounts outside the period are not shown', () => {
    const line = {
      id: 'l',
      createdAt: '',
      updatedAt: '',
      revision: 1,
      proposalId: 'p',
      variant: 'ist' as const,
      partyId: 'k',
      category: 'personal' as const,
      recurrence: 'laufend' as const,
      budgetRelevant: true,
      label: 'A',
      isExample: false,
      entry: { mode: 'years' as const, byYear: { '2026': 1_00, '2028': 3_00 } },
    };
    const [row] = rowsFromLines([line], { startYear: 2027, years: 2 }, [], () => 'Kamen');
    expect([row![yearKey(0)], row![yearKey(1)]]).toEqual(['', '3,00']);
    expect(row!.herkunft).toBe('Jahreswerte; außerhalb des Zeitraums (nicht berechnet): 2026');
    const [later] = rowsFromLines([line], { startYear: 2028, years: 2 }, [], () => 'Kamen');
    expect([later![yearKey(0)], later![yearKey(1)]]).toEqual(['3,00', '']);
  });
});

describe('cost grid model: order, computed lines, totals', () => {
  it('a rejected cell does not count in the totals row', () => {
    const rows = [
      row({ kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'A', [yearKey(0)]: '-500', [yearKey(1)]: '10' }),
      row({ kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'B', [yearKey(0)]: '100' }),
    ];
    const v = validateRows(rows, 'ist', ctx);
    expect(v.byCell.has('0:y0')).toBe(true);
    expect(v.totals).toEqual([10_000, 1_000]);
  });

  it('stores the row order and rewrites only rows whose place changed', () => {
    const a = row({ id: 'a', kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'A', [yearKey(0)]: '1,00' });
    const b = row({ id: 'b', kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'B', [yearKey(0)]: '2,00' });
    const c = row({ id: 'c', kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'C', [yearKey(0)]: '3,00' });
    const change = changesFromRows([a, c, b], [a, b, c], ['a', 'b', 'c'], 'ist', ctx);
    expect(change.upserts.map((u) => [u.id, u.order])).toEqual([['b', 3]]);
    const added = changesFromRows([row({ kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'Neu' }), a], [a], ['a'], 'ist', ctx);
    expect(added.upserts.map((u) => [u.label, u.order])).toEqual([
      ['Neu', 0],
      ['A', 1],
    ]);
    // A line without `order` (older data) after a new row gets one, since unordered lines sort first.
    const legacyAfterNew = changesFromRows([a, row({ kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'Neu' }), b], [a, b], ['a', 'b'], 'ist', ctx);
    expect(legacyAfterNew.upserts.map((u) => [u.label, u.order])).toEqual([
      ['Neu', 1],
      ['B', 2],
    ]);
  });

  it('a growth line keeps its entry when only its label changes, and is flagged when its amounts change', () => {
    const growth = { mode: 'growth' as const, startCents: 100_00, increasePercent: 2 };
    const stored: GridRow = {
      ...row({ id: 'g', kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'G', [yearKey(0)]: '100,00', [yearKey(1)]: '102,00' }),
      computed: growth,
    };
    const renamed = { ...stored, bezeichnung: 'G neu' };
    expect(changesFromRows([renamed], [stored], ['g'], 'ist', ctx).upserts[0]).toMatchObject({ label: 'G neu', entry: growth });
    expect(computedRowsTouched([renamed], [stored], 2)).toEqual([]);
    const edited = { ...stored, [yearKey(1)]: '500,00' };
    expect(computedRowsTouched([edited], [stored], 2).map((r) => r.id)).toEqual(['g']);
  });
});
