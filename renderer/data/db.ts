import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CostPlan } from '../domain/costs/model';
import type { Contract, ContractVersion, StoredContractTemplate } from '../domain/contracts/model';
import type { Area, ChangeLogEntry, Meeting, Party, Proposal, RecordMeta, Settings, Tombstone } from '../domain/schemas';
import { CostLineStore, type CostLineIds, type CostSheet } from './costLineStore';
import { SCHEMA_VERSIONS } from './schemaVersions';

/** Tables that later issues fill; their records already carry the common meta fields. */
export type LaterRecord = RecordMeta & Record<string, unknown>;

/** A per-laptop bookkeeping row (not merged across laptops, so not a UUID). */
export interface SeedState {
  id: 'seed-state';
  exampleDataSeeded: boolean;
  exampleCostsSeeded?: boolean;
  updatedAt: string;
  revision: number;
}

/** Workspace-wide calculation tables (pay rates, scenarios), editable in the app. */
export interface CalculationSettings {
  id: 'calculation';
  payRates: import('../domain/costs/expand').PayRate[];
  scenarios: import('../domain/costs/scenarios').ScenarioSet;
  updatedAt: string;
  revision: number;
}

/**
 * A counter that every command raises (renderer/data/commands.ts): "has anything changed
 * since?" in one read. The saved figures of the last calculation are valid only for the
 * revision they were calculated from (renderer/data/figureSnapshot.ts).
 */
export interface WorkspaceRevision {
  id: 'workspace-revision';
  revision: number;
  updatedAt: string;
}

export const WORKSPACE_REVISION_ID = 'workspace-revision';

/** Settings of the contract drafts (Einstellungen): the day § 2b UStG applies from, which has been postponed before. */
export interface ContractSettings {
  id: 'contract-settings';
  vat2bFrom: string;
  updatedAt: string;
  revision: number;
}

/** The random id of this laptop, named in exchange files it writes (settings row, not merged). */
export interface DeviceIdentity {
  id: 'device';
  deviceId: string;
  updatedAt: string;
  revision: number;
}

export const DEVICE_ID = 'device';

/**
 * One version of a record as last shared with another laptop (exported or imported): the
 * base of the three-way merge. `record` is a copy of that version; absent, the version is
 * the record as it is stored here now (the command layer copies it in before the record
 * changes or goes: renderer/data/exchange/sharedVersions.ts). So an export of 50,000 cost
 * lines remembers 50,000 references, not 50,000 copies.
 */
export interface SharedVersion {
  revision: number;
  updatedAt: string;
  record?: RecordMeta & Record<string, unknown>;
}

/** Schema v7 (read only by the v8 upgrade): per record the last few versions shared, newest last. */
export interface ExchangeBaseRow {
  /** `${table}:${recordId}` */
  id: string;
  table: string;
  recordId: string;
  versions: { revision: number; updatedAt: string; record: (RecordMeta & Record<string, unknown>) | null }[];
}

/** The shared versions of one record, newest last. */
export interface SharedRecordVersions {
  recordId: string;
  versions: SharedVersion[];
}

/**
 * The shared versions of a table's records, in 256 buckets by a hash of the record id
 * (schema v8). One row per record made an export of 50,000 cost lines write 50,000 rows,
 * and Chromium's IndexedDB spends about 0.2 ms on every row whatever its size (issue 10).
 * Since v12 a bucket holds its records as JSON text: IndexedDB clones one string much
 * faster than the 50,000 small objects an export or import of 50,000 lines remembers.
 */
export interface SharedVersionsRow {
  /** `${table}:${bucket}`, bucket two hex digits */
  id: string;
  table: string;
  /** JSON of SharedRecordVersions[] */
  recordsJson: string;
}

/** Schema v8 to v11 (read only by the v12 upgrade): the bucket's records as objects. */
export interface SharedVersionsRowV8 {
  id: string;
  table: string;
  records: SharedRecordVersions[];
}

export type SettingsRow = Settings | SeedState | CalculationSettings | WorkspaceRevision | ContractSettings | DeviceIdentity;

export const DEFAULT_DB_NAME = 'ikz-planer';

export class IkzDatabase extends Dexie {
  parties!: EntityTable<Party, 'id'>;
  areas!: EntityTable<Area, 'id'>;
  proposals!: EntityTable<Proposal, 'id'>;
  /** Cost lines one by one, stored packed per proposal in costSheets (renderer/data/costLineStore.ts). */
  declare readonly costLines: CostLineStore;
  costSheets!: Table<CostSheet, string>;
  costLineIds!: Table<CostLineIds, string>;
  costPlans!: EntityTable<CostPlan, 'id'>;
  allocationSettings!: EntityTable<LaterRecord, 'id'>;
  contracts!: EntityTable<Contract, 'id'>;
  contractVersions!: EntityTable<ContractVersion, 'id'>;
  contractTemplates!: EntityTable<StoredContractTemplate, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;
  changeLog!: EntityTable<ChangeLogEntry, 'id'>;
  tombstones!: EntityTable<Tombstone, 'id'>;
  sharedVersions!: EntityTable<SharedVersionsRow, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    // Strict durability: Chromium otherwise may report a commit before it reached the
    // disk, and a laptop that loses power would lose the last edits.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    // Defined on the instance after Dexie set up its tables: up to schema v10 there was a
    // Dexie table of this name, which Dexie would otherwise put here.
    Object.defineProperty(this, 'costLines', { value: new CostLineStore(this.costSheets, this.costLineIds), enumerable: false });
  }

  /**
   * A record table as the command layer and the exchange read and write it: Dexie's table,
   * or for cost lines the packed store. Its records are the same either way.
   */
  recordStore(name: string): RecordStore {
    return name === 'costLines' ? this.costLines : (this.table(name) as unknown as RecordStore);
  }

  /** Every id of a record table. */
  recordIds(name: string): Promise<string[]> {
    return name === 'costLines' ? this.costLines.primaryKeys() : (this.table(name).toCollection().primaryKeys() as Promise<string[]>);
  }

  /** A record table's records for an export: all, or those that belong to these proposals (cost lines: CostLineStore.forExport). */
  recordsForExport(name: string, proposalIds?: string[]): Promise<unknown[]> {
    if (name === 'costLines') return this.costLines.forExport(proposalIds);
    return proposalIds ? this.table(name).where('proposalId').anyOf(proposalIds).toArray() : this.table(name).toArray();
  }

  /** The IndexedDB tables that hold a record table's rows (for transaction scopes). */
  storesOf(name: string): string[] {
    return name === 'costLines' ? ['costSheets', 'costLineIds'] : [name];
  }
}

/** What the command layer and the exchange need of a record table (Dexie's Table and CostLineStore both offer it). */
export interface RecordStore {
  get(id: string): Promise<unknown>;
  bulkGet(ids: string[]): Promise<unknown[]>;
  add(record: RecordMeta): Promise<unknown>;
  put(record: RecordMeta): Promise<unknown>;
  bulkPut(records: readonly RecordMeta[]): Promise<unknown>;
  delete(id: string): Promise<void>;
  bulkDelete(ids: string[]): Promise<void>;
  toArray(): Promise<unknown[]>;
}
