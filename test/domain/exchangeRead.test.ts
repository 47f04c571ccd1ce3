import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exchangeChecksum } from '../../renderer/domain/exchange/canonical';
import { findUnsafeKey, mayHoldUnsafeKey } from '../../renderer/domain/exchange/recordSchemas';
import { readExchangeFile } from '../../renderer/domain/exchange/read';
import { bytesOf, sampleContent, sampleFile } from './exchangeFixture';

async function reseal(file: object) {
  const { checksum: _c, ...rest } = file as Record<string, unknown>;
  return JSON.stringify({ ...rest, checksum: { algorithm: 'SHA-256', value: await exchangeChecksum(rest) } });
}

async function refusal(text: string | Uint8Array, password?: string) {
  const result = await readExchangeFile(typeof text === 'string' ? bytesOf(text) : text, password);
  if (result.ok) throw new Error('accepted');
  return result.error;
}

describe('reading exchange files', () => {
  it('reads a valid file with its header and records', async () => {
    const { text } = await sampleFile();
    const result = await readExchangeFile(bytesOf(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.header.sender.partyName).toBe('Kamen');
    expect(result.value.content).toEqual(sampleContent());
  });

  it('refuses other files, damage and newer versions with German messages', async () => {
    const { text, file } = await sampleFile();
    expect((await refusal('%PDF-1.7 binary')).code).toBe('not-exchange');
    expect((await refusal(new Uint8Array([0xff, 0xfe, 0x00, 0x41]))).code).toBe('not-exchange');
    expect((await refusal('{"format":"etwas-anderes"}')).message).toContain('keine Austauschdatei des IKZ-Planers');
    expect(await refusal(text.slice(0, text.length / 2))).toMatchObject({ code: 'damaged', message: expect.stringContaining('beschädigt') });
    expect((await refusal(text.replace('Größer und günstiger', 'Kleiner und teurer'))).code).toBe('damaged');
    expect(await refusal(await reseal({ ...file, formatVersion: 2 }))).toMatchObject({
      code: 'newer-version',
      message: expect.stringContaining('aktualisieren'),
    });
    expect((await refusal(text.replace('"formatVersion":1', '"formatVersion":"1"'))).code).toBe('invalid');
  });

  it('refuses files over 100 MB before reading them', async () => {
    const big = new Uint8Array(100 * 1024 * 1024 + 1);
    expect(await refusal(big)).toMatchObject({ code: 'too-large', message: expect.stringContaining('100 MB') });
  });

  it('refuses __proto__ and constructor keys and records the app would not accept', async () => {
    const { file } = await sampleFile();
    const proto = (await reseal(file)).replace('"name":"Kamen"', '"__proto__":{"polluted":true},"name":"Kamen"');
    expect((await refusal(proto)).code).toBe('unsafe-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Also with letters of the name written as escapes (the text search alone would miss them).
    for (const key of ['\\u005f_proto__', 'constr\\u0075ctor', '\\u0070rototype']) {
      const escaped = (await reseal(file)).replace('"name":"Kamen"', `"${key}":{"polluted":true},"name":"Kamen"`);
      expect((await refusal(escaped)).code, key).toBe('unsafe-key');
    }
    const content = sampleContent();
    (content.tables.proposals!.records[0] as Record<string, unknown>).title = 'X';
    const { text } = await sampleFile(undefined, content);
    expect(await refusal(text)).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('Vorschläge, Datensatz 1: Bitte einen Titel mit mindestens 3 Zeichen'),
    });
  });

  it('the text search for unsafe keys never misses one the parsed value has, escaped or not', () => {
    const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'xconstructor'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 0 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.nat(), (v, seed) => {
        // Some letters in strings written as \uXXXX escapes, as another program might write them.
        let i = 0;
        const escape = (c: string) => (((seed >> (i++ % 30)) & 1) === 1 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c);
        const text = JSON.stringify(v).replace(/"(?:[^"\\]|\\.)*"/g, (token) => token.replace(/(?<!\\)[a-z_]/g, escape));
        if (findUnsafeKey(JSON.parse(text)) !== null) expect(mayHoldUnsafeKey(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(mayHoldUnsafeKey('{"name":"Kamen","betrag":12}')).toBe(false);
  });

  it('password: asks for it, refuses a wrong one clearly, opens with the right one', async () => {
    const { text, file } = await sampleFile('Geheim!2027');
    expect(text).not.toContain('Bauhof');
    expect((file as { encryption: { iterations: number } }).encryption.iterations).toBeGreaterThanOrEqual(600_000);
    const needed = await refusal(text);
    expect(needed.code).toBe('password-needed');
    expect(needed.header?.exportedBy).toBe('M. Muster');
    expect(await refusal(text, 'geheim!2027')).toMatchObject({ code: 'wrong-password', message: expect.stringContaining('Passwort ist falsch') });
    const ok = await readExchangeFile(bytesOf(text), 'Geheim!2027');
    expect(ok.ok && ok.value.content).toEqual(sampleContent());
    // A damaged ciphertext is told apart from a wrong password by the checksum.
    const damaged = text.replace(/"ciphertext":"(.)/, (_, c: string) => `"ciphertext":"${c === 'A' ? 'B' : 'A'}`);
    expect((await refusal(damaged, 'Geheim!2027')).code).toBe('damaged');
  });
});
