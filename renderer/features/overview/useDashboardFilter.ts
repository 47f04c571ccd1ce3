/**
 * The dashboard filters survive a restart (per laptop, in localStorage): a treasurer who
 * left out the examples or chose a Kommune finds the dashboard as they left it.
 */
import { useState } from 'react';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../../domain/status';
import { DEFAULT_DASHBOARD_FILTER, type DashboardFilter } from '../../domain/figures/figures';

const KEY = 'ikz-planer.dashboard-filter';

/** A stored filter from an older version or a hand-edited profile falls back field by field. */
export function parseDashboardFilter(raw: string | null): DashboardFilter {
  if (!raw) return DEFAULT_DASHBOARD_FILTER;
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    const text = (x: unknown) => (typeof x === 'string' && x ? x : null);
    return {
      areaId: text(v.areaId),
      status: PROPOSAL_STATUSES.includes(v.status as ProposalStatus) ? (v.status as ProposalStatus) : null,
      partyId: text(v.partyId),
      includeOnHold: typeof v.includeOnHold === 'boolean' ? v.includeOnHold : DEFAULT_DASHBOARD_FILTER.includeOnHold,
      year: typeof v.year === 'number' && Number.isInteger(v.year) ? v.year : null,
      includeExamples: typeof v.includeExamples === 'boolean' ? v.includeExamples : DEFAULT_DASHBOARD_FILTER.includeExamples,
    };
  } catch {
    return DEFAULT_DASHBOARD_FILTER;
  }
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function useDashboardFilter(): [DashboardFilter, (f: DashboardFilter) => void] {
  const [filter, setFilter] = useState(() => parseDashboardFilter(storage()?.getItem(KEY) ?? null));
  const update = (f: DashboardFilter) => {
    setFilter(f);
    try {
      storage()?.setItem(KEY, JSON.stringify(f));
    } catch {
      // A full or blocked storage only costs the remembered filter.
    }
  };
  return [filter, update];
}
