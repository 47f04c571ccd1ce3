/** Which one-time seeds (example proposals, example costs) this installation has had. */
import type { IkzDatabase, SeedState } from './db';
import { nowIso } from './records';

const SEED_STATE_ID = 'seed-state';

export async function seedState(db: IkzDatabase): Promise<SeedState> {
  const row = await db.settings.get(SEED_STATE_ID);
  if (row && row.id === SEED_STATE_ID) return row as SeedState;
  return { id: SEED_STATE_ID, exampleDataSeeded: false, updatedAt: nowIso(), revision: 0 };
}
