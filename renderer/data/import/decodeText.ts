/**
 * German Excel saves CSV as UTF-8 (with or without BOM) or as Windows-1252. A file is
 * decoded as one thing: strict UTF-8 when it is valid UTF-8, else Windows-1252 when it
 * holds no UTF-8 sequence at all. A file that mixes both (a UTF-8 file edited in an old
 * program that wrote a few Windows-1252 bytes) is decoded sequence by sequence, so that
 * both kinds of umlaut survive instead of turning into „LÃ¼nen“.
 */
export type TextEncodingFound = 'utf-8' | 'windows-1252' | 'gemischt';

const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');

// 0x80–0x9F of Windows-1252 (€, „, “, –, …). Spelled out because Node's TextDecoder treats
// 'windows-1252' as Latin-1 there, so tests in Node and the app in Chromium would differ.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const windows1252 = {
  decode(bytes: Uint8Array): string {
    // Char codes first, then one decode: fast enough for a 20 MB file.
    const codes = new Uint16Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    return utf16.decode(codes);
  },
};

/** Length of a well-formed UTF-8 multi-byte sequence starting at i, or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return 0; // overlong, surrogates
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const second = bytes[i + 1]!;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return 0;
    return 4;
  }
  return 0;
}

export function decodeTextDetailed(input: Uint8Array): { text: string; encoding: TextEncodingFound } {
  const bytes = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: look whether it holds UTF-8 sequences at all.
  }
  let text = '';
  let utf8Sequences = 0;
  let plainStart = 0;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      utf8Sequences++;
      text += windows1252.decode(bytes.subarray(plainStart, i)) + utf8.decode(bytes.subarray(i, i + length));
      i += length;
      plainStart = i;
    } else {
      i++;
    }
  }
  if (utf8Sequences === 0) return { text: windows1252.decode(bytes), encoding: 'windows-1252' };
  return { text: text + windows1252.decode(bytes.subarray(plainStart)), encoding: 'gemischt' };
}

export function decodeText(bytes: Uint8Array): string {
  return decodeTextDetailed(bytes).text;
}

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return sample.includes(0);
}
