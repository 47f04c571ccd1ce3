/** Shared by the contract repositories: loading inside a command, validation, one-field changes. */
import { contractFieldsSchema, type Contract, type ContractFields } from '../../domain/contracts/model';
import { firstIssueMessage } from '../../domain/schemas';
import { runCommand, type WriteTx } from '../commands';
import type { IkzDatabase } from '../db';
import { UserFacingError } from '../records';

const GONE = 'Dieser Vertragsentwurf wurde inzwischen gelöscht.';

/** Inside a command: the contract or a German error (it may have been deleted meanwhile). */
export async function existingContract(db: IkzDatabase, id: string): Promise<Contract> {
  const contract = await db.contracts.get(id);
  if (!contract) throw new UserFacingError(GONE);
  return contract;
}

export function validContract(fields: ContractFields): ContractFields {
  const parsed = contractFieldsSchema.safeParse(fields);
  if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
  return parsed.data;
}

/** One change of a contract's own fields, validated, in its own command. */
export function changeContract(
  db: IkzDatabase,
  id: string,
  change: (contract: Contract, tx: WriteTx) => { patch: Partial<ContractFields>; summary: string; logged?: { before: object; after: object } },
): Promise<Contract> {
  return runCommand(db, ['contracts'], async (tx) => {
    const existing = await existingContract(db, id);
    const { patch, summary, logged } = change(existing, tx);
    const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = existing;
    const checked = validContract({ ...fields, ...patch });
    const applied = Object.fromEntries(Object.keys(patch).map((k) => [k, checked[k as keyof ContractFields]])) as Partial<Contract>;
    return tx.update('contracts', existing, applied, summary, logged);
  });
}
