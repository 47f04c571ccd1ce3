/**
 * Reads where the headings landed in a PDF printed by Chromium, from its document
 * outline (bookmarks): each entry's title and the number of the page its destination is
 * on. The report's table of contents is rendered twice: once to learn these pages, once
 * with them (`tocPageNumbers`). Chromium (Skia) writes the outline, the page tree and the
 * cross-reference table uncompressed, so plain text search is enough.
 */
import { pdfText } from './pdfText';
export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
}

/** A PDF string: `(literal)` with escapes, or `<FEFF…>` hex in UTF-16BE. */
export function decodePdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    const bytes = hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      let out = '';
      for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
      return out;
    }
    return String.fromCharCode(...bytes);
  }
  return raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
      /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[e] ?? e),
    );
}

/**
 * Page object number → page number, walking the page tree in order (Chromium nests it
 * once a document has more than a few pages).
 */
export function pageNumbers(text: string): Map<string, number> {
  const nodes = new Map<string, { kids: string[] | null; parent: boolean }>();
  for (const m of text.matchAll(/(\d+)\s+0\s+obj\s*<<([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
      nodes.set(m[1]!, { kids: [...kids.matchAll(/(\d+)\s+0\s+R/g)].map((k) => k[1]!), parent: /\/Parent\s/.test(body) });
    } else if (/\/Type\s*\/Page\b/.test(body)) nodes.set(m[1]!, { kids: null, parent: true });
  }
  const pages = new Map<string, number>();
  const walk = (id: string) => {
    const node = nodes.get(id);
    if (!node) return;
    if (node.kids === null) pages.set(id, pages.size + 1);
    else for (const k of node.kids) walk(k);
  };
  for (const [id, node] of nodes) if (node.kids !== null && !node.parent) walk(id);
  return pages;
}

/** What the printer needs of a printed PDF, read in one pass: its outline and its number of pages. */
export function readPrintedPdf(pdf: Uint8Array): { outline: OutlineEntry[]; pages: number } {
  const text = pdfText(pdf);
  const pageOf = pageNumbers(text);
  const entries: (OutlineEntry & { y: number })[] = [];
  const entry = /\/Title\s*(\([^)]*(?:\\\)[^)]*)*\)|<[0-9A-Fa-f\s]*>)\s*\/Dest\s*\[\s*(\d+)\s+0\s+R\s*\/XYZ\s+[-\d.]+\s+([-\d.]+)/g;
  for (const m of text.matchAll(entry)) {
    const page = pageOf.get(m[2]!);
    if (page !== undefined) entries.push({ title: decodePdfString(m[1]!), page, y: Number(m[3]) });
  }
  const outline = entries.sort((a, b) => a.page - b.page || b.y - a.y).map(({ title, page }) => ({ title, page }));
  return { outline, pages: pageOf.size };
}

/** The outline entries in document order (by page, then from the top of the page). */
export function outlineEntries(pdf: Uint8Array): OutlineEntry[] {
  return readPrintedPdf(pdf).outline;
}

/** Number of pages (page objects) of a PDF printed by Chromium. */
export function pdfPageCount(pdf: Uint8Array): number {
  return pageNumbers(pdfText(pdf)).size;
}
