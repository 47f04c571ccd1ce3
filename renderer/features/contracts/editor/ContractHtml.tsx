import { memo } from 'react';
import { printableContractHtml, sanitizeContractHtml } from './sanitize';
import './sectionEditor.css';

/**
 * Stored contract text shown read-only (print route, comparison, placeholder preview).
 * It goes through the sanitiser every time it is shown, not only when it was typed:
 * text that reached the database another way (an import, an old version) is still data.
 */
export const ContractHtml = memo(function ContractHtml({ html, print = false }: { html: string; print?: boolean }) {
  return <div className="contract-text" dangerouslySetInnerHTML={{ __html: print ? printableContractHtml(html) : sanitizeContractHtml(html) }} />;
});
