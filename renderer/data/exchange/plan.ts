import type { ParsedExchange } from '../../domain/exchange/format';
import type { MergePlan } from '../../domain/exchange/plan';
import type { IkzDatabase } from '../db';

/** Three-way, field-by-field comparison of the file with this laptop's data and the shared bases. Reads only. */
export async function planMerge(db: IkzDatabase, parsed: ParsedExchange): Promise<MergePlan> {
  void db;
  void parsed;
  throw new Error('TODO: planMerge');
}
