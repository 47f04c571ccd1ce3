/** A small valid exchange content built by hand (no database), for the reader's tests and the fuzzing. */
import type { ExchangeContent, ExchangeHeader } from '../../renderer/domain/exchange/format';
import { sealExchangeFile } from '../../renderer/domain/exchange/write';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';

const at = '2026-11-20T10:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: at, updatedAt: at, revision: 1 });
export const IDS = {
  kamen: '11111111-1111-4111-8111-111111111111',
  area: '22222222-2222-4222-8222-222222222222',
  proposal: '33333333-3333-4333-8333-333333333333',
  line: '44444444-4444-4444-8444-444444444444',
};

export function sampleContent(): ExchangeContent {
  return {
    tables: {
      parties: {
        records: [{ ...meta(IDS.kamen), name: 'Kamen', kind: 'Stadt', inhabitants: 43_000, employees: null, payrollCases: null, seedKey: 'kamen' }],
        tombstones: [],
        bases: {},
      },
      areas: { records: [{ ...meta(IDS.area), name: 'Bauhöfe', description: '', order: 1, seedKey: 'building-yards' }], tombstones: [], bases: {} },
      proposals: {
        records: [
          {
            ...meta(IDS.proposal),
            ...EMPTY_PROPOSAL,
            title: 'Gemeinsamer Bauhof',
            areaId: IDS.area,
            leadPartyId: IDS.kamen,
            description: 'Größer und günstiger',
            status: 'idee',
            statusReason: '',
            statusHistory: [],
            isExample: false,
          },
        ],
        tombstones: [
          {
            id: 'proposals:55555555-5555-4555-8555-555555555555',
            table: 'proposals',
            recordId: '55555555-5555-4555-8555-555555555555',
            deletedAt: at,
            deletedBy: 'M. Muster',
            revision: 3,
          },
        ],
        bases: { [IDS.proposal]: [{ revision: 1, updatedAt: at }] },
      },
      costLines: {
        records: [
          {
            ...meta(IDS.line),
            proposalId: IDS.proposal,
            variant: 'ist',
            partyId: IDS.kamen,
            category: 'personal',
            recurrence: 'laufend',
            budgetRelevant: true,
            label: 'Personal',
            entry: { mode: 'years', byYear: { '2027': 12_345_67 } },
            isExample: false,
          },
        ],
        tombstones: [],
        bases: {},
      },
    },
    changeLog: [
      { id: 'e1', at, by: 'M. Muster', table: 'proposals', recordId: IDS.proposal, action: 'update', summary: 'Vorschlag geändert', fields: ['description'] },
    ],
  };
}

export const sampleHeader: Omit<ExchangeHeader, 'encryption'> = {
  format: 'ikz-planer-austausch',
  formatVersion: 1,
  schemaVersion: 7,
  exportedAt: at,
  exportedBy: 'M. Muster',
  sender: { userName: 'M. Muster', partyId: IDS.kamen, partyName: 'Kamen', deviceId: '66666666-6666-4666-8666-666666666666' },
  scope: { kind: 'workspace' },
};

export async function sampleFile(password?: string, content = sampleContent()) {
  return sealExchangeFile(sampleHeader, content, password);
}

export const bytesOf = (text: string) => new TextEncoder().encode(text);
