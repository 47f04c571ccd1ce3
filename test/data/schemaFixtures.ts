/**
 * Deterministic workspaces as each earlier release stored them, for the migration and
 * restore tests: every table that exists at a schema version gets rows in that version's
 * shape (amounts by offset before v3, meetings without agenda before v5, …). A table this
 * file does not know (added by a later schema) gets generic rows with the common meta
 * fields, so a new version is covered without editing this file.
 */
import { backupTablesAt } from '../../renderer/data/backups/parse';

type Row = Record<string, unknown> & { id: string };

const meta = (n: number) => ({ createdAt: `2026-10-0${n}T08:00:00.000Z`, updatedAt: `2026-10-0${n + 1}T09:30:00.000Z`, revision: n });

function rowsFor(table: string, version: number): Row[] {
  switch (table) {
    case 'parties':
      return [
        { id: 'party-unna', seedKey: 'unna', name: 'Unna', inhabitants: 58_633, ...meta(1) },
        { id: 'party-eigene', seedKey: null, name: 'Zweckverband Ruhr-Lippe (Straße Nr. 5)', inhabitants: null, ...meta(2) },
      ];
    case 'areas':
      return [{ id: 'area-bauhof', seedKey: null, name: 'Bauhöfe und Grünflächen', order: 7, ...meta(1) }];
    case 'proposals':
      return ['p-1', 'p-2'].map((id, i) => ({
        id,
        title: i === 0 ? 'Gemeinsame Vollstreckung – Übergang „2027“' : 'Bauhöfe: Maschinenpark teilen',
        areaId: 'area-bauhof',
        leadPartyId: 'party-unna',
        participantIds: ['party-eigene'],
        dependsOn: i === 1 ? ['p-1'] : [],
        status: 'idee',
        statusReason: '',
        statusHistory: [],
        description: 'Ä'.repeat(500),
        isExample: false,
        ...meta(3),
      }));
    case 'costLines': {
      const line = (id: string, proposalId: string, amounts: number[]) => ({
        id,
        proposalId,
        variant: 'ist',
        partyId: 'party-unna',
        category: 'personal',
        recurrence: 'laufend',
        budgetRelevant: true,
        label: `Zeile ${id}`,
        isExample: false,
        entry: version < 3 ? { mode: 'years', amounts } : { mode: 'years', byYear: Object.fromEntries(amounts.map((a, i) => [String(2027 + i), a])) },
        ...meta(2),
      });
      return [
        line('l-1', 'p-1', [100_000_00, 101_000_00, 102_000_00]),
        line('l-2', 'p-2', [0, 5_000_00]),
        { ...line('l-3', 'p-2', []), entry: { mode: 'growth', startCents: 12_345_67, increasePercent: 2.5 } },
      ];
    }
    case 'costPlans':
      // Complete plans for both proposals (start year fixed), so no upgrade step needs the clock.
      return ['p-1', 'p-2'].map((proposalId) => ({
        id: `plan-${proposalId}`,
        proposalId,
        period: { startYear: 2027, years: 5 },
        discounting: { mode: 'flat', ratePercent: 2 },
        allocation: { key: 'einwohner', cases: {}, weights: {}, basePercent: 30, variableKey: 'einwohner' },
        ...meta(2),
      }));
    case 'allocationSettings':
      return version === 1 ? [{ id: 'alloc-1', proposalId: 'p-2', key: 'einwohner' }] : [];
    case 'meetings': {
      const base = {
        id: 'm-1',
        seedKey: 'kaemmerer-2027',
        title: 'Arbeitskreis der Kämmerer (März 2027)',
        date: '2027-03-10',
        location: 'Kreishaus Unna',
        ...meta(1),
      };
      return [
        version < 5
          ? base
          : {
              ...base,
              kind: 'arbeitskreis',
              participantIds: ['party-unna'],
              agenda: [{ id: 'a-1', proposalId: 'p-1', decisionRequested: 'Beschluss', outcome: null }],
            },
      ];
    }
    case 'settings':
      return [
        { id: 'settings', userName: 'Kämmerin Unna', homePartyId: 'party-unna', discountRatePercent: 1.5, observationYears: 5, updatedAt: '', revision: 4 },
        ...(version >= 4 ? [{ id: 'workspace-revision', revision: 42, updatedAt: '2026-10-05T10:00:00.000Z' }] : []),
      ];
    case 'changeLog':
      return [
        {
          id: 'log-1',
          at: '2026-10-02T09:30:00.000Z',
          by: 'Kämmerin Unna',
          table: 'proposals',
          recordId: 'p-1',
          action: 'create',
          summary: 'Vorschlag „Gemeinsame Vollstreckung“ angelegt',
          changes: [],
        },
      ];
    case 'tombstones':
      return [
        { id: 'proposals:p-gone', table: 'proposals', recordId: 'p-gone', deletedAt: '2026-10-04T11:00:00.000Z', deletedBy: 'Kämmerin Unna', revision: 3 },
      ];
    case 'exchangeBase': {
      // v7: a row per shared record, each version with its copy. Emptied by the v8 upgrade,
      // so a v8 database never holds any.
      if (version >= 8) return [];
      const shared = { id: 'p-1', title: 'Gemeinsame Vollstreckung – so geteilt', ...meta(2) };
      return [{ id: 'proposals:p-1', table: 'proposals', recordId: 'p-1', versions: [{ revision: 2, updatedAt: shared.updatedAt, record: shared }] }];
    }
    case 'sharedVersions': {
      // Buckets by a hash of the record id (renderer/data/exchange/sharedVersions.ts bucketOf);
      // the records as objects until v11, as JSON text from v12 on.
      const bucket = (id: string, records: object[]) => ({
        id,
        table: 'costLines',
        ...(version >= 12 ? { recordsJson: JSON.stringify(records) } : { records }),
      });
      return [
        bucket('costLines:59', [{ recordId: 'l-1', versions: [{ revision: 1, updatedAt: meta(1).updatedAt }] }]),
        bucket('costLines:dd', [
          { recordId: 'l-gone', versions: [{ revision: 2, updatedAt: meta(2).updatedAt, record: { id: 'l-gone', proposalId: 'p-1', ...meta(2) } }] },
        ]),
      ];
    }
    default:
      // contracts, contractVersions and any table a later schema adds.
      return [1, 2].map((n) => ({ id: `${table}-${n}`, proposalId: 'p-1', title: `${table} Nr. ${n} – Entwurf ü`, ...meta(n) }));
  }
}

/** Every table at `version`, with data. */
export function fixtureTables(version: number): Record<string, Row[]> {
  // In key order, as IndexedDB returns them.
  return Object.fromEntries([...backupTablesAt(version).keys()].map((table) => [table, rowsFor(table, version).sort((a, b) => (a.id < b.id ? -1 : 1))]));
}

/** The sum of a line's yearly amounts, in whichever shape it is stored. */
export function amountSum(entry: unknown): number {
  const e = entry as { amounts?: number[]; byYear?: Record<string, number> };
  return [...(e.amounts ?? []), ...Object.values(e.byYear ?? {})].reduce((a, b) => a + b, 0);
}

/**
 * A row as compared across schema versions: a bucket of shared versions with its records
 * as objects, whether stored as objects (v8 to v11) or as JSON text (v12 on).
 */
export function comparable(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table !== 'sharedVersions' || typeof row.recordsJson !== 'string') return row;
  const { recordsJson, ...rest } = row;
  return { ...rest, records: JSON.parse(recordsJson) as unknown };
}
