import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTextDetailed } from '../../renderer/data/import/decodeText';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 bytes of a Latin-1 string (enough for German text). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decoding a CSV file', () => {
  it('reads UTF-8 with and without BOM, and Windows-1252', () => {
    expect(decodeTextDetailed(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('Lünen;Fröndenberg')))).toEqual({ text: 'Lünen;Fröndenberg', encoding: 'utf-8' });
    expect(decodeTextDetailed(utf8('Bönen;Größe'))).toEqual({ text: 'Bönen;Größe', encoding: 'utf-8' });
    expect(decodeTextDetailed(cp1252('Bönen;Größe;€'.replace('€', '\x80')))).toEqual({ text: 'Bönen;Größe;€', encoding: 'windows-1252' });
  });

  it('keeps both kinds of umlaut in a UTF-8 file with stray Windows-1252 bytes (no mojibake)', () => {
    const mixed = concat(utf8('Lünen;Fröndenberg\r\n'), cp1252('Bönen;Gebühr\r\n'), utf8('Selm;Größe'));
    const result = decodeTextDetailed(mixed);
    expect(result.encoding).toBe('gemischt');
    expect(result.text).toBe('Lünen;Fröndenberg\r\nBönen;Gebühr\r\nSelm;Größe');
    expect(result.text).not.toMatch(/Ã|Â/);
  });

  it('decodes any German text the same whether it was saved as UTF-8 or Windows-1252', () => {
    const german = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ';', 'ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß', '1', ',') });
    fc.assert(
      fc.property(german, (text) => decodeTextDetailed(utf8(text)).text === text && decodeTextDetailed(cp1252(text)).text === text),
      { numRuns: 1000 },
    );
  });
});
