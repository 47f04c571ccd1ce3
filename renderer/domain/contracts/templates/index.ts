/** The built-in templates, in the order the screen offers them. */
import type { ContractTemplateContent } from '../model';
import { DELEGIEREND } from './delegierend';
import { EINKAUFSGEMEINSCHAFT } from './einkaufsgemeinschaft';
import { LEER } from './leer';
import { MANDATIEREND } from './mandatierend';
import { ZWECKVERBAND } from './zweckverband';

export const BUILT_IN_TEMPLATES: readonly ContractTemplateContent[] = [DELEGIEREND, MANDATIEREND, EINKAUFSGEMEINSCHAFT, ZWECKVERBAND, LEER];

export function builtInTemplate(id: string): ContractTemplateContent | null {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id) ?? null;
}
