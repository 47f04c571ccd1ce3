/**
 * Exports of a draft: Word (normal, and a comparison with tracked changes) through the
 * domain's DOCX writers, saved through the platform bridge (save dialog in the desktop
 * app, a download in a browser); PDF through the report's print mechanism on the
 * draft's print route. Every export first writes pending typing (flushAll by the caller).
 */
import { UserFacingError } from '../../domain/errors';
import { bytesToBase64 } from '../../domain/bytes';
import type { Comparison } from '../../domain/contracts/compare';
import { comparisonDocx, contractDocx } from '../../domain/contracts/docx';
import type { Contract, ContractSection, ContractStatus } from '../../domain/contracts/model';
import { formatDate } from '../../domain/format';
import { platform } from '../../platform';
import { notifyError, notifySuccess } from '../../ui/notify';
import { localToday } from './today';

/** A plain file name from a title (no path characters; the dialog picks the folder). */
export function exportFileName(title: string, suffix: string, extension: string): string {
  const base = `${title} ${suffix}`
    .replace(/[^\wÄÖÜäöüß -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'Vertrag'}.${extension}`;
}

const WORD_FILTER = [{ name: 'Word-Dokument', extensions: ['docx'] }];

async function saveDocx(bytes: Uint8Array, suggestedName: string): Promise<void> {
  const result = await platform.saveFile({ suggestedName, content: bytesToBase64(bytes), encoding: 'base64', filters: WORD_FILTER });
  if (result.saved) notifySuccess(`Word-Datei gespeichert: ${result.fileName ?? suggestedName}.`);
}

export interface DocxSource {
  title: string;
  status: ContractStatus;
  sections: readonly Pick<ContractSection, 'heading' | 'html'>[];
  /** „Version 3 vom 26.11.2026“ or „Arbeitsstand vom 26.11.2026“. */
  versionLabel: string;
  author: string;
}

export async function exportContractDocx(source: DocxSource): Promise<void> {
  try {
    const bytes = await contractDocx(source);
    await saveDocx(bytes, exportFileName(source.title, source.versionLabel, 'docx'));
  } catch (e) {
    notifyError(e instanceof UserFacingError ? e : new UserFacingError('Die Word-Datei konnte nicht erstellt werden. Bitte versuchen Sie es erneut.'));
  }
}

export async function exportComparisonDocx(input: {
  title: string;
  status: ContractStatus;
  comparison: Comparison;
  beforeLabel: string;
  afterLabel: string;
  author: string;
  date: string;
}): Promise<void> {
  try {
    const bytes = await comparisonDocx(input);
    await saveDocx(bytes, exportFileName(input.title, `Änderungen ${input.beforeLabel} zu ${input.afterLabel}`, 'docx'));
  } catch (e) {
    notifyError(e instanceof UserFacingError ? e : new UserFacingError('Der Vergleich konnte nicht als Word-Datei erstellt werden. Bitte versuchen Sie es erneut.'));
  }
}

/** The PDF of the draft as it is now (the print route prints the stored text). */
export async function exportContractPdf(contract: Contract, author: string): Promise<void> {
  try {
    const result = await platform.exportReportPdf({
      query: '',
      contractId: contract.id,
      suggestedName: exportFileName(contract.title, `Stand ${formatDate(localToday())}`, 'pdf'),
      title: contract.title,
      author,
      subject: 'Vertragsentwurf',
    });
    if (result.status === 'saved') notifySuccess(`PDF gespeichert: ${result.fileName} (${result.pages} Seiten).`);
    else if (result.status === 'failed') notifyError(new UserFacingError(result.message));
  } catch {
    notifyError(new UserFacingError('Das PDF konnte nicht erstellt werden. Bitte versuchen Sie es erneut; hilft das nicht, drucken Sie über die Druckansicht.'));
  }
}
