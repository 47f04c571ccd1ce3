/**
 * Comparison of two versions of a contract. Sections are aligned by id (jsdiff
 * `diffArrays`): a section only in the new version is added, only in the old removed,
 * in both but out of order moved. Inside a section the text is compared as blocks
 * (paragraphs, list items, table rows; html.ts), so markup never counts as a change;
 * a changed block is compared word by word with German word segmentation
 * (`Intl.Segmenter('de')`, then jsdiff's Myers diff over the words; see diffText).
 */
import { diffArrays } from 'diff';
import type { ContractSection } from './model';
import { blockTexts, parseSectionHtml, runsText } from './html';

export type WordPartType = 'same' | 'inserted' | 'deleted';
export interface WordPart {
  type: WordPartType;
  text: string;
}

export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'row';
export interface BlockChange {
  kind: BlockKind;
  /** same: unchanged; changed: word parts show the edit; added/removed: the whole block. */
  change: 'same' | 'changed' | 'added' | 'removed';
  /** The whole block's text; a table row's cells joined by „ | “ (the Word comparison writes rows as lines). */
  parts: WordPart[];
  /** Table rows only: the parts of each cell (compared cell by cell), whether it is a header row, and which table of the section it belongs to. */
  row?: { cells: WordPart[][]; header: boolean; table: number };
}

interface TextBlock {
  kind: BlockKind;
  text: string;
  row?: { cells: string[]; header: boolean; table: number };
}

const CELL_SEPARATOR = ' | ';
const whole = (type: WordPartType, text: string): WordPart[] => (text ? [{ type, text }] : []);

/** The section's text as blocks (paragraphs, list items, table rows with their cells): what the comparison aligns. */
function compareBlocks(html: string): TextBlock[] {
  let tables = 0;
  return parseSectionHtml(html).flatMap((b): TextBlock[] => {
    if (b.type !== 'table') return blockTexts(b).map((text) => ({ kind: b.type, text }));
    const table = tables++;
    return b.rows.map((r) => {
      const cells = r.cells.map(runsText);
      return { kind: 'row', text: cells.join(CELL_SEPARATOR), row: { cells, header: r.header, table } };
    });
  });
}

/** Cells joined back into one line of parts (separators unchanged). */
function joinCells(cells: readonly WordPart[][]): WordPart[] {
  const parts: WordPart[] = [];
  cells.forEach((cell, i) => {
    if (i > 0) pushPart(parts, 'same', CELL_SEPARATOR);
    for (const p of cell) pushPart(parts, p.type, p.text);
  });
  return parts;
}

function sameBlock(b: TextBlock): BlockChange {
  const parts = whole('same', b.text);
  return b.row
    ? { kind: b.kind, change: 'same', parts, row: { ...b.row, cells: b.row.cells.map((c) => whole('same', c)) } }
    : { kind: b.kind, change: 'same', parts };
}

function wholeBlock(b: TextBlock, change: 'added' | 'removed'): BlockChange {
  const type = change === 'added' ? 'inserted' : 'deleted';
  const parts = whole(type, b.text);
  return b.row ? { kind: b.kind, change, parts, row: { ...b.row, cells: b.row.cells.map((c) => whole(type, c)) } } : { kind: b.kind, change, parts };
}

/** An edited block: word by word; a table row cell by cell, so a change stays inside its cell. */
function changedBlock(before: TextBlock, after: TextBlock): BlockChange {
  if (!before.row || !after.row) return { kind: after.kind, change: 'changed', parts: diffText(before.text, after.text) };
  const n = Math.max(before.row.cells.length, after.row.cells.length);
  const cells = Array.from({ length: n }, (_, k) => diffText(before.row!.cells[k] ?? '', after.row!.cells[k] ?? ''));
  return { kind: 'row', change: 'changed', parts: joinCells(cells), row: { cells, header: after.row.header, table: after.row.table } };
}

export type SectionChangeKind = 'unchanged' | 'changed' | 'added' | 'removed' | 'moved';
export interface SectionChange {
  sectionId: string;
  kind: SectionChangeKind;
  /** 0-based positions (§ number − 1) in the old and the new version; null where absent. */
  oldIndex: number | null;
  newIndex: number | null;
  heading: WordPart[];
  blocks: BlockChange[];
  /** A moved section may also have been edited. */
  textChanged: boolean;
}

export interface ComparedVersion {
  title: string;
  sections: readonly Pick<ContractSection, 'id' | 'heading' | 'html'>[];
}

export interface Comparison {
  title: WordPart[];
  sections: SectionChange[];
  counts: { inserted: number; deleted: number; sectionsAdded: number; sectionsRemoved: number; sectionsMoved: number; sectionsChanged: number };
}

let segmenter: Intl.Segmenter | null = null;
const germanWords = () => (segmenter ??= new Intl.Segmenter('de', { granularity: 'word' }));

/** Words by German rules (Intl.Segmenter), each with the spaces that follow it, so a change reads „Stadt Lünen “ rather than word by word. */
export function germanWordTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const { segment } of germanWords().segment(text)) {
    if (tokens.length && /^\s+$/.test(segment)) tokens[tokens.length - 1] += segment;
    else tokens.push(segment);
  }
  return tokens;
}

function pushPart(parts: WordPart[], type: WordPartType, text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.type === type) last.text += text;
  else parts.push({ type, text });
}

/**
 * Word-level difference of two texts (German word boundaries; jsdiff's Myers diff over
 * the words). Exact both ways: the same and inserted parts give the new text, the same
 * and deleted parts the old one, spaces included, so rejecting every tracked change in
 * Word gives back the old text to the character. (jsdiff's own diffWords moves spaces
 * around a change by its own rules, which a tracked-changes document cannot afford.)
 */
export function diffText(before: string, after: string): WordPart[] {
  if (before === after) return before ? [{ type: 'same', text: before }] : [];
  const a = germanWordTokens(before);
  const b = germanWordTokens(after);
  const parts: WordPart[] = [];
  let i = 0;
  let j = 0;
  for (const c of diffArrays(a, b, { comparator: (x, y) => x.trimEnd() === y.trimEnd() })) {
    const n = c.count ?? c.value.length;
    if (c.removed) {
      for (let k = 0; k < n; k++) pushPart(parts, 'deleted', a[i++]!);
    } else if (c.added) {
      for (let k = 0; k < n; k++) pushPart(parts, 'inserted', b[j++]!);
    } else {
      for (let k = 0; k < n; k++) {
        const x = a[i++]!;
        const y = b[j++]!;
        const word = x.trimEnd();
        pushPart(parts, 'same', word);
        // Only the spaces after the word differ (e.g. it is now the last word).
        if (x !== y) {
          pushPart(parts, 'deleted', x.slice(word.length));
          pushPart(parts, 'inserted', y.slice(word.length));
        } else pushPart(parts, 'same', x.slice(word.length));
      }
    }
  }
  return spacesOutOfReplacements(parts);
}

/** „Kostenerstattung␣“ → „Kostenverteilung␣“: the space both end with is common text, not part of the change. */
function spacesOutOfReplacements(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (let k = 0; k < parts.length; k++) {
    const del = parts[k]!;
    const ins = parts[k + 1];
    const ws = del.type === 'deleted' && ins?.type === 'inserted' ? /\s+$/.exec(del.text)?.[0] : undefined;
    if (ws && ins!.text.endsWith(ws) && del.text.length > ws.length && ins!.text.length > ws.length) {
      out.push({ type: 'deleted', text: del.text.slice(0, -ws.length) }, { type: 'inserted', text: ins!.text.slice(0, -ws.length) });
      const next = parts[k + 2];
      if (next?.type === 'same') {
        parts[k + 2] = { type: 'same', text: ws + next.text };
      } else out.push({ type: 'same', text: ws });
      k++;
    } else out.push(del);
  }
  return out;
}

/** Block-by-block, then word-by-word inside blocks that were edited (cell by cell in table rows). */
export function diffSectionHtml(beforeHtml: string, afterHtml: string): BlockChange[] {
  const before = compareBlocks(beforeHtml);
  const after = beforeHtml === afterHtml ? before : compareBlocks(afterHtml);
  if (beforeHtml === afterHtml) return after.map(sameBlock);
  const out: BlockChange[] = [];
  const key = (b: TextBlock) => `${b.kind}\u0000${b.text}`;
  const changes = diffArrays(before.map(key), after.map(key));
  let i = 0;
  let j = 0;
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    const n = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      for (let k = 0; k < n; k++, i++, j++) out.push(sameBlock(after[j]!));
      continue;
    }
    // A removal followed by an addition is an edit: pair the blocks and compare their words.
    const next = changes[c + 1];
    const removed = change.removed ? before.slice(i, (i += n)) : [];
    let added: TextBlock[] = [];
    if (change.added) added = after.slice(j, (j += n));
    else if (next?.added) {
      const m = next.count ?? next.value.length;
      added = after.slice(j, (j += m));
      c++;
    }
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) out.push(changedBlock(removed[k]!, added[k]!));
    for (const b of removed.slice(paired)) out.push(wholeBlock(b, 'removed'));
    for (const b of added.slice(paired)) out.push(wholeBlock(b, 'added'));
  }
  return out;
}

function sectionChange(
  kind: SectionChangeKind,
  before: ComparedVersion['sections'][number] | null,
  after: ComparedVersion['sections'][number] | null,
  oldIndex: number | null,
  newIndex: number | null,
): SectionChange {
  const heading = diffText(before?.heading ?? '', after?.heading ?? '');
  const blocks = diffSectionHtml(before?.html ?? '', after?.html ?? '');
  const textChanged = heading.some((p) => p.type !== 'same') || blocks.some((b) => b.change !== 'same');
  const finalKind = kind === 'unchanged' && textChanged ? 'changed' : kind;
  return { sectionId: (after ?? before)!.id, kind: finalKind, oldIndex, newIndex, heading, blocks, textChanged };
}

/** Compares `before` (older) with `after` (newer); sections in the order of the newer version, removed ones where they were. */
export function compareVersions(before: ComparedVersion, after: ComparedVersion): Comparison {
  const oldIds = before.sections.map((s) => s.id);
  const newIds = after.sections.map((s) => s.id);
  const oldById = new Map(before.sections.map((s, i) => [s.id, { s, i }]));
  const newById = new Map(after.sections.map((s, i) => [s.id, { s, i }]));
  const sections: SectionChange[] = [];
  for (const c of diffArrays(oldIds, newIds)) {
    for (const id of c.value) {
      const o = oldById.get(id);
      const n = newById.get(id);
      if (!c.added && !c.removed) sections.push(sectionChange('unchanged', o!.s, n!.s, o!.i, n!.i));
      else if (c.removed && !n) sections.push(sectionChange('removed', o!.s, null, o!.i, null));
      else if (c.added) sections.push(o ? sectionChange('moved', o.s, n!.s, o.i, n!.i) : sectionChange('added', null, n!.s, null, n!.i));
      // removed here but present in the new version: it is shown once, where it now stands (moved).
    }
  }
  const words = (type: WordPartType) =>
    sections.reduce((sum, s) => sum + [...s.heading, ...s.blocks.flatMap((b) => b.parts)].filter((p) => p.type === type && p.text.trim()).length, 0);
  const count = (kind: SectionChangeKind) => sections.filter((s) => s.kind === kind).length;
  return {
    title: diffText(before.title, after.title),
    sections,
    counts: {
      inserted: words('inserted'),
      deleted: words('deleted'),
      sectionsAdded: count('added'),
      sectionsRemoved: count('removed'),
      sectionsMoved: count('moved'),
      sectionsChanged: count('changed'),
    },
  };
}

/** Whether the draft's text differs from a saved version (title, order, headings, bodies; notes do not count). */
export function textDiffers(a: ComparedVersion, b: ComparedVersion): boolean {
  if (a.title !== b.title || a.sections.length !== b.sections.length) return true;
  return a.sections.some((s, i) => {
    const t = b.sections[i]!;
    return s.id !== t.id || s.heading !== t.heading || s.html !== t.html;
  });
}
