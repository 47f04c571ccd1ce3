import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Bytes } from '../../renderer/domain/bytes';

const encode = (text: string) => new TextEncoder().encode(text);

describe('utf8Bytes', () => {
  it('gives the bytes TextEncoder gives, for plain text and for text denser in multi-byte characters than its slack', () => {
    for (const text of ['', 'Kamen', 'Bergkamen–Unna: 1.234,56 €', '„Lünen“ '.repeat(50), 'ä'.repeat(1000), '😀\uD800x']) {
      expect(utf8Bytes(text), text.slice(0, 20)).toEqual(encode(text));
    }
  });

  it('gives the bytes TextEncoder gives for any text (generated)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(utf8Bytes(text)).toEqual(encode(text));
      }),
      { numRuns: 2000 },
    );
  });
});
