/** Shared pieces of the exchange tests: export, read, plan and apply in one call, and a comparable dump. */
import {
  applyMerge,
  buildExchangeFile,
  planMerge,
  readExchangeFile,
  type BuildOptions,
  type ExchangeScope,
  type Resolutions,
} from '../../renderer/data/exchange';
import type { IkzDatabase } from '../../renderer/data/db';
import { remapIds } from '../../renderer/domain/exchange/merge';
import { updateProposal } from '../../renderer/data/repositories/proposals';
import type { Proposal, ProposalInput } from '../../renderer/domain/schemas';

export async function exportFile(db: IkzDatabase, scope: ExchangeScope = { kind: 'workspace' }, options: BuildOptions = {}) {
  return buildExchangeFile(db, scope, options);
}

export async function parse(bytes: Uint8Array, password?: string) {
  const read = await readExchangeFile(bytes, password);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

export async function importFile(db: IkzDatabase, bytes: Uint8Array, resolutions: Resolutions = {}, acceptMasterData = true) {
  const plan = await planMerge(db, await parse(bytes));
  const summary = await applyMerge(db, plan, resolutions, { fileName: 'test.ikz', acceptMasterData });
  return { plan, summary };
}

/** Everything an exchange carries, sorted: equal dumps mean equal databases for the exchange. */
export async function dump(db: IkzDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const t of ['parties', 'areas', 'meetings', 'proposals', 'costPlans', 'costLines', 'contracts', 'contractVersions', 'tombstones', 'sharedVersions']) {
    out[t] = ((await db.recordStore(t).toArray()) as { id: unknown }[]).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  out.changeLog = (await db.changeLog.count()) as unknown as unknown[];
  return out;
}

export function inputOf(p: Proposal): ProposalInput {
  const { title, areaId, leadPartyId, participantIds, description, goals, benefits, risks, responsible, nextMeetingId, dependsOn } = p;
  return { title, areaId, leadPartyId, participantIds, description, goals, benefits, risks, responsible, nextMeetingId, dependsOn };
}

export async function editProposal(db: IkzDatabase, id: string, patch: Partial<ProposalInput>) {
  const p = (await db.proposals.get(id))!;
  return updateProposal(db, id, { ...inputOf(p), ...patch });
}

/** The file's content without its sender-specific parts (bases, change-log hints). */
export async function contentOf(bytes: Uint8Array) {
  const parsed = await parse(bytes);
  return Object.fromEntries(Object.entries(parsed.content.tables).map(([t, c]) => [t, { records: c.records, tombstones: c.tombstones }]));
}

/** A record with the laptop's own master-data ids replaced by their seed keys, so two laptops' records compare. */
export async function portable(db: IkzDatabase, table: string, id: string) {
  const map = new Map<string, string>();
  for (const t of ['parties', 'areas', 'meetings']) {
    for (const r of await db.table(t).toArray()) if (r.seedKey) map.set(r.id, `seed:${r.seedKey}`);
  }
  return remapIds(await db.recordStore(table).get(id), map);
}
