/**
 * A printed PDF's bytes as a string with one character per byte, for searching its
 * uncompressed structure (trailer, page tree, outline) and for byte offsets. The
 * platform's decoder, not a loop in JavaScript: a 90-page report is about 4 MB, and
 * String.fromCharCode over it took a third of a second each time it was read.
 * ('latin1' is windows-1252 in TextDecoder: bytes 0x80–0x9F become other characters, but
 * still exactly one UTF-16 unit each, so offsets stay byte offsets; the structure is ASCII.)
 */
const decoder = new TextDecoder('latin1');

export function pdfText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
