/** Writes to parties and areas (editable master data). */
import { areaInputSchema, firstIssueMessage, partyInputSchema, type Area, type AreaInput, type Party, type PartyInput } from '../../domain/schemas';
import { runCommand } from '../commands';
import type { IkzDatabase } from '../db';
import { UserFacingError } from '../records';

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
  return runCommand(db, ['parties'], async (tx) => {
    await ensureUniqueName(db, data.name, null);
    return tx.create('parties', { ...data, seedKey: null }, `Beteiligten „${data.name}“ angelegt`);
  });
}

export async function updateParty(db: IkzDatabase, id: string, input: PartyInput): Promise<Party> {
  const data = parseOrFail<PartyInput>(partyInputSchema, input);
  return runCommand(db, ['parties'], async (tx) => {
    const existing = await db.parties.get(id);
    if (!existing) throw new UserFacingError('Dieser Beteiligte wurde inzwischen gelöscht.');
    await ensureUniqueName(db, data.name, id);
    return tx.update('parties', existing, data, `Beteiligten „${data.name}“ geändert`);
  });
}

export async function updateArea(db: IkzDatabase, id: string, input: AreaInput): Promise<Area> {
  const data = parseOrFail<AreaInput>(areaInputSchema, input);
  return runCommand(db, ['areas'], async (tx) => {
    const existing = await db.areas.get(id);
    if (!existing) throw new UserFacingError('Dieses Aufgabenfeld wurde inzwischen gelöscht.');
    return tx.update('areas', existing, data, `Aufgabenfeld „${data.name}“ geändert`);
  });
}
