/** Live views of the workspace for the screens; re-render when Dexie data changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { NameLookup } from '../domain/proposalQuery';
import type { Area, Meeting, Party, Proposal, Settings } from '../domain/schemas';
import { useDb } from './DbContext';
import { changesOfProposal, changesOfRecord } from '../data/changeLog';
import { loadCalculationSettings } from '../data/repositories/costPlans';
import { loadSettings } from '../data/repositories/settings';

export function useParties(): Party[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.parties.toArray().then((ps) => ps.sort(byPartyOrder)), [db]);
}

/** Towns by size, the district last: the order people in Kreis Unna expect. */
function byPartyOrder(a: Party, b: Party): number {
  const kreis = (p: Party) => (p.kind === 'Kreis' ? 1 : 0);
  return kreis(a) - kreis(b) || (b.inhabitants ?? 0) - (a.inhabitants ?? 0) || a.name.localeCompare(b.name, 'de');
}

export function useAreas(): Area[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.areas.orderBy('order').toArray(), [db]);
}

export function useMeetings(): Meeting[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.meetings.orderBy('date').toArray(), [db]);
}

export function useMeeting(id: string | undefined): Meeting | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await db.meetings.get(id)) ?? null) : null), [db, id]);
}

export function useProposals(): Proposal[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.proposals.toArray(), [db]);
}

export function useProposal(id: string | undefined): Proposal | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await db.proposals.get(id)) ?? null) : null), [db, id]);
}

export function useSettings(): Settings | undefined {
  const db = useDb();
  return useLiveQuery(() => loadSettings(db), [db]);
}

export function useChangeLog(table: string, recordId: string | undefined) {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!recordId) return [];
    // A proposal's log includes its cost lines and calculation plan.
    const entries = table === 'proposals' ? await changesOfProposal(db, recordId) : await changesOfRecord(db, table, recordId);
    return entries.reverse();
  }, [db, table, recordId]);
}

export function useNameLookup(parties: Party[] | undefined, areas: Area[] | undefined): NameLookup {
  return useMemo(() => {
    const partyNames = new Map((parties ?? []).map((p) => [p.id, p.name]));
    const areaNames = new Map((areas ?? []).map((a) => [a.id, a.name]));
    return {
      partyName: (id: string) => partyNames.get(id) ?? 'Unbekannt',
      areaName: (id: string) => areaNames.get(id) ?? 'Unbekannt',
    };
  }, [parties, areas]);
}

export function useCalculationSettings() {
  const db = useDb();
  return useLiveQuery(() => loadCalculationSettings(db), [db]);
}
