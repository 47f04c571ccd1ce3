/** The contract settings row (one per workspace): the day § 2b UStG applies from. */
import { isoDateSchema } from '../../domain/contracts/model';
import { DEFAULT_VAT_2B_FROM } from '../../domain/contracts/procedure';
import { firstIssueMessage } from '../../domain/schemas';
import { formatDate } from '../../domain/format';
import { runCommand } from '../commands';
import type { ContractSettings, IkzDatabase } from '../db';
import { nowIso, UserFacingError } from '../records';

const ID = 'contract-settings';

export async function loadContractSettings(db: IkzDatabase): Promise<ContractSettings> {
  const row = await db.settings.get(ID);
  if (row && row.id === ID) return row as ContractSettings;
  return { id: ID, vat2bFrom: DEFAULT_VAT_2B_FROM, updatedAt: '', revision: 0 };
}

export async function saveVat2bFrom(db: IkzDatabase, isoDate: string): Promise<ContractSettings> {
  const parsed = isoDateSchema.safeParse(isoDate);
  if (!parsed.success) throw new UserFacingError(`Stichtag § 2b UStG: ${firstIssueMessage(parsed.error)}`);
  return runCommand(db, ['settings'], async (tx) => {
    const before = await loadContractSettings(db);
    const next: ContractSettings = { id: ID, vat2bFrom: parsed.data, updatedAt: nowIso(), revision: before.revision + 1 };
    await tx.putSetting(next, {
      table: 'settings',
      recordId: ID,
      action: before.revision ? 'update' : 'create',
      summary: `Stichtag § 2b UStG: ${formatDate(parsed.data)}`,
      before: before.revision ? before : null,
      after: next,
    });
    return next;
  });
}
