/**
 * Versions and user templates of contract drafts. A version is a snapshot that is never
 * changed; restoring an old one writes its text back into the draft AND saves that as a
 * new version, so the history only ever grows.
 */
import { newId } from '../../domain/ids';
import { contractTemplateSchema, contractVersionSchema, type Contract, type StoredContractTemplate } from '../../domain/contracts/model';
import { emptyPlaceholders } from '../../domain/contracts/placeholderMarkup';
import { firstIssueMessage } from '../../domain/schemas';
import { runCommand, type WriteTx } from '../commands';
import type { IkzDatabase } from '../db';
import { UserFacingError } from '../records';
import { existingContract, validContract } from './contractCommon';

async function nextNumber(db: IkzDatabase, contractId: string): Promise<number> {
  const last = await db.contractVersions.where('[contractId+number]').between([contractId, 0], [contractId, Number.MAX_SAFE_INTEGER]).last();
  return (last?.number ?? 0) + 1;
}

async function snapshot(db: IkzDatabase, tx: WriteTx, contract: Contract, note: string, author: string): Promise<number> {
  const number = await nextNumber(db, contract.id);
  const fields = {
    contractId: contract.id,
    number,
    author,
    note: note.trim(),
    status: contract.status,
    title: contract.title,
    sections: contract.sections,
    filledValues: contract.filledValues,
  };
  const parsed = contractVersionSchema.omit({ id: true, createdAt: true, updatedAt: true, revision: true }).safeParse(fields);
  if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
  // The snapshot's text is in the record itself; the log names the version, not the whole text again.
  await tx.create('contractVersions', parsed.data, `Version ${number} von „${contract.title}“ gespeichert${fields.note ? `: ${fields.note}` : ''}`);
  return number;
}

/** Saves the draft as it is now as the next version; returns its number. Author: the name under Einstellungen unless given. */
export function saveVersion(db: IkzDatabase, contractId: string, note: string, author?: string): Promise<number> {
  return runCommand(db, ['contracts', 'contractVersions'], async (tx) => {
    const contract = await existingContract(db, contractId);
    return snapshot(db, tx, contract, note, author?.trim() || tx.by);
  });
}

/**
 * Puts an old version's title and text (sections with their notes, filled values) back into
 * the draft and saves that as a new version; returns its number. The status and the
 * procedure dates stay as they are: they describe the process, not the text.
 */
export function restoreVersion(db: IkzDatabase, contractId: string, versionId: string): Promise<number> {
  return runCommand(db, ['contracts', 'contractVersions'], async (tx) => {
    const contract = await existingContract(db, contractId);
    const version = await db.contractVersions.get(versionId);
    if (!version || version.contractId !== contractId) throw new UserFacingError('Diese Version gibt es nicht mehr.');
    const { id: _i, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = contract;
    validContract({ ...fields, title: version.title, sections: version.sections, filledValues: version.filledValues });
    const restored = await tx.update(
      'contracts',
      contract,
      { title: version.title, sections: version.sections, filledValues: version.filledValues },
      `Version ${version.number} von „${version.title}“ wiederhergestellt`,
      { before: { restoredVersion: null }, after: { restoredVersion: version.number } },
    );
    return snapshot(db, tx, restored, `Wiederhergestellt aus Version ${version.number}`, tx.by);
  });
}

/** The user's own templates, by name. */
export function listContractTemplates(db: IkzDatabase): Promise<StoredContractTemplate[]> {
  return db.contractTemplates.toArray().then((list) => list.sort((a, b) => a.name.localeCompare(b.name, 'de')));
}

/** The draft's structure (headings, text, placeholders back to empty) as a new template of the user's. */
export function saveAsTemplate(db: IkzDatabase, contractId: string, name: string, description = ''): Promise<StoredContractTemplate> {
  return runCommand(db, ['contracts', 'contractTemplates'], async (tx) => {
    const contract = await existingContract(db, contractId);
    const fields = {
      name,
      builtIn: false as const,
      form: contract.form,
      description,
      sections: contract.sections.map((s) => ({ ...s, id: newId(), comment: '', html: emptyPlaceholders(s.html) })),
    };
    const parsed = contractTemplateSchema.omit({ id: true, createdAt: true, updatedAt: true, revision: true }).safeParse(fields);
    if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
    return tx.create('contractTemplates', parsed.data, `Vorlage „${parsed.data.name}“ aus „${contract.title}“ gespeichert`);
  });
}

/**
 * Deletes one of the user's own templates (a tombstone, logged); the shipped ones live in
 * code and cannot be deleted. Drafts made from it keep their text: a draft copies the
 * template's sections when it is made and only remembers the template's id for its label.
 * Returns the deleted template (for „Rückgängig“), null when it was already gone.
 */
export function deleteTemplate(db: IkzDatabase, templateId: string): Promise<StoredContractTemplate | null> {
  if (templateId.startsWith('builtin:')) return Promise.reject(new UserFacingError('Mitgelieferte Vorlagen lassen sich nicht löschen.'));
  return runCommand(db, ['contractTemplates'], async (tx) => {
    const template = await db.contractTemplates.get(templateId);
    if (!template) return null;
    await tx.remove('contractTemplates', template, `Vorlage „${template.name}“ gelöscht`);
    return template;
  });
}

/** Undo of deleteTemplate: the template comes back above its tombstone. */
export function undoDeleteTemplate(db: IkzDatabase, template: StoredContractTemplate): Promise<StoredContractTemplate> {
  return runCommand(db, ['contractTemplates'], (tx) => tx.restore('contractTemplates', template, `Vorlage „${template.name}“ wiederhergestellt`));
}
