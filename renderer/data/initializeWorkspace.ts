/**
 * What every start does before the first screen: check (read only) whether shipped master
 * data, upcoming meetings or the one-time examples are missing, and only then load and run
 * the seeding (seed.ts). Most starts have nothing to seed and do not load the example data
 * or the write validation (issue 6: initial bundle).
 */
import { IKZ_AREAS, KREIS_UNNA_PARTIES, upcomingMeetings } from '../domain/masterData';
import type { IkzDatabase } from './db';
import { seedState } from './seedState';

/**
 * Whether this start has anything to seed (the same checks as the seeding itself, read
 * only). Most starts have nothing, and then no write transaction is opened: each one
 * waits for the disk (strict durability) and delays the first screen.
 */
async function somethingToSeed(db: IkzDatabase, today: Date): Promise<boolean> {
  return db.transaction('r', [db.parties, db.areas, db.meetings, db.settings], async () => {
    const state = await seedState(db);
    if (!state.exampleDataSeeded || !state.exampleCostsSeeded) return true;
    const keys = async (table: 'parties' | 'areas' | 'meetings') =>
      new Set((await db.table(table).toArray()).map((r: { seedKey?: string | null }) => r.seedKey));
    const parties = await keys('parties');
    if (KREIS_UNNA_PARTIES.some((p) => !parties.has(p.seedKey))) return true;
    const areas = await keys('areas');
    if (IKZ_AREAS.some((a) => !areas.has(a.seedKey))) return true;
    const ahead = await db.meetings.where('date').aboveOrEqual(today.toISOString().slice(0, 10)).count();
    if (ahead > 0) return false;
    const meetings = await keys('meetings');
    return upcomingMeetings(today).some((m) => !meetings.has(m.seedKey));
  });
}

export async function initializeWorkspace(db: IkzDatabase, today: Date = new Date()): Promise<void> {
  if (!(await somethingToSeed(db, today))) return;
  const { seedMasterData, seedExampleDataOnce, seedExampleCostsOnce } = await import('./seed');
  const newMeetings = await seedMasterData(db, today);
  await seedExampleDataOnce(db, today, newMeetings);
  await seedExampleCostsOnce(db);
}
