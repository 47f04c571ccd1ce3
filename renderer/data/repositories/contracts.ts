/**
 * Contract drafts: queries and writes (issue 9). Every write is one command with a
 * change-log entry; deletes leave tombstones. Section edits and versions live in
 * contractSections.ts and contractVersions.ts and are re-exported here, so screens import
 * from this one module. The public API is listed in domain/contracts/model.ts.
 */
import { newId } from '../../domain/ids';
import {
  CONTRACT_STATUS_LABELS,
  contractTitleSchema,
  isoDateSchema,
  PROCEDURE_DATE_LABELS,
  type Contract,
  type ContractStatus,
  type ContractTemplate,
  type ContractVersion,
  type ProcedureDateKey,
} from '../../domain/contracts/model';
import { fillSectionsHtml, type PlaceholderValues } from '../../domain/contracts/placeholderMarkup';
import { placeholderLabel } from '../../domain/contracts/placeholderKeys';
import { formatDate } from '../../domain/format';
import { firstIssueMessage } from '../../domain/schemas';
import { runCommand } from '../commands';
import { changeContract, validContract } from './contractCommon';
import type { IkzDatabase } from '../db';
import { UserFacingError } from '../records';

export * from './contractSections';
export * from './contractVersions';
export * from './contractSettings';

/** All drafts, last changed first. */
export function listContracts(db: IkzDatabase): Promise<Contract[]> {
  return db.contracts.orderBy('updatedAt').reverse().toArray();
}

export function contractsOfProposal(db: IkzDatabase, proposalId: string): Promise<Contract[]> {
  return db.contracts
    .where('proposalId')
    .equals(proposalId)
    .toArray()
    .then((list) => list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
}

/** The saved versions of a draft, oldest first. */
export function versionsOf(db: IkzDatabase, id: string): Promise<ContractVersion[]> {
  return db.contractVersions.where('[contractId+number]').between([id, 0], [id, Number.MAX_SAFE_INTEGER]).toArray();
}

/** A draft with its saved versions (oldest first); null once deleted. */
export async function contractWithVersions(db: IkzDatabase, id: string): Promise<{ contract: Contract; versions: ContractVersion[] } | null> {
  const contract = await db.contracts.get(id);
  if (!contract) return null;
  return { contract, versions: await versionsOf(db, id) };
}

export interface NewDraft {
  template: ContractTemplate;
  proposalId: string | null;
  /** Defaults to the template's name (and the proposal's subject, when filled). */
  title?: string;
  /** From placeholderValues(context); without it every placeholder is marked missing. */
  values?: PlaceholderValues;
  supervisoryAuthority?: string;
  termYears?: number | null;
}

/** A new draft from a template, its placeholders filled from `values`; status Entwurf. */
export async function createDraft(db: IkzDatabase, draft: NewDraft): Promise<Contract> {
  const values = draft.values ?? {};
  const keys = new Set(draft.template.sections.flatMap((s) => [...s.html.matchAll(/data-placeholder="([a-z0-9_]+)"/g)].map((m) => m[1]!)));
  const complete: Record<string, string | null> = Object.fromEntries([...keys].map((k) => [k, values[k] ?? null]));
  const sections = fillSectionsHtml(
    draft.template.sections.map((s) => ({ ...s, id: newId() })),
    complete,
    placeholderLabel,
  );
  const filledValues = Object.fromEntries(Object.entries(complete).filter((e): e is [string, string] => e[1] !== null && e[1].trim() !== ''));
  const subject = values.gegenstand;
  return runCommand(db, ['contracts'], async (tx) => {
    const fields = validContract({
      proposalId: draft.proposalId,
      templateId: draft.template.id,
      form: draft.template.form,
      title: draft.title ?? (subject ? `${draft.template.name}: ${subject}` : draft.template.name).slice(0, 200),
      status: 'entwurf',
      statusHistory: [{ status: 'entwurf', at: new Date().toISOString(), by: tx.by }],
      sections,
      filledValues,
      supervisoryAuthority: draft.supervisoryAuthority ?? values.aufsichtsbehoerde ?? '',
      termYears: draft.termYears ?? null,
      procedure: {},
    });
    return tx.create('contracts', fields, `Vertragsentwurf „${fields.title}“ angelegt`);
  });
}

export function renameContract(db: IkzDatabase, id: string, title: string): Promise<Contract> {
  const parsed = contractTitleSchema.safeParse(title);
  if (!parsed.success) return Promise.reject(new UserFacingError(firstIssueMessage(parsed.error)));
  return changeContract(db, id, () => ({ patch: { title: parsed.data }, summary: `Vertragsentwurf umbenannt in „${parsed.data}“` }));
}

/** Moves the draft to another status; who and when go into its status history and the change log. */
export function setStatus(db: IkzDatabase, id: string, status: ContractStatus): Promise<Contract> {
  return changeContract(db, id, (c, tx) => ({
    patch: { status, statusHistory: [...c.statusHistory, { status, at: new Date().toISOString(), by: tx.by }] },
    summary: `Status von „${c.title}“: ${CONTRACT_STATUS_LABELS[c.status]} → ${CONTRACT_STATUS_LABELS[status]}`,
  }));
}

/** A date of the § 24 GkG NRW procedure (ISO yyyy-mm-dd); null clears it. */
export function setProcedureDate(db: IkzDatabase, id: string, key: ProcedureDateKey, date: string | null): Promise<Contract> {
  if (date !== null) {
    const parsed = isoDateSchema.safeParse(date);
    if (!parsed.success) return Promise.reject(new UserFacingError(`${PROCEDURE_DATE_LABELS[key]}: ${firstIssueMessage(parsed.error)}`));
  }
  return changeContract(db, id, (c) => {
    const procedure = { ...c.procedure };
    if (date === null) delete procedure[key];
    else procedure[key] = date;
    return { patch: { procedure }, summary: `„${PROCEDURE_DATE_LABELS[key]}“ ${date ? formatDate(date) : 'gelöscht'} („${c.title}“)` };
  });
}

export function setSupervisoryAuthority(db: IkzDatabase, id: string, name: string): Promise<Contract> {
  return changeContract(db, id, (c) => ({ patch: { supervisoryAuthority: name.trim() }, summary: `Aufsichtsbehörde von „${c.title}“ geändert` }));
}

/** The contract's term in years; null: unbefristet. */
export function setTermYears(db: IkzDatabase, id: string, termYears: number | null): Promise<Contract> {
  return changeContract(db, id, (c) => ({
    patch: { termYears },
    summary: `Laufzeit von „${c.title}“: ${termYears === null ? 'unbefristet' : `${termYears} Jahre`}`,
  }));
}

export interface DeletedContract {
  contract: Contract;
  versions: ContractVersion[];
}

/** Deletes a draft and its versions (tombstones for each); the result lets the screen undo it. */
export function deleteContract(db: IkzDatabase, id: string): Promise<DeletedContract | null> {
  return runCommand(db, ['contracts', 'contractVersions'], async (tx) => {
    const contract = await db.contracts.get(id);
    if (!contract) return null;
    const versions = await db.contractVersions.where('contractId').equals(id).toArray();
    for (const v of versions) await tx.remove('contractVersions', v, `Version ${v.number} von „${contract.title}“ gelöscht`);
    await tx.remove('contracts', contract, `Vertragsentwurf „${contract.title}“ gelöscht`);
    return { contract, versions };
  });
}

/** Undo of deleteContract: the draft and its versions come back above their tombstones. */
export function undoDeleteContract(db: IkzDatabase, deleted: DeletedContract): Promise<Contract> {
  return runCommand(db, ['contracts', 'contractVersions'], async (tx) => {
    await tx.restoreMany('contractVersions', deleted.versions);
    return tx.restore('contracts', deleted.contract, `Vertragsentwurf „${deleted.contract.title}“ wiederhergestellt`);
  });
}
