/**
 * The quick look at a table's bases in an exchange file (renderer/domain/exchange/
 * tableShape.ts) may only let through what zod's schema accepts and returns unchanged, and
 * a table it does not let through gets zod's verdict and message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basesAsWritten, tableContentSchema, tableShape } from '../../renderer/domain/exchange/tableShape';

const lineId = '0b6c3c1e-5a61-4b0a-9d0e-6a8f1f1a2b3c';
const base = { revision: 2, updatedAt: '2027-01-03T08:00:00.000Z' };
const tombstone = {
  id: `costLines:${lineId}`,
  table: 'costLines',
  recordId: lineId,
  deletedAt: '2027-01-04T08:00:00.000Z',
  deletedBy: 'Kämmerei Kamen',
  revision: 3,
};
const written = { records: [{ id: lineId }], tombstones: [tombstone], bases: { [lineId]: [base] } };

/** Values near the edges of every rule. */
const oddValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1, 1.5, 2 ** 53, '', 'x'.repeat(40), 'x'.repeat(41), '2027-01-03T08:00:00.000Z', [], {}),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 6 }),
);
/** A written base with a field replaced, left out or added. */
const oddBase = fc
  .record({
    field: fc.constantFrom('revision', 'updatedAt', 'extra'),
    // The edges of the lengths and numbers first: fast-check favours the first constants.
    change: fc.oneof(fc.constant('drop' as const), fc.constantFrom('x'.repeat(41), 'x'.repeat(40), 0, 1.5, 2 ** 53, null), oddValue),
  })
  .map(({ field, change }) => {
    const b: Record<string, unknown> = { ...base };
    if (change === 'drop') delete b[field];
    else b[field] = change;
    return b;
  });
const oddId = fc.oneof(fc.uuid(), fc.constantFrom('x'.repeat(100), 'x'.repeat(101), ''));
const oddRefs = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(base) }, { weight: 1, arbitrary: oddBase }), { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(50, 51).map((n) => Array.from({ length: n }, () => base)) },
  { weight: 1, arbitrary: oddValue },
);
const oddBases = fc.oneof({ weight: 6, arbitrary: fc.dictionary(oddId, oddRefs, { minKeys: 1, maxKeys: 3 }) }, { weight: 1, arbitrary: oddValue });
/** Mostly well-formed tables, so that the quick path and zod meet often. */
const oddTable = fc.record({
  records: fc.oneof({ weight: 6, arbitrary: fc.constant([{ id: lineId }]) }, { weight: 1, arbitrary: oddValue }),
  tombstones: fc.oneof(
    { weight: 6, arbitrary: fc.constant([tombstone]) },
    { weight: 1, arbitrary: fc.constant([{ ...tombstone, revision: 0 }]) },
    { weight: 1, arbitrary: oddValue },
  ),
  bases: oddBases,
});

describe('the shape of an exchanged table', () => {
  it('takes bases as the app writes them as they are', () => {
    expect(basesAsWritten(written.bases)).toBe(true);
    expect(basesAsWritten({})).toBe(true);
    const shape = tableShape(written);
    expect(shape.success && shape.data.bases).toBe(written.bases);
    expect(shape.success && shape.data.records).toBe(written.records);
  });

  it('sends to zod what zod would change or refuse', () => {
    expect(basesAsWritten({ [lineId]: [{ ...base, extra: 1 }] })).toBe(false); // zod drops unknown fields
    expect(basesAsWritten({ [lineId]: [{ ...base, revision: 0 }] })).toBe(false);
    expect(basesAsWritten({ [lineId]: Array.from({ length: 51 }, () => base) })).toBe(false);
    expect(basesAsWritten({ ['x'.repeat(101)]: [base] })).toBe(false);
    expect(basesAsWritten([])).toBe(false);
  });

  it('gives zod’s message for a table that is not as written', () => {
    const shape = tableShape({ ...written, tombstones: [{ ...tombstone, revision: 0 }] });
    expect(shape.success).toBe(false);
    expect(!shape.success && shape.error.issues[0]?.path).toEqual(['tombstones', 0, 'revision']);
  });

  it('agrees with zod on every generated table, and what it lets through is what zod returns', () => {
    fc.assert(
      fc.property(oddTable, (table) => {
        const quick = tableShape(table);
        const zod = tableContentSchema.safeParse(table);
        expect(quick.success, JSON.stringify(table)).toBe(zod.success);
        if (quick.success) expect(quick.data, JSON.stringify(table)).toStrictEqual(zod.data);
        else expect(quick.error.issues, JSON.stringify(table)).toEqual(!zod.success && zod.error.issues);
      }),
      { numRuns: 3000 },
    );
  });
});
