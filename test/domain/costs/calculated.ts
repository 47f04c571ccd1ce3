/** Calculated proposals for aggregate and dashboard tests (amounts as growth lines: no year offsets). */
import type { CalculatedProposal } from '../../../renderer/domain/costs/aggregate';
import { calculateProposal } from '../../../renderer/domain/costs/engine';
import { DEFAULT_ALLOCATION, type CostLine, type Discounting } from '../../../renderer/domain/costs/model';
import type { ProposalStatus } from '../../../renderer/domain/status';
import { euro, line } from './fixtures';

export const PARTIES = [
  { id: 'A', inhabitants: 30_000 },
  { id: 'B', inhabitants: 10_000 },
];
export const flat = (ratePercent: number): Discounting => ({ mode: 'flat', ratePercent });
export const each = (v: number) => ({ mode: 'growth' as const, startCents: euro(v), increasePercent: 0 });

/** A calculated proposal of parties A (lead) and B over `years` years from `startYear`. */
export function item(o: {
  id?: string;
  areaId?: string;
  status?: ProposalStatus;
  isExample?: boolean;
  startYear?: number;
  years?: number;
  discounting?: Discounting;
  lines: (proposalId: string) => CostLine[];
}): CalculatedProposal {
  const id = o.id ?? 'p';
  const discounting = o.discounting ?? flat(0);
  return {
    id,
    title: `Vorschlag ${id}`,
    areaId: o.areaId ?? 'area-1',
    status: o.status ?? 'in_pruefung',
    isExample: o.isExample ?? false,
    discounting,
    calc: calculateProposal({
      proposal: { id, leadPartyId: 'A', participantIds: ['B'] },
      plan: { period: { startYear: o.startYear ?? 2027, years: o.years ?? 3 }, discounting, allocation: DEFAULT_ALLOCATION },
      lines: o.lines(id),
      parties: PARTIES,
    }),
  };
}

/*
 * Per year: Ist A 100.000, Ist B 40.000; joint cooperation 80.000 shared 3 : 1 by population
 * → Koop A 60.000, B 20.000. Savings A 40.000, B 20.000, together 60.000 a year.
 */
export const standard = (proposalId: string) => [
  line({ proposalId, variant: 'ist', partyId: 'A', category: 'personal', entry: each(100_000) }),
  line({ proposalId, variant: 'ist', partyId: 'B', category: 'personal', entry: each(40_000) }),
  line({ proposalId, variant: 'kooperation', partyId: null, category: 'sachkosten', entry: each(80_000) }),
];
