import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../renderer/domain/exchange/canonical';
import type { ExchangeRecord } from '../../renderer/domain/exchange/format';
import { changedFields, remapIds, threeWay } from '../../renderer/domain/exchange/merge';

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
});
