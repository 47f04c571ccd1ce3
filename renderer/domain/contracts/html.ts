/**
 * Section HTML (as the editor writes it) read into a small block model: paragraphs,
 * headings, list items, tables, with bold/italic/underline runs. The comparison and the
 * DOCX export both read sections through this, so markup never shows up as text and
 * never produces noise in a comparison. No DOM needed (runs in Node and workers).
 *
 * Tags understood (CONTRACT_HTML_TAGS; everything else is read for its text only) are the
 * editor schema the screens' sanitiser should reduce pasted HTML to, plus the attributes
 * `data-placeholder` and `data-missing`.
 */
export const CONTRACT_HTML_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'br',
  'ul',
  'ol',
  'li',
  'table',
  'tbody',
  'thead',
  'tr',
  'th',
  'td',
  'span',
] as const;
export const CONTRACT_HTML_ATTRIBUTES = ['data-placeholder', 'data-missing', 'colspan', 'rowspan'] as const;

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  /** Part of a placeholder (key). */
  placeholder?: string;
  missing?: boolean;
  /** A line break inside the paragraph (text is empty). */
  break?: boolean;
}

export type Block =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'heading'; level: number; runs: Run[] }
  /** `list` numbers the lists of a section (0, 1, …) so a new list restarts its numbering. */
  | { type: 'listItem'; ordered: boolean; level: number; list: number; runs: Run[] }
  | { type: 'table'; placeholder: string | null; rows: { header: boolean; cells: Run[][] }[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;
const INLINE_FORMAT: Record<string, 'bold' | 'italic' | 'underline' | 'strike'> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  s: 'strike',
};
const SKIP_CONTENT = new Set(['script', 'style', 'template', 'noscript']);

/** Reads section HTML into blocks. Tolerant: unknown tags give their text, unclosed tags end with the input. */
export function parseSectionHtml(html: string): Block[] {
  const blocks: Block[] = [];
  const format: { tag: string; style: Omit<Run, 'text'> }[] = [];
  const lists: { ordered: boolean; id: number }[] = [];
  let listCount = 0;
  let current: Run[] | null = null;
  let table: Extract<Block, { type: 'table' }> | null = null;
  let row: { header: boolean; cells: Run[][] } | null = null;
  let skipping: string | null = null;

  const runStyle = (): Omit<Run, 'text'> => Object.assign({}, ...format.map((f) => f.style)) as Omit<Run, 'text'>;
  const target = (): Run[] => {
    if (current) return current;
    if (row) {
      const cell: Run[] = [];
      row.cells.push(cell);
      return (current = cell);
    }
    const runs: Run[] = [];
    blocks.push({ type: 'paragraph', runs });
    return (current = runs);
  };
  const closeBlock = () => {
    if (current && !row) trimRuns(current);
    current = null;
  };

  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->|([^<]+)|</g)) {
    const [whole, closing, rawTag, attrs = '', , text] = m;
    if (skipping) {
      if (closing && rawTag?.toLowerCase() === skipping) skipping = null;
      continue;
    }
    if (text !== undefined || whole === '<') {
      const value = decodeEntities(text ?? '<').replace(/[\s\u00a0]+/g, (ws) => (ws.includes('\u00a0') ? '\u00a0' : ' '));
      if (value === ' ' && !current) continue;
      target().push({ text: value, ...runStyle() });
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (SKIP_CONTENT.has(tag) && !closing) {
      skipping = tag;
      continue;
    }
    if (!closing) {
      if (tag === 'p' || /^h[1-6]$/.test(tag)) {
        if (row || (current && current.length === 0)) continue;
        closeBlock();
        current = [];
        blocks.push(tag === 'p' ? { type: 'paragraph', runs: current } : { type: 'heading', level: Number(tag[1]), runs: current });
      } else if (tag === 'ul' || tag === 'ol') {
        closeBlock();
        lists.push({ ordered: tag === 'ol', id: listCount++ });
      } else if (tag === 'li') {
        closeBlock();
        current = [];
        blocks.push({
          type: 'listItem',
          ordered: lists.at(-1)?.ordered ?? false,
          level: Math.max(0, lists.length - 1),
          list: lists.at(-1)?.id ?? 0,
          runs: current,
        });
      } else if (tag === 'table') {
        closeBlock();
        table = { type: 'table', placeholder: attr(attrs, 'data-placeholder'), rows: [] };
        blocks.push(table);
      } else if (tag === 'tr' && table) {
        row = { header: false, cells: [] };
        table.rows.push(row);
      } else if ((tag === 'td' || tag === 'th') && row) {
        current = [];
        row.cells.push(current);
        if (tag === 'th') row.header = true;
      } else if (tag === 'br') {
        target().push({ text: '', break: true });
      } else if (INLINE_FORMAT[tag]) {
        format.push({ tag, style: { [INLINE_FORMAT[tag]!]: true } });
      } else if (tag === 'span') {
        // Every span is pushed (a plain one with no style) so that its closing tag pops the right entry.
        const key = attr(attrs, 'data-placeholder');
        format.push({ tag, style: key ? { placeholder: key, ...(attr(attrs, 'data-missing') === 'true' ? { missing: true } : {}) } : {} });
      }
      continue;
    }
    if (tag === 'p' || /^h[1-6]$/.test(tag) || tag === 'li') {
      if (!row) closeBlock();
    } else if (tag === 'ul' || tag === 'ol') {
      closeBlock();
      lists.pop();
    } else if (tag === 'td' || tag === 'th') {
      if (current) trimRuns(current);
      current = null;
    } else if (tag === 'tr') {
      current = null;
      row = null;
    } else if (tag === 'table') {
      current = null;
      row = null;
      table = null;
    } else {
      const at = format.map((f) => f.tag).lastIndexOf(tag);
      if (at >= 0) format.splice(at, 1);
    }
  }
  closeBlock();
  return blocks.filter((b) => b.type !== 'paragraph' || b.runs.length > 0 || blocks.length === 1);
}

function trimRuns(runs: Run[]): void {
  while (runs.length && !runs[0]!.break && runs[0]!.text.trim() === '') runs.shift();
  while (runs.length && !runs.at(-1)!.break && runs.at(-1)!.text.trim() === '') runs.pop();
  if (runs.length) {
    runs[0] = { ...runs[0]!, text: runs[0]!.text.replace(/^ +/, '') };
    runs[runs.length - 1] = { ...runs.at(-1)!, text: runs.at(-1)!.text.replace(/ +$/, '') };
  }
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => (r.break ? '\n' : r.text)).join('');
}

/** Plain text of a block; a table row by row, cells separated by „ | “. */
export function blockTexts(block: Block): string[] {
  if (block.type === 'table') return block.rows.map((r) => r.cells.map(runsText).join(' | '));
  return [runsText(block.runs)];
}

/** The section's text as a list of blocks (paragraphs, list items, table rows): what the comparison compares. */
export function sectionTextBlocks(html: string): { kind: 'paragraph' | 'heading' | 'listItem' | 'row'; text: string }[] {
  return parseSectionHtml(html).flatMap((b) => blockTexts(b).map((text) => ({ kind: b.type === 'table' ? ('row' as const) : b.type, text })));
}
