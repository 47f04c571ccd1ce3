import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../renderer/domain/exchange/canonical';
import type { ExchangeRecord } from '../../renderer/domain/exchange/format';
import { changedFields, objectsWithoutIds, remapIds, threeWay } from '../../renderer/domain/exchange/merge';

const rec = (fields: Record<string, unknown>, revision = 1): ExchangeRecord => ({ id: 'a', createdAt: 'c', updatedAt: `u${revision}`, revision, ...fields });

describe('three-way merge, field by field', () => {
  it('takes one-sided changes, flags the same field changed differently, ignores bookkeeping', () => {
    const base = rec({ title: 'Bauhof', goals: '', risks: '' });
    const mine = rec({ title: 'Bauhof', goals: 'mein Ziel', risks: 'gleich' }, 2);
    const theirs = rec({ title: 'Bauhof Kamen', goals: 'ihr Ziel', risks: 'gleich' }, 2);
    expect(threeWay(base, mine, theirs)).toEqual({
      take: ['title'],
      conflicts: ['goals'],
      mineChanged: ['goals', 'risks'],
      theirsChanged: ['goals', 'risks', 'title'],
    });
    expect(changedFields(rec({ color: null }), rec({}, 5))).toEqual([]);
  });

  it('treats an embedded list as one field, its items compared without their own ids', () => {
    const a = rec({ agenda: [{ id: 'x1', proposalId: 'p', decisionRequested: '', outcome: null }] });
    const b = rec({ agenda: [{ id: 'y9', proposalId: 'p', decisionRequested: '', outcome: null }] });
    expect(changedFields(a, b)).toEqual([]);
    expect(changedFields(a, rec({ agenda: [] }))).toEqual(['agenda']);
  });

  it('rewrites ids in values and keys; canonical JSON sorts keys by code units', () => {
    const map = new Map([['old', 'new']]);
    expect(remapIds({ leadPartyId: 'old', participantIds: ['old', 'x'], cases: { old: 3 } }, map)).toEqual({
      leadPartyId: 'new',
      participantIds: ['new', 'x'],
      cases: { new: 3 },
    });
    // Copies only what changes, members before the first change included; the input stays as it was.
    const untouched = { a: 1, list: ['x'] };
    const value = { first: 'keep', nested: untouched, last: 'old' };
    const remapped = remapIds(value, map);
    expect(remapped).toEqual({ first: 'keep', nested: untouched, last: 'new' });
    expect(Object.keys(remapped)).toEqual(['first', 'nested', 'last']);
    expect(remapped.nested).toBe(untouched);
    expect(value.last).toBe('old');
    expect(remapIds(untouched, map)).toBe(untouched);
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'ä' }], '10': 0, '9': 0 })).toBe('{"10":0,"9":0,"a":[1,{"c":"ä"}],"b":1}');
  });

  it('keeps the key order when a value and then a key change', () => {
    const map = new Map([['old', 'new']]);
    const remapped = remapIds({ a: 'old', old: 1, z: 'old' }, map);
    expect(remapped).toEqual({ a: 'new', new: 1, z: 'new' });
    expect(Object.keys(remapped)).toEqual(['a', 'new', 'z']);
  });

  it('passes over the yearly amounts of cost lines, with the same result, unless an id is a four-digit number', () => {
    const line = (partyId: string) => ({ id: 'l1', partyId, entry: { mode: 'years', byYear: { '2027': 100, '2028': 200 } } });
    const content = { tables: { costLines: { records: [line('p-old'), line('other')], tombstones: [], bases: {} } }, changeLog: [] } as never;
    const map = new Map([['p-old', 'p-new']]);
    const lines = (content as { tables: { costLines: { records: never[] } } }).tables.costLines.records;
    const opaque = objectsWithoutIds(lines, map);
    expect(opaque.size).toBe(2);
    expect(remapIds(content, map, opaque)).toEqual(remapIds(content, map));
    expect(JSON.stringify(remapIds(content, map, opaque))).toContain('"partyId":"p-new"');
    // An id that is a year would be a key of the amounts: then they are walked.
    const yearMap = new Map([['2027', '2030']]);
    expect(objectsWithoutIds(lines, yearMap).size).toBe(0);
    expect(JSON.stringify(remapIds(content, yearMap, objectsWithoutIds(lines, yearMap)))).toContain('"2030":100');
  });
});
