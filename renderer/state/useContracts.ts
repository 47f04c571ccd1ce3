/** Live views of the contract drafts for the screens (writes go through data/repositories/contracts). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Contract, ContractVersion, StoredContractTemplate } from '../domain/contracts/model';
import { contractsOfProposal, listContracts, listContractTemplates, versionsOf } from '../data/repositories/contracts';
import type { CostPlan } from '../domain/costs/model';
import { loadPlan } from '../data/repositories/costPlans';
import type { ContractSettings } from '../data/db';
import { loadContractSettings } from '../data/repositories/contractSettings';
import { useDb } from './DbContext';

export function useContracts(): Contract[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listContracts(db), [db]);
}

/**
 * A draft with its versions (oldest first); null when there is none with this id. Two live
 * queries, not one: every autosave of a section writes the draft, and one query over both
 * would read every saved version again each time (each a full copy of the text; twenty
 * versions of a 100-page contract are megabytes). The versions' query runs again only when
 * a version is saved.
 */
export function useContract(id: string | undefined): { contract: Contract; versions: ContractVersion[] } | null | undefined {
  const db = useDb();
  const contract = useLiveQuery(async () => (id ? ((await db.contracts.get(id)) ?? null) : null), [db, id]);
  const versions = useLiveQuery(async () => (id ? versionsOf(db, id) : []), [db, id]);
  return useMemo(() => {
    if (contract === undefined || versions === undefined) return undefined;
    return contract === null ? null : { contract, versions };
  }, [contract, versions]);
}

export function useContractsOfProposal(proposalId: string | undefined): Contract[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => (proposalId ? contractsOfProposal(db, proposalId) : []), [db, proposalId]);
}

/** The drafts of several proposals (the report appends them), in the order of the proposals. */
export function useContractsOfProposals(proposalIds: readonly string[]): Contract[] | undefined {
  const db = useDb();
  const key = proposalIds.join(',');
  return useLiveQuery(async () => {
    const lists = await Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map((id) => contractsOfProposal(db, id)),
    );
    return lists.flat();
  }, [db, key]);
}

export function useStoredContractTemplates(): StoredContractTemplate[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listContractTemplates(db), [db]);
}

/** A proposal's calculation plan (period, allocation key): the contract's term and cost-sharing clause come from it. */
export function useProposalPlan(proposalId: string | undefined): CostPlan | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (proposalId ? loadPlan(db, proposalId) : null), [db, proposalId]);
}

/** The contract settings row (the day § 2b UStG applies from). */
export function useContractSettings(): ContractSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => loadContractSettings(db), [db]);
}
