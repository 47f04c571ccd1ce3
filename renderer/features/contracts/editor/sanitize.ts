/**
 * Contract text is data, never code. Everything that enters a section editor (pasted
 * HTML, stored text, template text) passes through here first: DOMPurify removes what can
 * run (scripts, event handlers, `javascript:` and every other URL, styles, frames, forms),
 * and the allow-list below reduces the rest to what the editor's schema can hold, so a
 * contract never carries markup the DOCX and the PDF would not show. Links are not part of
 * the schema: a pasted link keeps its text and loses its address.
 * Needs a DOM (DOMPurify), so it lives beside the editor, not in domain/.
 */
import DOMPurify from 'dompurify';

/** The elements of the editor's schema (see sectionExtensions.ts). */
export const CONTRACT_TAGS = ['p', 'br', 'h3', 'h4', 'strong', 'em', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span'] as const;

/** Attributes the schema reads: the placeholder marks (inline spans, the shares table) and the cells' spans. */
export const CONTRACT_ATTRS = ['data-placeholder', 'data-missing', 'colspan', 'rowspan'] as const;

/** Word and browsers paste these; they become the schema's equivalent instead of being dropped. */
const RENAME: Record<string, string> = { b: 'strong', i: 'em', h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4' };

const PLACEHOLDER_KEY = /^[\w.-]{1,80}$/;

let purifier: ReturnType<typeof DOMPurify> | null = null;

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    // A placeholder's key is a plain name; anything else is not a placeholder.
    const key = node.getAttribute('data-placeholder');
    if (key !== null && ((node.tagName !== 'SPAN' && node.tagName !== 'TABLE') || !PLACEHOLDER_KEY.test(key))) node.removeAttribute('data-placeholder');
    if (node.hasAttribute('data-missing') && !node.hasAttribute('data-placeholder')) node.removeAttribute('data-missing');
    for (const span of ['colspan', 'rowspan']) {
      const v = node.getAttribute(span);
      if (v !== null && !/^[1-9]\d?$/.test(v)) node.removeAttribute(span);
    }
  });
  purifier = p;
  return p;
}

/** Renames the pasted synonyms (b, i, h1 …) in the already sanitised fragment. */
function canonical(fragment: DocumentFragment): void {
  for (const [from, to] of Object.entries(RENAME)) {
    for (const el of [...fragment.querySelectorAll(from)]) {
      const replacement = el.ownerDocument.createElement(to);
      replacement.append(...el.childNodes);
      el.replaceWith(replacement);
    }
  }
  // A span that is not a placeholder is only a wrapper (Word's styling): keep its text.
  for (const span of [...fragment.querySelectorAll('span:not([data-placeholder])')]) span.replaceWith(...span.childNodes);
}

/**
 * Reduces any HTML to the contract schema. Disallowed elements keep their text (a pasted
 * `<a href="javascript:…">Text</a>` becomes `Text`), except those whose content is code
 * or invisible (script, style, template, …), which go entirely.
 */
export function sanitizeContractHtml(html: string): string {
  const fragment = instance().sanitize(html, {
    ALLOWED_TAGS: [...CONTRACT_TAGS, ...Object.keys(RENAME).map((t) => t.toLowerCase())],
    ALLOWED_ATTR: [...CONTRACT_ATTRS],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'textarea', 'select', 'xmp'],
    RETURN_DOM_FRAGMENT: true,
  });
  canonical(fragment);
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}
