/**
 * Sets the PDF's document information (title, author, subject): Chromium writes only the
 * title (from <title>) and ignores author and subject meta tags. An incremental update
 * (PDF 1.7, 7.5.6) appends a new information dictionary and a cross-reference section
 * after the printed file, leaving every byte of it as it was.
 */
import { pdfText } from './pdfText';
export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  creator?: string;
}

/** A text string as UTF-16BE hex with byte order mark: any character, nothing to escape. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

export function withDocumentInfo(pdf: Uint8Array, info: DocumentInfo): Uint8Array {
  const text = pdfText(pdf);
  const trailerAt = text.lastIndexOf('trailer');
  const startxrefAt = text.lastIndexOf('startxref');
  if (trailerAt < 0 || startxrefAt < 0) throw new Error('PDF ohne klassischen Trailer: Dokumentinformationen nicht gesetzt.');
  const trailer = text.slice(trailerAt, startxrefAt);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  const prev = Number(/startxref\s+(\d+)/.exec(text.slice(startxrefAt))?.[1]);
  if (!Number.isFinite(size) || !root || !Number.isFinite(prev)) throw new Error('PDF-Trailer unvollständig: Dokumentinformationen nicht gesetzt.');
  // Replace the existing information dictionary's object, or add one.
  const existing = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1];
  const objectNumber = existing ? Number(existing) : size;
  const newSize = existing ? size : size + 1;
  // Chromium's producer is ASCII („Skia/PDF m…“); anything the decoder widened is not copied.
  const found = /\/Producer\s*(\([^)]*\))/.exec(text)?.[1];
  const producer = found !== undefined && /^[\x20-\x7e]*$/.test(found) ? found : '(Chromium)';
  const fields = [
    `/Title ${pdfTextString(info.title)}`,
    `/Author ${pdfTextString(info.author)}`,
    `/Subject ${pdfTextString(info.subject)}`,
    info.keywords ? `/Keywords ${pdfTextString(info.keywords)}` : '',
    `/Creator ${pdfTextString(info.creator ?? 'IKZ-Planer')}`,
    `/Producer ${producer}`,
  ].filter(Boolean);
  const head = text.endsWith('\n') ? '' : '\n';
  const objectOffset = pdf.length + head.length;
  const object = `${objectNumber} 0 obj\n<<${fields.join('\n')}>>\nendobj\n`;
  const xrefOffset = objectOffset + object.length;
  const update =
    head +
    object +
    `xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${newSize}\n/Root ${root}\n/Info ${objectNumber} 0 R\n/Prev ${prev}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf, 0);
  for (let i = 0; i < update.length; i++) out[pdf.length + i] = update.charCodeAt(i);
  return out;
}

/**
 * Who made the report, for the cover and the PDF's author: the name from Einstellungen,
 * or nothing while it is still the placeholder („Erstellt von Unbekannt“ reads like an
 * anonymous paper in front of the mayors).
 */
export function reportAuthor(userName: string | undefined, placeholder: string): string {
  const name = (userName ?? '').trim();
  return name === placeholder ? '' : name;
}
