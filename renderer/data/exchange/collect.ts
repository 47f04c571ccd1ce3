/**
 * Which records a scope takes: the whole workspace; selected proposals with their cost
 * lines, plan, meetings, contracts with versions (and the parties and areas, so the
 * receiver can match its own master data); or master data alone.
 */
import { EXCHANGE_TABLES, MASTER_DATA_TABLES, type ExchangeRecord, type ExchangeScope, type ExchangeTable } from '../../domain/exchange/format';
import type { Tombstone } from '../../domain/schemas';
import type { IkzDatabase } from '../db';
import { UserFacingError } from '../records';
import { loadShared } from './sharedVersions';

export interface Collected {
  table: ExchangeTable;
  records: ExchangeRecord[];
  tombstones: Tombstone[];
}

/** Exchange tables this database has (contract tables arrive with later schema versions). */
export function presentTables(db: IkzDatabase): ExchangeTable[] {
  const names = new Set(db.tables.map((t) => t.name));
  return EXCHANGE_TABLES.filter((t) => db.storesOf(t).every((name) => names.has(name)));
}

const all = (db: IkzDatabase, table: string) => db.recordsForExport(table) as Promise<ExchangeRecord[]>;

function tombstonesOf(db: IkzDatabase, table: string): Promise<Tombstone[]> {
  return db.tombstones.where('[table+recordId]').between([table, ''], [table, '\uffff']).toArray();
}

/** Deletions of records that belonged to the given owners when they were last shared: only those matter to other laptops. */
async function sharedDeletions(db: IkzDatabase, table: string, field: string, owners: ReadonlySet<string>): Promise<Tombstone[]> {
  const stones = await tombstonesOf(db, table);
  const shared = await loadShared(
    db,
    table,
    stones.map((s) => s.recordId),
  );
  // A deleted record's shared versions carry copies (copied in before the delete).
  return stones.filter((s) => shared.versions(s.recordId).some((v) => v.record && owners.has(String(v.record[field]))));
}

async function proposalScope(db: IkzDatabase, tables: ExchangeTable[], proposalIds: string[]): Promise<Collected[]> {
  const ids = new Set(proposalIds);
  const proposals = (await db.proposals.bulkGet(proposalIds)).filter((p) => p !== undefined) as unknown as ExchangeRecord[];
  if (proposals.length !== ids.size) throw new UserFacingError('Einer der gewählten Vorschläge wurde inzwischen gelöscht. Bitte die Auswahl prüfen.');
  const byProposal = (table: ExchangeTable) => db.recordsForExport(table, proposalIds) as Promise<ExchangeRecord[]>;
  const meetingIds = new Set(proposals.map((p) => p.nextMeetingId).filter((m): m is string => typeof m === 'string'));
  const meetings = (await db.meetings.toArray()).filter((m) => meetingIds.has(m.id) || m.agenda.some((a) => ids.has(a.proposalId)));
  const out: Collected[] = [];
  for (const table of tables) {
    if (MASTER_DATA_TABLES.includes(table)) out.push({ table, records: await all(db, table), tombstones: [] });
    else if (table === 'proposals') out.push({ table, records: proposals, tombstones: [] });
    else if (table === 'meetings') out.push({ table, records: meetings as unknown as ExchangeRecord[], tombstones: [] });
    else if (table === 'costLines' || table === 'costPlans' || table === 'contracts') {
      out.push({ table, records: await byProposal(table), tombstones: await sharedDeletions(db, table, 'proposalId', ids) });
    }
  }
  const contracts = out.find((c) => c.table === 'contracts');
  if (contracts && tables.includes('contractVersions')) {
    const contractIds = contracts.records.map((c) => c.id);
    const records = (await db.table('contractVersions').where('contractId').anyOf(contractIds).toArray()) as ExchangeRecord[];
    out.push({ table: 'contractVersions', records, tombstones: await sharedDeletions(db, 'contractVersions', 'contractId', new Set(contractIds)) });
  }
  return out;
}

export async function collectScope(db: IkzDatabase, scope: ExchangeScope): Promise<Collected[]> {
  const tables = presentTables(db);
  if (scope.kind === 'proposals') return proposalScope(db, tables, scope.proposalIds);
  const chosen = scope.kind === 'masterData' ? tables.filter((t) => MASTER_DATA_TABLES.includes(t)) : tables;
  return Promise.all(chosen.map(async (table) => ({ table, records: await all(db, table), tombstones: await tombstonesOf(db, table) })));
}
