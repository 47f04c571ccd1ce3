import { describe, expect, it } from 'vitest';
import { changesFromRows, emptyRow, rowsFromLines, validateRows, yearKey, type GridRow } from '../../renderer/features/costs/gridModel';

const ctx = { proposalId: 'p', parties: [{ id: 'k', name: 'Kamen' }], years: [2027, 2028] };
function row(over: Partial<GridRow>): GridRow {
  return { ...emptyRow(2), ...over } as GridRow;
}

describe('cost grid model', () => {
  it('maps errors to cells and ignores blank rows', () => {
    const rows = [row({ kommune: 'Kamen', kategorie: 'Personal', bezeichnung: 'A', [yearKey(0)]: 'zwölf' }), emptyRow(2), row({ kommune: 'Unna', kategorie: 'Personal', bezeichnung: 'B', [yearKey(1)]: '5' })];
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
    const line = { id: 'l', createdAt: '', updatedAt: '', revision: 1, proposalId: 'p', variant: 'ist' as const, partyId: 'k', category: 'personal' as const, recurrence: 'laufend' as const, budgetRelevant: true, label: 'A', isExample: false, entry: { mode: 'years' as const, byYear: { '2026': 1_00, '2028': 3_00 } } };
    const [row] = rowsFromLines([line], { startYear: 2027, years: 2 }, [], () => 'Kamen');
    expect([row![yearKey(0)], row![yearKey(1)]]).toEqual(['', '3,00']);
    expect(row!.herkunft).toBe('Jahreswerte; außerhalb des Zeitraums (nicht berechnet): 2026');
    const [later] = rowsFromLines([line], { startYear: 2028, years: 2 }, [], () => 'Kamen');
    expect([later![yearKey(0)], later![yearKey(1)]]).toEqual(['3,00', '']);
  });
});
