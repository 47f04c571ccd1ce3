/**
 * The table of contents' page numbers: the report is printed once, the outline of that
 * PDF says on which page each heading landed (pdfOutline.ts), and the second print shows
 * those numbers. The TOC reserves the same space either way, so the pages do not move.
 */
import type { OutlineEntry } from './pdfOutline';

export interface TocEntry {
  id: string;
  /** The heading's text exactly as printed (the outline entry's title). */
  title: string;
}

// Chromium's outline drops the space where a heading wraps ("und\nZeit…" → "undZeit…"): compare without any.
const norm = (s: string) => s.replace(/\s+/g, '');

/**
 * Page per TOC entry: the entries and the outline are both in document order, so each
 * entry takes the next outline entry with its title (two proposals may share a title).
 * Entries without a match stay out of the map.
 */
export function tocPageNumbers(toc: readonly TocEntry[], outline: readonly OutlineEntry[]): Map<string, number> {
  const pages = new Map<string, number>();
  let from = 0;
  for (const entry of toc) {
    const title = norm(entry.title);
    const at = outline.findIndex((o, i) => i >= from && norm(o.title) === title);
    if (at < 0) continue;
    pages.set(entry.id, outline[at]!.page);
    from = at + 1;
  }
  return pages;
}
