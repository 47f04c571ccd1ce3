/**
 * The markup of placeholders inside section HTML (see model.ts): finding, filling and
 * marking them. Pure string work on the markup this module writes itself, so it runs
 * anywhere (worker, Node tests) without a DOM.
 */
import type { ContractSection } from './model';

/** Values to fill: inline keys → plain text; block keys (the shares table) → HTML. null: unknown. */
export type PlaceholderValues = Readonly<Record<string, string | null>>;

/** Placeholders whose value is a block of HTML (a table) rather than text. */
export const BLOCK_PLACEHOLDERS: ReadonlySet<string> = new Set(['anteile']);

const INLINE = /<span\b([^>]*?)\bdata-placeholder="([a-z0-9_]+)"([^>]*)>([\s\S]*?)<\/span>/g;
const BLOCK = /<table\b[^>]*?\bdata-placeholder="([a-z0-9_]+)"[^>]*>[\s\S]*?<\/table>/g;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

/** The empty placeholder a template writes; filled when a draft is made. */
export function placeholderTag(key: string): string {
  return BLOCK_PLACEHOLDERS.has(key) ? `<table data-placeholder="${key}"><tbody><tr><td></td></tr></tbody></table>` : `<span data-placeholder="${key}"></span>`;
}

export function missingText(label: string): string {
  return `[${label} fehlt]`;
}

function inlineHtml(key: string, value: string | null, label: string): string {
  return value === null || value.trim() === ''
    ? `<span data-placeholder="${key}" data-missing="true">${escapeHtml(missingText(label))}</span>`
    : `<span data-placeholder="${key}">${escapeHtml(value)}</span>`;
}

function blockHtml(key: string, value: string | null, label: string): string {
  return value === null || value.trim() === ''
    ? `<table data-placeholder="${key}" data-missing="true"><tbody><tr><td>${escapeHtml(missingText(label))}</td></tr></tbody></table>`
    : value;
}

/**
 * Replaces the placeholders whose key is in `values` (all of them when `only` is absent)
 * in one HTML body. Keys without a value are marked missing; unknown keys stay as they are.
 */
export function fillHtml(html: string, values: PlaceholderValues, labelOf: (key: string) => string, only?: ReadonlySet<string>): string {
  const wanted = (key: string) => key in values && (!only || only.has(key));
  return html
    .replace(BLOCK, (whole, key: string) => (wanted(key) ? blockHtml(key, values[key] ?? null, labelOf(key)) : whole))
    .replace(INLINE, (whole, _a: string, key: string) => (wanted(key) ? inlineHtml(key, values[key] ?? null, labelOf(key)) : whole));
}

export function fillSectionsHtml(
  sections: readonly ContractSection[],
  values: PlaceholderValues,
  labelOf: (key: string) => string,
  only?: ReadonlySet<string>,
): ContractSection[] {
  return sections.map((s) => {
    const html = fillHtml(s.html, values, labelOf, only);
    return html === s.html ? s : { ...s, html };
  });
}

/** Filled placeholders back to empty ones (saving a draft as a template must not carry one proposal's figures). */
export function emptyPlaceholders(html: string): string {
  return html.replace(BLOCK, (_w, key: string) => placeholderTag(key)).replace(INLINE, (_w, _a: string, key: string) => placeholderTag(key));
}

/** Every placeholder key used in the sections, in order of appearance, with whether it is marked missing. */
export function placeholdersIn(sections: readonly Pick<ContractSection, 'html'>[]): { key: string; missing: boolean }[] {
  const out: { key: string; missing: boolean }[] = [];
  for (const s of sections) {
    const found: { at: number; key: string; missing: boolean }[] = [];
    for (const m of s.html.matchAll(BLOCK)) found.push({ at: m.index, key: m[1]!, missing: /data-missing="true"/.test(m[0].slice(0, m[0].indexOf('>'))) });
    for (const m of s.html.matchAll(INLINE)) found.push({ at: m.index, key: m[2]!, missing: /data-missing="true"/.test(`${m[1]}${m[3]}`) });
    found.sort((a, b) => a.at - b.at);
    out.push(...found.map(({ key, missing }) => ({ key, missing })));
  }
  return out;
}

/** Keys that are still marked missing, each once. */
export function missingPlaceholders(sections: readonly Pick<ContractSection, 'html'>[]): string[] {
  return [
    ...new Set(
      placeholdersIn(sections)
        .filter((p) => p.missing)
        .map((p) => p.key),
    ),
  ];
}
