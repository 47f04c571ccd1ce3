/**
 * Canonical JSON of exchange files (README „Austauschformat“): keys sorted by UTF-16 code
 * units, no whitespace. The fast path (the engine's JSON.stringify) must write exactly what
 * the definition says, also where the engine would order integer-like keys differently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, withKnownCanonicalText } from '../../renderer/domain/exchange/canonical';

/** The definition, written out plainly. */
function reference(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map((x) => reference(x === undefined ? null : x)).join(',')}]`;
  const o = v as Record<string, unknown>;
  const members = Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${reference(o[k])}`);
  return `{${members.join(',')}}`;
}

/** `{"y":[n-1],"z":{"y":[n-2],"z":…{"a":2,"b":1}}}` */
function expectedDeep(levels: number): string {
  let text = '{"a":2,"b":1}';
  for (let i = 0; i < levels; i++) text = `{"y":[${i}],"z":${text}}`;
  return text;
}

describe('canonicalJson', () => {
  it('writes a value whose canonical text is known as that text, wherever it stands', () => {
    // The text is taken as given (the one who registers it vouches for it): a space shows it was used.
    const known = withKnownCanonicalText([{ b: 1, a: 2 }], '[{"a":2, "b":1}]');
    expect(canonicalJson(known)).toBe('[{"a":2, "b":1}]');
    expect(canonicalJson({ z: known, a: [known, 'x'] })).toBe('{"a":[[{"a":2, "b":1}],"x"],"z":[{"a":2, "b":1}]}');
    // Also where the engine's own order differs (integer-like keys) and the text is written here.
    expect(canonicalJson({ 10: known, 9: 'y' })).toBe('{"10":[{"a":2, "b":1}],"9":"y"}');
    expect(canonicalJson({ list: [{ b: 1, a: 2 }] })).toBe('{"list":[{"a":2,"b":1}]}');
  });

  it('sorts keys by code units, integer-like keys included', () => {
    expect(canonicalJson({ b: 1, a: [{ z: null, y: 'ü' }], 10: 'x', 9: 'y' })).toBe('{"10":"x","9":"y","a":[{"y":"ü","z":null}],"b":1}');
    expect(canonicalJson({ byYear: { 2028: 2, 2027: 1 } })).toBe('{"byYear":{"2027":1,"2028":2}}');
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    expect(canonicalJson(undefined)).toBe('null');
    // A key named __proto__ (files with one are refused, but the writer must not drop it).
    expect(canonicalJson(JSON.parse('{"b":2,"__proto__":1,"0":3}'))).toBe('{"0":3,"__proto__":1,"b":2}');
    // Already in order (a file as read): the engine writes it as it is, __proto__ included.
    expect(canonicalJson(JSON.parse('{"0":3,"__proto__":{"a":[1,{"b":null}]},"b":2}'))).toBe('{"0":3,"__proto__":{"a":[1,{"b":null}]},"b":2}');
    expect(canonicalJson({ a: new Date(Date.UTC(2027, 0, 2)), b: 1 })).toBe('{"a":"2027-01-02T00:00:00.000Z","b":1}');
    // An object that serialises itself with keys out of order is still written in order.
    expect(canonicalJson({ a: { toJSON: () => ({ d: 1, c: 2 }) } })).toBe('{"a":{"c":2,"d":1}}');
    // Not JSON data, but no endless walk: a cycle is refused as the engine refuses it.
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow(TypeError);
    // Nested deeper than any file of the app: written the slower way, in the same order.
    let deep: unknown = { b: 1, a: 2 };
    for (let i = 0; i < 300; i++) deep = { z: deep, y: [i] };
    expect(canonicalJson(deep)).toBe(expectedDeep(300));
  });

  it('writes what the definition says for any JSON value whose keys are already in order (the fast path)', () => {
    const sortedDeep = (v: unknown): unknown =>
      v === null || typeof v !== 'object'
        ? v
        : Array.isArray(v)
          ? v.map(sortedDeep)
          : Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sortedDeep((v as Record<string, unknown>)[k])]),
            );
    fc.assert(
      fc.property(fc.jsonValue().map(sortedDeep), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes what the definition says for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });
});
