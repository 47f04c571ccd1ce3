/** Writes to parties and areas (editable master data). */
import { areaInputSchema, firstIssueMessage, partyInputSchema, type Area, type AreaInput, type Party, type PartyInput } from '../../domain/schemas';
import { appendChange } from '../changeLog';
import type { IkzDatabase } from '../db';
import { UserFacingError, withNewMeta, withNextRevision } from '../records';

function parseOrFail<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
  return parsed.data;
}

async function ensureUniqueName(db: IkzDatabase, name: string, exceptId: string | null): Promise<void> {
  const lower = name.trim().toLocaleLowerCase('de-DE');
  const clash = (await db.parties.toArray()).find((p) => p.id !== exceptId && p.name.toLocaleLowerCase('de-DE') === lower);
  if (clash) throw new UserFacingError(`Es gibt bereits einen Beteiligten mit dem Namen „${clash.name}“. Bitte einen anderen Namen wählen.`);
}

export async function createParty(db: IkzDatabase, input: PartyInput): Promise<Party> {
  const data = parseOrFail<PartyInput>(partyInputSchema, input);
  return db.transaction('rw', [db.parties, db.settings, db.changeLog], async () => {
    await ensureUniqueName(db, data.name, null);
    const party: Party = withNewMeta({ ...data, seedKey: null });
    await db.parties.add(party);
    await appendChange(db, { table: 'parties', recordId: party.id, action: 'create', summary: `Beteiligten „${party.name}“ angelegt`, before: null, after: party });
    return party;
  });
}

export async function updateParty(db: IkzDatabase, id: string, input: PartyInput): Promise<Party> {
  const data = parseOrFail<PartyInput>(partyInputSchema, input);
  return db.transaction('rw', [db.parties, db.settings, db.changeLog], async () => {
    const existing = await db.parties.get(id);
    if (!existing) throw new UserFacingError('Dieser Beteiligte wurde inzwischen gelöscht.');
    await ensureUniqueName(db, data.name, id);
    const updated = withNextRevision(existing, data);
    await db.parties.put(updated);
    await appendChange(db, { table: 'parties', recordId: id, action: 'update', summary: `Beteiligten „${updated.name}“ geändert`, before: existing, after: updated });
    return updated;
  });
}

export async function updateArea(db: IkzDatabase, id: string, input: AreaInput): Promise<Area> {
  const data = parseOrFail<AreaInput>(areaInputSchema, input);
  return db.transaction('rw', [db.areas, db.settings, db.changeLog], async () => {
    const existing = await db.areas.get(id);
    if (!existing) throw new UserFacingError('Dieses Aufgabenfeld wurde inzwischen gelöscht.');
    const updated = withNextRevision(existing, data);
    await db.areas.put(updated);
    await appendChange(db, { table: 'areas', recordId: id, action: 'update', summary: `Aufgabenfeld „${updated.name}“ geändert`, before: existing, after: updated });
    return updated;
  });
}
