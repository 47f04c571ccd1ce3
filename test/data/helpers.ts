import { IkzDatabase } from '../../renderer/data/db';
import { createProposal } from '../../renderer/data/repositories/proposals';
import { initializeWorkspace } from '../../renderer/data/initializeWorkspace';
import type { CostLineInput } from '../../renderer/domain/costs/model';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';

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

/** A fresh database with the proposal „Bauhof“ (Kamen with Bergkamen) and a maker of its cost lines. */
export async function bauhofProposal() {
  const db = await freshDb();
  const { party, area } = await idsOf(db);
  const p = await createProposal(db, {
    ...EMPTY_PROPOSAL,
    title: 'Bauhof',
    areaId: area('building-yards'),
    leadPartyId: party('kamen'),
    participantIds: [party('bergkamen')],
  });
  const line = (over: Partial<CostLineInput> = {}): CostLineInput => ({
    proposalId: p.id,
    variant: 'ist',
    partyId: party('kamen'),
    category: 'personal',
    recurrence: 'laufend',
    budgetRelevant: true,
    label: 'Bauhofpersonal',
    entry: { mode: 'years', byYear: { '2027': 100_000_00 } },
    isExample: false,
    ...over,
  });
  return { db, p, party, area, line };
}
