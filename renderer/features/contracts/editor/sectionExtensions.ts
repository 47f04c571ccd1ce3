/**
 * The schema of a contract section: paragraphs, two heading levels (the section's own
 * heading is the § line, so inside a section only sub-headings), bold, italic, lists,
 * tables and filled placeholders. Nothing else: no links, no code, no images, so nothing
 * in a contract can point anywhere or run. sanitize.ts allows exactly these elements.
 */
import { mergeAttributes, Node, type Extensions } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';

/**
 * A placeholder filled from the data (or still open): one uneditable unit in the text,
 * `<span data-placeholder="key">value</span>`; `data-missing` marks one that could not be
 * filled (its text is then the label of what is missing).
 */
export const PlaceholderNode = Node.create({
  name: 'placeholder',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      key: { default: '', parseHTML: (el) => el.getAttribute('data-placeholder') ?? '', renderHTML: (a) => ({ 'data-placeholder': a.key }) },
      value: { default: '', parseHTML: (el) => el.textContent ?? '', renderHTML: () => ({}) },
      missing: {
        default: false,
        parseHTML: (el) => el.hasAttribute('data-missing'),
        renderHTML: (a) => (a.missing ? { 'data-missing': 'true' } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-placeholder]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'contract-placeholder' }), String(node.attrs.value ?? '')];
  },
  renderText({ node }) {
    return String(node.attrs.value ?? '');
  },
});

/**
 * The shares table is a block placeholder (`<table data-placeholder="anteile">`): the
 * table stays editable, and keeps its mark so „Aktualisieren“ can replace it later.
 */
const PlaceholderTable = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      placeholder: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-placeholder'),
        renderHTML: (a: Record<string, unknown>) => (a.placeholder ? { 'data-placeholder': a.placeholder } : {}),
      },
      missing: {
        default: false,
        parseHTML: (el: HTMLElement) => el.hasAttribute('data-missing'),
        renderHTML: (a: Record<string, unknown>) => (a.missing ? { 'data-missing': 'true' } : {}),
      },
    };
  },
});

export function sectionExtensions(): Extensions {
  return [
    StarterKit.configure({
      link: false,
      code: false,
      codeBlock: false,
      blockquote: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      heading: { levels: [3, 4] },
    }),
    PlaceholderTable.configure({ resizable: false, HTMLAttributes: { class: 'contract-table' } }),
    TableRow,
    TableHeader,
    TableCell,
    PlaceholderNode,
  ];
}
