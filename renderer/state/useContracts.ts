/** Live views of the contract drafts for the screens (writes go through data/repositories/contracts). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contract, ContractVersion, StoredContractTemplate } from '../domain/contracts/model';
import { contractsOfProposal, contractWithVersions, listContracts, listContractTemplates } from '../data/repositories/contracts';
import type { CostPlan } from '../domain/costs/model';
import { loadPlan } from '../data/repositories/costPlans';
import type { ContractSettings } from '../data/db';
import { loadContractSettings } from '../data/repositories/contractSettings';
import { useDb } from './DbContext';

export function useContracts(): Contract[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listContracts(db), [db]);
}

/** A draft with its versions (oldest first); null when there is none with this id. */
export function useContract(id: string | undefined): { contract: Contract; versions: ContractVersion[] } | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? contractWithVersions(db, id) : null), [db, id]);
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
