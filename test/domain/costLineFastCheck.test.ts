/**
 * The quick look at exchanged cost lines (renderer/domain/exchange/costLineFastCheck.ts)
 * may only let through what zod's schema accepts and returns unchanged; it must let
 * through the lines the app writes, or it saves nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCostLineAsWritten } from '../../renderer/domain/exchange/costLineFastCheck';
import { costLineRecordSchema } from '../../renderer/domain/exchange/recordSchemas';

const written = {
  id: '0b6c3c1e-5a61-4b0a-9d0e-6a8f1f1a2b3c',
  createdAt: '2027-01-02T08:00:00.000Z',
  updatedAt: '2027-01-03T08:00:00.000Z',
  revision: 2,
  proposalId: 'b1f0c2d3-0000-4000-8000-000000000001',
  variant: 'ist',
  partyId: null,
  category: 'personal',
  recurrence: 'laufend',
  budgetRelevant: true,
  label: 'Bauhofpersonal Kamen',
  entry: { mode: 'years', byYear: { '2027': 100_000_00, '2028': 102_500_00 } },
  isExample: false,
  order: 3,
};

/** Values near the edges of every rule: the wrong kind, blanks, control characters, odd years, fractions. */
const oddValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2027, '', ' ', 'ist', 'x'.repeat(201), ' Bauhof', 'Bau\u202Ehof', '\u200B', '2027', '27', 'Ü'),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.dictionary(fc.constantFrom('2027', '2028', '27', '20270', 'abcd', 'mode'), fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 3 }))),
  fc.constant({ mode: 'growth', startCents: 100, increasePercent: 2 }),
);

const fields = [...Object.keys(written), 'extra'];

/** A written line with some fields replaced, left out or added. */
const mutatedLine = fc
  .array(fc.record({ field: fc.constantFrom(...fields), change: fc.oneof(fc.constant('drop' as const), oddValue) }), { maxLength: 3 })
  .map((changes) => {
    const line: Record<string, unknown> = structuredClone(written);
    for (const { field, change } of changes) {
      if (change === 'drop') delete line[field];
      else if (field === 'entry' && typeof change === 'object' && change !== null && !('mode' in change)) line.entry = { mode: 'years', byYear: change };
      else line[field] = change;
    }
    return line;
  });

describe('quick look at exchanged cost lines', () => {
  it('lets through a line as the app writes it (with and without a position)', () => {
    expect(isCostLineAsWritten(written)).toBe(true);
    const { order: _order, ...withoutOrder } = written;
    expect(isCostLineAsWritten(withoutOrder)).toBe(true);
    expect(isCostLineAsWritten({ ...written, partyId: 'a0000000-0000-4000-8000-000000000000' })).toBe(true);
  });

  it('sends to zod what zod would change or refuse', () => {
    expect(isCostLineAsWritten({ ...written, label: ' Bauhof ' })).toBe(false); // zod trims
    expect(isCostLineAsWritten({ ...written, label: 'Bau\u202Ehof' })).toBe(false); // zod removes the control
    expect(isCostLineAsWritten({ ...written, extra: 1 })).toBe(false); // zod drops unknown fields
    expect(isCostLineAsWritten({ ...written, entry: { mode: 'years', byYear: { '2027': 1.5 } } })).toBe(false);
    expect(isCostLineAsWritten({ ...written, entry: { mode: 'growth', startCents: 100, increasePercent: 2 } })).toBe(false);
  });

  it('never lets through a line that zod refuses or would return changed (generated lines)', () => {
    fc.assert(
      fc.property(mutatedLine, (line) => {
        if (!isCostLineAsWritten(line)) return;
        const parsed = costLineRecordSchema.safeParse(line);
        expect(parsed.success, JSON.stringify(line)).toBe(true);
        expect(parsed.data, JSON.stringify(line)).toStrictEqual(line);
      }),
      { numRuns: 3000 },
    );
  });
});
