import { yearAmounts, type CostLine, type CostLineInput } from '../../../renderer/domain/costs/model';

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
/** Yearly amounts in euros from 2027 on (the first year of the tests' periods). */
export const years = (...values: number[]) => yearsFrom(2027, ...values);
export const yearsFrom = (firstYear: number, ...values: number[]) => ({ mode: 'years' as const, byYear: yearAmounts(firstYear, values.map(euro)) });
