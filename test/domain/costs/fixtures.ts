import type { CostLine, CostLineInput } from '../../../renderer/domain/costs/model';

let n = 0;
export function line(input: Partial<CostLineInput> & Pick<CostLineInput, 'variant' | 'entry'>): CostLine {
  n++;
  return {
    id: `line-${n}`,
    createdAt: '',
    updatedAt: '',
    revision: 1,
    proposalId: 'p',
    partyId: null,
    category: 'sachkosten',
    recurrence: 'laufend',
    budgetRelevant: true,
    label: `Zeile ${n}`,
    isExample: false,
    ...input,
  };
}

export const euro = (v: number) => Math.round(v * 100);
export const years = (...values: number[]) => ({ mode: 'years' as const, amounts: values.map(euro) });
