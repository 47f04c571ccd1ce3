/**
 * Schema v10 (issue 10): cost lines move from a row each (table costLines) into one sheet
 * per proposal (costSheets, with their ids in costLineIds). Every line keeps its id,
 * revision and content, so shared versions that refer to a line as stored here stay true.
 */
import type { Transaction } from 'dexie';
import type { CostLine } from '../domain/costs/model';
import { packLines, storedRows } from './costLineStore';

export async function upgradePackedCostLines(tx: Transaction): Promise<void> {
  const lines = (await tx.table('costLines').toArray()) as CostLine[];
  const rows = storedRows(packLines(lines));
  await tx.table('costSheets').bulkPut(rows.costSheets);
  await tx.table('costLineIds').bulkPut(rows.costLineIds);
  await tx.table('costLines').clear();
}
