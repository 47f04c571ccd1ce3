/**
 * The checksum taken from a file's bytes (memberSpans.ts): for a file as the app writes it,
 * the bytes put in key order are exactly the canonical text the checksum covers; for any
 * other layout the long way decides, so a file is never accepted or refused differently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checksumMatches, exchangeChecksum } from '../../renderer/domain/exchange/canonical';
import { membersInKeyOrder, topLevelMembers, withStringApart } from '../../renderer/domain/exchange/memberSpans';
import { readExchangeFile } from '../../renderer/domain/exchange/read';
import { bytesOf, sampleFile } from './exchangeFixture';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const withoutChecksum = (file: object) => Object.fromEntries(Object.entries(file).filter(([k]) => k !== 'checksum'));

describe('the members of a file, from its bytes', () => {
  it('are, for a file as the app writes it, the canonical text its checksum covers', async () => {
    for (const password of [undefined, 'Kämmerer-2027!']) {
      const { text, file } = await sampleFile(password);
      const bytes = bytesOf(text);
      expect(decode(membersInKeyOrder(bytes, 'checksum')!)).toBe(canonicalJson(withoutChecksum(file)));
      expect(await checksumMatches(bytes, JSON.parse(text) as object, file.checksum.value)).toBe(true);
    }
  });

  it('leave the decision to the long way for another layout, and refuse damage either way', async () => {
    const { text, file } = await sampleFile();
    // Another program may indent its file: the bytes differ, the checksum is still right.
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    const prettyBytes = bytesOf(`\uFEFF${pretty}\n`);
    expect(decode(membersInKeyOrder(prettyBytes, 'checksum')!)).not.toBe(canonicalJson(withoutChecksum(file)));
    expect(await checksumMatches(prettyBytes, JSON.parse(pretty) as object, file.checksum.value)).toBe(true);
    const damaged = text.replace('Größer und günstiger', 'Größer und teurer');
    expect(await checksumMatches(bytesOf(damaged), JSON.parse(damaged) as object, file.checksum.value)).toBe(false);
    // A member named twice: JSON.parse keeps the last; the bytes are not taken as they are.
    const twice = `${text.slice(0, -1)},"format":"ikz-planer-austausch"}`;
    expect(membersInKeyOrder(bytesOf(twice), 'checksum')).toBeNull();
  });

  it('are found in any JSON object, whatever its strings and spacing hold', () => {
    const key = fc.string({ unit: 'binary', maxLength: 8 });
    const object = fc.dictionary(key, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
    fc.assert(
      fc.property(object, fc.constantFrom(undefined, 1, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const bytes = bytesOf(text);
        const members = topLevelMembers(bytes)!;
        const parsed = JSON.parse(text) as Record<string, unknown>;
        expect(members.map((m) => m.key)).toEqual(Object.keys(parsed));
        for (const m of members) {
          expect(JSON.parse(decode(bytes.subarray(m.start, m.keyEnd)))).toBe(m.key);
          expect(JSON.parse(decode(bytes.subarray(m.valueStart, m.end)))).toEqual(parsed[m.key]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('are not found where the bytes are not one object', () => {
    for (const text of ['[1,2]', '"text"', '{"a":1,"a":2}', '{"a":1} {"b":2}', '{"a":1', '{"a" 1}', '{"a":"x}', '{"a":1,}', '']) {
      expect(topLevelMembers(bytesOf(text))).toBeNull();
    }
    expect(topLevelMembers(bytesOf(' {} '))).toEqual([]);
  });

  it('give the same checksum as the long way for canonical files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }), async (value) => {
        const expected = await exchangeChecksum(value);
        const text = canonicalJson({ ...value, checksum: { algorithm: 'SHA-256', value: expected } });
        expect(await checksumMatches(bytesOf(text), JSON.parse(text) as object, expected)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('give the ciphertext of a protected file apart from the rest, the same as JSON.parse would', async () => {
    const { text } = await sampleFile('Kämmerer-2027!');
    const bytes = bytesOf(text);
    const apart = withStringApart(bytes, topLevelMembers(bytes), 'ciphertext')!;
    const whole = JSON.parse(text) as Record<string, unknown>;
    expect(apart.value).toBe(whole.ciphertext);
    expect({ ...(JSON.parse(apart.text) as object), ciphertext: apart.value }).toEqual(whole);
    // An escape, a value that is no string, a name twice: JSON.parse reads the whole file.
    const escaped = text.replace(/"ciphertext":"([^"]{4})/, '"ciphertext":"$1\\/');
    const twice = `${text.slice(0, -1)},"ciphertext":"QUJD"}`;
    for (const other of [escaped, text.replace(/"ciphertext":"[^"]*"/, '"ciphertext":42'), twice]) {
      const b = bytesOf(other);
      expect(withStringApart(b, topLevelMembers(b), 'ciphertext'), other.slice(0, 80)).toBeNull();
    }
    // A file whose ciphertext was altered is still refused as damaged, not opened.
    const altered = text.replace(/"ciphertext":"(.)/, (_m, c: string) => `"ciphertext":"${c === 'A' ? 'B' : 'A'}`);
    const result = await readExchangeFile(bytesOf(altered), 'Kämmerer-2027!');
    expect(result.ok ? 'geöffnet' : result.error.code).toBe('damaged');
  });
});
