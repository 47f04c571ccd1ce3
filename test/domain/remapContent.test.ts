/**
 * Remapping a checked file's ids with the cost lines done by their schema
 * (renderer/domain/exchange/remapContent.ts) gives exactly what remapIds gives: the same
 * values, the same key order, untouched records the same objects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExchangeContent } from '../../renderer/domain/exchange/format';
import { remapIds } from '../../renderer/domain/exchange/merge';
import { remapContent } from '../../renderer/domain/exchange/remapContent';

const PARTY = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';
const LOCAL = 'b0000000-0000-4000-8000-000000000009';

/** Strings that may be a mapped id, or look like one. */
const someString = fc.constantFrom(PARTY, OTHER, LOCAL, 'Bauhof', 'personal', 'ist', 'laufend', 'years', 'TVöD EG 11', '2027', 'label', '');

const entry = fc.oneof(
  fc.record({ mode: fc.constant('years'), byYear: fc.dictionary(fc.constantFrom('2027', '2028', '2030'), fc.integer()) }),
  fc.record({ mode: fc.constant('growth'), startCents: fc.integer(), increasePercent: fc.double({ noNaN: true }) }),
  fc.record({
    mode: fc.constant('staff'),
    fte: fc.double({ min: 0, max: 10, noNaN: true }),
    payGroup: someString,
    increasePercent: fc.integer({ min: -5, max: 5 }),
  }),
);

const lineMembers = {
  id: someString,
  createdAt: someString,
  updatedAt: someString,
  revision: fc.integer({ min: 1 }),
  proposalId: someString,
  variant: someString,
  partyId: fc.oneof(fc.constant(null), someString),
  category: someString,
  recurrence: someString,
  budgetRelevant: fc.boolean(),
  label: someString,
  entry,
  isExample: fc.boolean(),
  order: fc.nat(),
};
/** Every member but the position, which older lines lack. */
const costLine = fc.record(lineMembers, { requiredKeys: (Object.keys(lineMembers) as (keyof typeof lineMembers)[]).filter((k) => k !== 'order') });

const content = fc.record({
  lines: fc.array(costLine, { maxLength: 6 }),
  log: fc.array(fc.record({ table: fc.constantFrom('parties', 'costLines'), recordId: someString, fields: fc.array(someString, { maxLength: 2 }) }), {
    maxLength: 2,
  }),
  proposal: fc.record({ id: someString, leadPartyId: someString, participantIds: fc.array(someString, { maxLength: 3 }) }),
  bases: fc.dictionary(someString, fc.array(fc.record({ revision: fc.integer({ min: 1 }), updatedAt: someString }), { maxLength: 2 }), { maxKeys: 3 }),
});

const mapOf = fc.uniqueArray(
  fc.tuple(
    fc.oneof(fc.constantFrom(PARTY, OTHER), fc.constantFrom('records', 'costLines', 'updatedAt', 'revision', '2027', 'label', 'years', 'Bauhof')),
    fc.constantFrom(LOCAL, 'neu'),
  ),
  {
    selector: ([from]) => from,
    maxLength: 3,
  },
);

function fileContent(c: { lines: object[]; proposal: object; bases: Record<string, unknown>; log?: object[] }): ExchangeContent {
  return {
    tables: {
      costLines: { records: c.lines as never, tombstones: [], bases: c.bases as never },
      proposals: { records: [c.proposal] as never, tombstones: [], bases: c.bases as never },
    },
    changeLog: (c.log ?? []) as never,
  };
}

describe('remapping a checked file’s ids', () => {
  it('gives exactly what remapIds gives, for generated content and maps', () => {
    fc.assert(
      fc.property(content, mapOf, (c, pairs) => {
        const file = fileContent(c);
        const map = new Map(pairs);
        const quick = remapContent(file, map);
        const walked = remapIds(file, map);
        expect(quick).toStrictEqual(walked);
        expect(JSON.stringify(quick)).toBe(JSON.stringify(walked));
        // A map that names a table renames it (remapIds' own rule): then there is nothing to compare by identity.
        const [quickLines, walkedLines] = [quick.tables.costLines?.records ?? [], walked.tables.costLines?.records ?? []];
        quickLines.forEach((line, i) => {
          const before = file.tables.costLines!.records[i]!;
          expect(line === before).toBe(walkedLines[i] === before);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('replaces a cost line’s party and a staff entry’s pay group, and copies only those lines', () => {
    const line = { id: 'l1', partyId: PARTY, label: 'Bauhof', entry: { mode: 'staff', fte: 1, payGroup: PARTY, increasePercent: 2 } };
    const untouched = { id: 'l2', partyId: OTHER, label: 'Bauhof', entry: { mode: 'years', byYear: { '2027': 1 } } };
    const file = fileContent({ lines: [line, untouched], proposal: { id: 'p', leadPartyId: PARTY, participantIds: [] }, bases: {} });
    const out = remapContent(file, new Map([[PARTY, LOCAL]]));
    expect(out.tables.costLines!.records[0]).toEqual({ ...line, partyId: LOCAL, entry: { ...line.entry, payGroup: LOCAL } });
    expect(out.tables.costLines!.records[1]).toBe(untouched);
    expect(out.tables.proposals!.records[0]).toMatchObject({ leadPartyId: LOCAL });
    expect(line.partyId).toBe(PARTY);
  });
});
