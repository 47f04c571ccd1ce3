/** Interim until domain/contracts/templates lands: no built-in templates. */
import type { ContractTemplateContent } from '../../domain/contracts/model';

export const BUILT_IN_TEMPLATE_LIST: readonly ContractTemplateContent[] = [];
