/** Built-in and the user's own templates together, and which one a proposal suggests. */
import { CONTRACT_FORM_LABELS, type Contract, type ContractTemplate, type StoredContractTemplate } from '../../domain/contracts/model';
import type { Proposal } from '../../domain/schemas';
import { BUILT_IN_TEMPLATES } from '../../domain/contracts/templates';

export function allTemplates(stored: readonly StoredContractTemplate[]): ContractTemplate[] {
  return [...BUILT_IN_TEMPLATES, ...stored];
}

/** The template a draft came from, by name; its form when the template is gone. */
export function templateLabel(contract: Pick<Contract, 'templateId' | 'form'>, stored: readonly StoredContractTemplate[]): string {
  return allTemplates(stored).find((t) => t.id === contract.templateId)?.name ?? CONTRACT_FORM_LABELS[contract.form];
}

/**
 * The form a proposal's own words point to: a joint procurement (§ 4 VgV) is an
 * Einkaufsgemeinschaft, a Zweckverband says so; otherwise the usual public-law agreement
 * in which one party takes the task over.
 */
export function suggestedTemplateId(proposal: Pick<Proposal, 'title' | 'description'> | undefined, templates: readonly ContractTemplate[]): string | null {
  if (!proposal) return templates[0]?.id ?? null;
  const text = `${proposal.title} ${proposal.description}`.toLowerCase();
  const form = /einkaufsgemeinschaft|§\s*4\s*vgv|gemeinsame vergabe|beschaffung/.test(text)
    ? 'einkaufsgemeinschaft'
    : /zweckverband/.test(text)
      ? 'zweckverband'
      : /im auftrag|mandat/.test(text)
        ? 'mandatierend'
        : 'delegierend';
  return templates.find((t) => t.builtIn && t.form === form)?.id ?? templates[0]?.id ?? null;
}
