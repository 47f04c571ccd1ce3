import { IkzDatabase } from '../../renderer/data/db';
import { initializeWorkspace } from '../../renderer/data/seed';

let counter = 0;

/** A fresh, seeded database on fake-indexeddb; each test gets its own name. */
export async function freshDb(options: { seed?: boolean } = {}): Promise<IkzDatabase> {
  counter++;
  const db = new IkzDatabase(`test-${process.pid}-${counter}-${Math.random()}`);
  await db.open();
  if (options.seed !== false) await initializeWorkspace(db, new Date('2026-11-25T12:00:00'));
  return db;
}

export async function idsOf(db: IkzDatabase) {
  const parties = await db.parties.toArray();
  const areas = await db.areas.toArray();
  const party = (key: string) => parties.find((p) => p.seedKey === key)!.id;
  const area = (key: string) => areas.find((a) => a.seedKey === key)!.id;
  return { party, area };
}
