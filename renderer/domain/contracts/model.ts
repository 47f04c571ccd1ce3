/**
 * Contract drafts (issue 9; DOMAIN.md „Legal forms and contract drafts“): the records and
 * their zod schemas. A contract is a list of sections; each section body is HTML as the
 * editor (TipTap) writes it. § numbers are never stored: they follow the section order.
 *
 * Placeholders inside a section body (written by domain/contracts/placeholders.ts):
 *  - inline: `<span data-placeholder="key">filled text</span>`; a value that could not be
 *    filled carries `data-missing="true"` and shows „[Bezeichnung fehlt]“;
 *  - block (the shares table): `<table data-placeholder="anteile">…</table>`.
 * The editor must keep these attributes (a span mark / table attribute); nothing else
 * in the markup is special.
 *
 * Public API (for the screens)
 *  data/repositories/contracts.ts (every write one command with change-log entry; re-exports the others):
 *    listContracts(db) · contractsOfProposal(db, proposalId) · contractWithVersions(db, id) → {contract, versions} | null
 *    createDraft(db, {template, proposalId, title?, values?, supervisoryAuthority?, termYears?}) → Contract
 *    renameContract(db, id, title) · setStatus(db, id, status) · setProcedureDate(db, id, key, iso | null)
 *    setSupervisoryAuthority(db, id, name) · setTermYears(db, id, years | null)
 *    deleteContract(db, id) → DeletedContract | null · undoDeleteContract(db, deleted)
 *  data/repositories/contractSections.ts: updateSection(db, id, sectionId, {heading?, html?})
 *    addSection(db, id, {heading, html?}, atIndex?) → {contract, sectionId} · removeSection(db, id, sectionId)
 *    moveSection(db, id, sectionId, toIndex) · setSectionComment(db, id, sectionId, comment)
 *    applyPlaceholderUpdates(db, id, keys, currentValues)
 *  data/repositories/contractVersions.ts: saveVersion(db, id, note, author?) → number
 *    restoreVersion(db, id, versionId) → number (the new version) · listContractTemplates(db)
 *    saveAsTemplate(db, id, name, description?) · deleteTemplate(db, templateId) → deleted | null · undoDeleteTemplate(db, deleted)
 *  data/repositories/contractSettings.ts: loadContractSettings(db) → {vat2bFrom} · saveVat2bFrom(db, iso)
 *  domain/contracts/templates: BUILT_IN_TEMPLATES, builtInTemplate(id)
 *  domain/contracts/placeholders.ts: placeholderValues(ctx) · draftInputFromProposal(template, proposalId, ctx)
 *    (→ createDraft) · currentValuesFor(contract, ctx) (→ outdatedPlaceholders) · partyTitle(party) · sharesTableHtml
 *  domain/contracts/placeholderMarkup.ts: missingPlaceholders(sections) → keys · placeholdersIn(sections)
 *  domain/contracts/placeholderKeys.ts: PLACEHOLDER_LABELS, placeholderLabel(key)
 *  domain/contracts/staleness.ts: outdatedPlaceholders(contract, values) → {key, label, old, new}[]
 *  domain/contracts/compare.ts: compareVersions(before, after) → Comparison · diffText(a, b) · textDiffers(a, b)
 *  domain/contracts/procedure.ts: procedureChecklist(contract, {today, vat2bFrom?, partnersOutsideKreis?})
 *    · objectionDeadline(submittedAt) · approvalDeemedDate(submittedAt) · entryIntoForceDate(procedure) · termCheck
 *  domain/contracts/printModel.ts: printedContract(contract) → numbered sections as blocks (render these, never innerHTML)
 *  domain/contracts/html.ts: CONTRACT_HTML_TAGS, CONTRACT_HTML_ATTRIBUTES (for the paste sanitiser), parseSectionHtml
 *  domain/contracts/docx (import lazily): contractDocx({title, status, versionLabel, sections, author?}) → Uint8Array
 *    · comparisonDocx({title, status, comparison, beforeLabel, afterLabel, author, date}) → Uint8Array
 *  model.ts: sectionNumber(index) → „§ 1“ · isDraftStatus(status) · labels of status, form, procedure dates
 */
import { z } from 'zod';
import { recordMetaSchema } from '../schemas';
import { invisibleMessage, visibleText } from '../visibleText';

export const CONTRACT_STATUSES = ['entwurf', 'rechtsamt', 'partner', 'beschlussreif', 'unterzeichnet', 'genehmigt', 'bekanntgemacht', 'in_kraft'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  entwurf: 'Entwurf',
  rechtsamt: 'Abstimmung Rechtsamt',
  partner: 'Abstimmung Partner',
  beschlussreif: 'Beschlussreif',
  unterzeichnet: 'Unterzeichnet',
  genehmigt: 'Genehmigt',
  bekanntgemacht: 'Bekanntgemacht',
  in_kraft: 'In Kraft',
};

/** Until it is signed, every export is marked „ENTWURF“. */
export function isDraftStatus(status: ContractStatus): boolean {
  return CONTRACT_STATUSES.indexOf(status) < CONTRACT_STATUSES.indexOf('unterzeichnet');
}

export const CONTRACT_FORMS = ['delegierend', 'mandatierend', 'einkaufsgemeinschaft', 'zweckverband', 'leer'] as const;
export type ContractForm = (typeof CONTRACT_FORMS)[number];
export const CONTRACT_FORM_LABELS: Record<ContractForm, string> = {
  delegierend: 'Öffentlich-rechtliche Vereinbarung (delegierend)',
  mandatierend: 'Öffentlich-rechtliche Vereinbarung (mandatierend)',
  einkaufsgemeinschaft: 'Vereinbarung über eine Einkaufsgemeinschaft',
  zweckverband: 'Satzung eines Zweckverbands',
  leer: 'Leerer Vertrag',
};

/** Largest section body accepted (about 200 pages of text); a paste beyond is refused, not cut. */
export const MAX_SECTION_HTML = 2_000_000;

export const contractSectionSchema = z.object({
  /** Stable across versions: the comparison aligns sections by id. */
  id: z.string().min(1),
  heading: z.string().max(300, 'Die Überschrift ist zu lang (höchstens 300 Zeichen).'),
  html: z.string().max(MAX_SECTION_HTML, 'Der Abschnitt ist zu lang; bitte in mehrere Abschnitte teilen.'),
  /** Internal note („Rechtsamt prüfen“); never exported. */
  comment: z.string().max(5000, 'Die Notiz ist zu lang (höchstens 5.000 Zeichen).'),
  /** Which template section this was („laufzeit“, „kosten“ …), so checks find it after renaming; null for added sections. */
  role: z.string().nullable(),
});
export type ContractSection = z.infer<typeof contractSectionSchema>;

/** Dates of the § 24 GkG NRW procedure (ISO yyyy-mm-dd), each optional. */
export const PROCEDURE_DATE_KEYS = [
  'kreisInformedAt',
  'signedAt',
  'submittedAt',
  'approvedAt',
  'objectedAt',
  'publishedAt',
  'partiesNoticeAt',
  'entryIntoForceAt',
] as const;
export type ProcedureDateKey = (typeof PROCEDURE_DATE_KEYS)[number];
export const PROCEDURE_DATE_LABELS: Record<ProcedureDateKey, string> = {
  kreisInformedAt: 'Kreis informiert am',
  signedAt: 'Unterzeichnet am',
  submittedAt: 'Bei der Aufsichtsbehörde eingegangen am',
  approvedAt: 'Genehmigt am',
  objectedAt: 'Widerspruch der Aufsichtsbehörde am',
  publishedAt: 'Bekanntgemacht am',
  partiesNoticeAt: 'Hinweis der Beteiligten bekanntgemacht am',
  entryIntoForceAt: 'Späterer Tag des Inkrafttretens',
};

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Bitte ein Datum im Format TT.MM.JJJJ angeben.')
  .refine((d) => {
    const date = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(d);
  }, 'Dieses Datum gibt es nicht.');

export const procedureDatesSchema = z.object(
  Object.fromEntries(PROCEDURE_DATE_KEYS.map((k) => [k, isoDateSchema.optional()])) as Record<ProcedureDateKey, z.ZodOptional<typeof isoDateSchema>>,
);
export type ProcedureDates = Partial<Record<ProcedureDateKey, string>>;

export const contractStatusEntrySchema = z.object({ status: z.enum(CONTRACT_STATUSES), at: z.string(), by: z.string() });
export type ContractStatusEntry = z.infer<typeof contractStatusEntrySchema>;

export const contractTitleSchema = visibleText({
  min: 3,
  max: 200,
  tooShort: 'Bitte einen Titel mit mindestens 3 Zeichen eintragen.',
  tooLong: 'Der Titel ist zu lang (höchstens 200 Zeichen).',
  invisible: invisibleMessage('Der Titel'),
});

export const contractFieldsSchema = z.object({
  proposalId: z.string().nullable(),
  /** A built-in template („builtin:delegierend“) or a stored one (UUID). */
  templateId: z.string(),
  form: z.enum(CONTRACT_FORMS),
  title: contractTitleSchema,
  status: z.enum(CONTRACT_STATUSES),
  statusHistory: z.array(contractStatusEntrySchema),
  sections: z.array(contractSectionSchema),
  /** The value each placeholder was filled with (key → text, the table as HTML), to tell later which are out of date. */
  filledValues: z.record(z.string(), z.string()),
  supervisoryAuthority: z.string().max(200, 'Der Name ist zu lang (höchstens 200 Zeichen).'),
  /** Term in years; null: unbefristet. Taken from the proposal's plan when the draft is made. */
  termYears: z.number().int().min(1).max(100).nullable(),
  procedure: procedureDatesSchema,
});
export type ContractFields = z.infer<typeof contractFieldsSchema>;
export const contractSchema = recordMetaSchema.extend(contractFieldsSchema.shape);
export type Contract = z.infer<typeof contractSchema>;

/** A saved version: a snapshot of the text, numbered 1, 2, … per contract; never changed afterwards. */
export const contractVersionSchema = recordMetaSchema.extend({
  contractId: z.string(),
  number: z.number().int().min(1),
  author: z.string(),
  note: z.string().max(2000, 'Die Notiz ist zu lang (höchstens 2.000 Zeichen).'),
  status: z.enum(CONTRACT_STATUSES),
  title: z.string(),
  sections: z.array(contractSectionSchema),
  filledValues: z.record(z.string(), z.string()),
});
export type ContractVersion = z.infer<typeof contractVersionSchema>;

/** What a template gives a new draft: its sections (comments empty) and form. */
export interface ContractTemplateContent {
  id: string;
  name: string;
  builtIn: boolean;
  form: ContractForm;
  description: string;
  sections: ContractSection[];
}

export const templateNameSchema = visibleText({
  min: 3,
  max: 200,
  tooShort: 'Bitte einen Namen mit mindestens 3 Zeichen eintragen.',
  tooLong: 'Der Name ist zu lang (höchstens 200 Zeichen).',
  invisible: invisibleMessage('Der Name'),
});

/** A user's own template (stored, schema v6); built-in templates live in code. */
export const contractTemplateSchema = recordMetaSchema.extend({
  name: templateNameSchema,
  builtIn: z.literal(false),
  form: z.enum(CONTRACT_FORMS),
  description: z.string().max(2000),
  sections: z.array(contractSectionSchema),
});
export type StoredContractTemplate = z.infer<typeof contractTemplateSchema>;
export type ContractTemplate = ContractTemplateContent | StoredContractTemplate;

/** „§ 3“ for the section at index 2: numbering follows the order, so it never goes stale. */
export function sectionNumber(index: number): string {
  return `§ ${index + 1}`;
}
