/**
 * A contract as the print route and previews show it: sections numbered from their order
 * and bodies as parsed blocks (html.ts). Rendering these blocks as elements, rather than
 * inserting the stored HTML, means nothing stored in a contract can ever run; comments
 * are left out, as in every export.
 */
import { isDraftStatus, sectionNumber, type Contract, type ContractSection } from './model';
import { parseSectionHtml, type Block } from './html';
import { missingPlaceholders } from './placeholderMarkup';

export interface PrintedSection {
  id: string;
  /** „§ 3“ */
  number: string;
  heading: string;
  blocks: Block[];
}

export interface PrintedContract {
  title: string;
  /** „ENTWURF“ belongs in the header until the contract is signed. */
  draft: boolean;
  sections: PrintedSection[];
  /** Keys of placeholders still missing (the print marks them). */
  missing: string[];
}

export function printedSections(sections: readonly Pick<ContractSection, 'id' | 'heading' | 'html'>[]): PrintedSection[] {
  return sections.map((s, i) => ({ id: s.id, number: sectionNumber(i), heading: s.heading.trim(), blocks: parseSectionHtml(s.html) }));
}

export function printedContract(contract: Pick<Contract, 'title' | 'status' | 'sections'>): PrintedContract {
  return {
    title: contract.title,
    draft: isDraftStatus(contract.status),
    sections: printedSections(contract.sections),
    missing: missingPlaceholders(contract.sections),
  };
}
