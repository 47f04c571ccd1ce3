/**
 * Every schema the app has ever shipped, oldest first. A version that has been released
 * is never edited: a change is a new entry with an `upgrade` step and a test.
 */
import type { Transaction } from 'dexie';

/**
 * The upgrade steps' code is loaded only when data of an older version is opened (see
 * `loadUpgradeSteps`): it validates old records with zod, which a normal start does not
 * load (issue 6: initial bundle). A step cannot load it itself: a Dexie upgrade
 * transaction commits as soon as it awaits anything that is not IndexedDB.
 */
type UpgradeSteps = typeof import('./upgradeSteps');
let upgradeSteps: UpgradeSteps | null = null;

/** Call before opening a database that may be older than CURRENT_SCHEMA_VERSION. */
export async function loadUpgradeSteps(): Promise<void> {
  upgradeSteps ??= await import('./upgradeSteps');
}

function loadedStep(name: keyof UpgradeSteps): (tx: Transaction) => Promise<void> {
  return (tx) => {
    if (!upgradeSteps) throw new Error(`Upgrade step ${name} not loaded: call loadUpgradeSteps() before opening an older database.`);
    return upgradeSteps[name](tx);
  };
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      parties: 'id, &seedKey, name',
      areas: 'id, &seedKey, order',
      proposals: 'id, areaId, leadPartyId, status, *participantIds, *dependsOn, updatedAt',
      costLines: 'id, proposalId, partyId',
      allocationSettings: 'id, &proposalId',
      contracts: 'id, proposalId',
      contractVersions: 'id, contractId, [contractId+number]',
      meetings: 'id, &seedKey, date',
      settings: 'id',
      changeLog: 'id, at, [table+recordId]',
    },
  },
  {
    // Issue 3: cost data. One calculation plan per proposal (period, discounting,
    // allocation key); cost lines get a compound index for "all Ist lines of a proposal".
    version: 2,
    stores: {
      costLines: 'id, proposalId, partyId, [proposalId+variant]',
      costPlans: 'id, &proposalId',
    },
    upgrade: async (tx) => {
      // Version 1 had an (unused) allocationSettings table; carry any rows over so nothing is lost.
      const old = await tx.table('allocationSettings').toArray();
      for (const row of old) {
        if (!row.proposalId) continue;
        await tx.table('costPlans').put({ ...row, id: row.id });
      }
    },
  },
  {
    // Issue 6: yearly amounts by calendar year instead of offsets from the start year,
    // and a stored plan (fixed start year) for every proposal. No index changes.
    version: 3,
    stores: {},
    upgrade: loadedStep('upgradeToCalendarYears'),
  },
  {
    // Issue 6: deletes leave tombstones (one per deleted record), so that exchange files
    // can tell other laptops what was deleted. No existing data changes.
    version: 4,
    stores: {
      tombstones: 'id, [table+recordId], deletedAt',
    },
  },
  {
    // Issue 8: meetings get a kind, participants and an agenda of proposals (embedded,
    // ordered). No index changes; existing meetings get defaults.
    version: 5,
    stores: {},
    upgrade: loadedStep('upgradeMeetingAgendas'),
  },
  {
    // Issue 9: contract drafts. Users' own templates get a table; contracts are listed
    // by last change. Contracts and versions existed (empty) since version 1.
    version: 6,
    stores: {
      contracts: 'id, proposalId, updatedAt',
      contractTemplates: 'id',
    },
  },
  {
    // Issue 10: exchange files. Per record the versions last shared with another laptop
    // (exported or imported), the base of the three-way merge. Bookkeeping of this laptop,
    // never exchanged.
    version: 7,
    stores: {
      exchangeBase: 'id, [table+recordId]',
    },
  },
  {
    // Issue 10: the shared versions move into buckets (renderer/data/db.ts SharedVersionsRow):
    // a row per record cost an export of 50,000 cost lines about ten seconds of IndexedDB.
    // Existing versions are carried over as they are (each with its copy).
    version: 8,
    stores: {
      sharedVersions: 'id',
    },
    upgrade: loadedStep('upgradeSharedVersions'),
  },
  {
    // The per-record table of v7, emptied into sharedVersions by the v8 step (Dexie reads a
    // table in an upgrade only if a later version deletes it). And cost lines lose the two
    // indexes no query uses (partyId, [proposalId+variant]): each index is written with every
    // line, and an import of 50,000 lines spent seconds on them (issue 10).
    version: 9,
    stores: {
      exchangeBase: null,
      costLines: 'id, proposalId',
    },
  },
  {
    // Issue 10: cost lines stored packed, one row per proposal and a row of their ids
    // (renderer/data/costLineStore.ts): Chromium's IndexedDB spends about 0.2 ms on every
    // row, so an import of 50,000 lines as rows took 9 s to write. Lines keep ids, revisions
    // and contents; only the rows change.
    version: 10,
    stores: {
      costSheets: 'proposalId',
      costLineIds: 'proposalId',
    },
    upgrade: loadedStep('upgradePackedCostLines'),
  },
  {
    // The per-line table of v9, emptied into costSheets by the v10 step.
    version: 11,
    stores: {
      costLines: null,
    },
  },
  {
    // Issue 10: a bucket of shared versions holds its records as JSON text (renderer/data/
    // db.ts SharedVersionsRow): writing the 50,000 references of an export or import as
    // objects cost IndexedDB a quarter of a second. No index changes.
    version: 12,
    stores: {},
    upgrade: loadedStep('upgradeSharedVersionsText'),
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
