/**
 * Small helpers for writing the built-in templates as readable German text: `p` for a
 * paragraph, `ph` for a placeholder, `ol` for a numbered list. Section ids are stable
 * („builtin:delegierend:gegenstand“); a draft gets fresh ids when it is made.
 */
import type { ContractForm, ContractSection, ContractTemplateContent } from '../model';
import { placeholderTag } from '../placeholderMarkup';
import type { PlaceholderKey } from '../placeholderKeys';

export const ph = (key: PlaceholderKey): string => placeholderTag(key);
export const p = (...parts: string[]): string => `<p>${parts.join('')}</p>`;
export const ol = (...items: string[]): string => `<ol>${items.map((i) => `<li><p>${i}</p></li>`).join('')}</ol>`;
export const ul = (...items: string[]): string => `<ul>${items.map((i) => `<li><p>${i}</p></li>`).join('')}</ul>`;

export interface SectionSpec {
  role: string;
  heading: string;
  body: string[];
  /** A hint for the editors (e.g. „optional“); internal, never exported. */
  comment?: string;
}

export function template(form: ContractForm, name: string, description: string, specs: readonly SectionSpec[]): ContractTemplateContent {
  const id = `builtin:${form}`;
  const sections: ContractSection[] = specs.map((s) => ({
    id: `${id}:${s.role}`,
    heading: s.heading,
    html: s.body.join(''),
    comment: s.comment ?? '',
    role: s.role,
  }));
  return { id, name, builtIn: true, form, description, sections };
}
