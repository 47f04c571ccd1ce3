/**
 * The procedure a contract goes through after drafting (§ 24 GkG NRW for public-law
 * agreements; a Zweckverband statute likewise needs approval and publication; a
 * purchasing consortium under § 4 VgV needs neither) as a checklist with computed dates,
 * plus the checks of the text (term and termination, open placeholders, § 2b UStG).
 * Pure: „today“ is passed in, never read from the clock.
 */
import { formatDate } from '../format';
import type { Contract } from './model';
import { sectionTextBlocks } from './html';
import { missingPlaceholders } from './placeholderMarkup';

/** § 2b UStG applies to all public bodies from this day; a setting, since it has been postponed before. */
export const DEFAULT_VAT_2B_FROM = '2027-01-01';
/** Agreements open-ended or longer than this must say how they can be terminated (DOMAIN.md). */
export const MAX_TERM_WITHOUT_TERMINATION_CLAUSE = 20;

export type CheckState = 'done' | 'open' | 'waiting' | 'problem' | 'hint';

export interface ChecklistItem {
  key: string;
  label: string;
  state: CheckState;
  /** One plain German sentence: what is the case, and what to do. */
  detail: string;
  /** A date the app computed (ISO), e.g. when the approval is deemed given. */
  date?: string;
}

export interface ProcedureContext {
  /** ISO date of today (the screen passes it; tests fix it). */
  today: string;
  /** From the contract-settings row (Einstellungen); default DEFAULT_VAT_2B_FROM. */
  vat2bFrom?: string;
  /** True when a party from outside the Kreis takes part (then the Kreis must be informed first); undefined: unknown. */
  partnersOutsideKreis?: boolean;
}

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => toIso(new Date(toDate(iso).getTime() + days * DAY));

/**
 * The last day on which the supervisory authority can object: four weeks after receipt
 * (§ 188 Abs. 2 BGB: the same weekday four weeks later); a Saturday or Sunday moves it to
 * the Monday (§ 31 Abs. 3 VwVfG NRW). Public holidays are not known to the app.
 */
export function objectionDeadline(submittedAt: string): string {
  const end = addDays(submittedAt, 28);
  const weekday = toDate(end).getUTCDay();
  return weekday === 6 ? addDays(end, 2) : weekday === 0 ? addDays(end, 1) : end;
}

/** The day from which the approval counts as given when the authority has not objected. */
export function approvalDeemedDate(submittedAt: string): string {
  return addDays(objectionDeadline(submittedAt), 1);
}

/** In force the day after publication, unless a later day is set. */
export function entryIntoForceDate(procedure: Contract['procedure']): string | null {
  if (!procedure.publishedAt) return null;
  const dayAfter = addDays(procedure.publishedAt, 1);
  return procedure.entryIntoForceAt && procedure.entryIntoForceAt > dayAfter ? procedure.entryIntoForceAt : dayAfter;
}

function approvalItem(contract: Pick<Contract, 'form' | 'procedure' | 'supervisoryAuthority'>, today: string): ChecklistItem {
  const p = contract.procedure;
  const authority = contract.supervisoryAuthority.trim() || 'die Aufsichtsbehörde';
  const label = `Genehmigung durch ${authority}`;
  if (p.objectedAt)
    return {
      key: 'genehmigung',
      label,
      state: 'problem',
      detail: `Die Aufsichtsbehörde hat am ${formatDate(p.objectedAt)} widersprochen. Bitte den Entwurf überarbeiten und neu vorlegen.`,
    };
  if (p.approvedAt) return { key: 'genehmigung', label, state: 'done', detail: `Genehmigt am ${formatDate(p.approvedAt)}.`, date: p.approvedAt };
  if (!p.submittedAt)
    return {
      key: 'genehmigung',
      label,
      state: 'open',
      detail: 'Noch nicht vorgelegt. Bitte das Eingangsdatum bei der Aufsichtsbehörde eintragen, sobald sie den Vertrag erhalten hat.',
    };
  if (contract.form === 'zweckverband') {
    return {
      key: 'genehmigung',
      label,
      state: 'waiting',
      detail: `Vorgelegt am ${formatDate(p.submittedAt)}; die Satzung braucht eine ausdrückliche Genehmigung.`,
    };
  }
  const deadline = objectionDeadline(p.submittedAt);
  const deemed = approvalDeemedDate(p.submittedAt);
  return today >= deemed
    ? {
        key: 'genehmigung',
        label,
        state: 'done',
        date: deemed,
        detail: `Eingegangen am ${formatDate(p.submittedAt)}; ohne Widerspruch bis ${formatDate(deadline)} gilt die Genehmigung seit dem ${formatDate(deemed)} als erteilt.`,
      }
    : {
        key: 'genehmigung',
        label,
        state: 'waiting',
        date: deemed,
        detail: `Eingegangen am ${formatDate(p.submittedAt)}; widerspricht die Aufsichtsbehörde nicht bis ${formatDate(deadline)}, gilt die Genehmigung ab dem ${formatDate(deemed)} als erteilt (vier Wochen nach Eingang).`,
      };
}

/** Whether the text says how the contract can be terminated (needed when open-ended or over 20 years). */
export function termCheck(contract: Pick<Contract, 'termYears' | 'sections'>): ChecklistItem {
  const needed = contract.termYears === null || contract.termYears > MAX_TERM_WITHOUT_TERMINATION_CLAUSE;
  const label = 'Laufzeit und Kündigung geregelt';
  const section = contract.sections.find((s) => s.role === 'laufzeit') ?? contract.sections.find((s) => /kündig|laufzeit|austritt/i.test(s.heading));
  const text = section
    ? sectionTextBlocks(section.html)
        .map((b) => b.text)
        .join(' ')
    : '';
  const regulated = /kündig|austritt|austreten/i.test(`${section?.heading ?? ''} ${text}`);
  const why = contract.termYears === null ? 'Die Vereinbarung ist unbefristet' : `Die Laufzeit beträgt ${contract.termYears} Jahre`;
  if (regulated) return { key: 'laufzeit', label, state: 'done', detail: `Abschnitt „${section!.heading}“ regelt die Kündigung.` };
  if (!needed)
    return {
      key: 'laufzeit',
      label,
      state: 'hint',
      detail: 'Kein Abschnitt regelt die Kündigung; bei einer Laufzeit bis 20 Jahre ist das nicht vorgeschrieben, aber üblich.',
    };
  return {
    key: 'laufzeit',
    label,
    state: 'problem',
    detail: `${why}: sie muss regeln, wie sie gekündigt werden kann. Bitte einen Abschnitt „Laufzeit und Kündigung“ ergänzen.`,
  };
}

/** The checklist for the contract's form, in the order of the procedure. */
export function procedureChecklist(
  contract: Pick<Contract, 'form' | 'procedure' | 'supervisoryAuthority' | 'termYears' | 'sections'>,
  ctx: ProcedureContext,
): ChecklistItem[] {
  const p = contract.procedure;
  const items: ChecklistItem[] = [];
  const missing = missingPlaceholders(contract.sections);
  items.push(
    missing.length
      ? {
          key: 'platzhalter',
          label: 'Alle Angaben ausgefüllt',
          state: 'problem',
          detail: `${missing.length} Angabe${missing.length === 1 ? '' : 'n'} fehlt noch (markiert im Text).`,
        }
      : { key: 'platzhalter', label: 'Alle Angaben ausgefüllt', state: 'done', detail: 'Alle Platzhalter sind ausgefüllt.' },
  );
  items.push(termCheck(contract));
  const vatFrom = ctx.vat2bFrom ?? DEFAULT_VAT_2B_FROM;
  const allText = contract.sections.map((s) => s.html).join(' ');
  items.push({
    key: 'ust2b',
    label: '§ 2b UStG beachtet',
    state: /2b\s+(des\s+)?U(msatzsteuergesetzes|StG)/.test(allText) ? 'done' : 'hint',
    date: vatFrom,
    detail: `§ 2b UStG gilt für alle Kommunen ${ctx.today >= vatFrom ? 'seit' : 'ab'} dem ${formatDate(vatFrom)}: Leistungen zwischen den Beteiligten können umsatzsteuerpflichtig sein. Bitte die Kostenregelung mit der Steuerstelle prüfen (Umsatzsteuerklausel).`,
  });
  if (contract.form === 'einkaufsgemeinschaft') {
    items.push({
      key: 'form',
      label: 'Textform',
      state: p.signedAt ? 'done' : 'open',
      detail: p.signedAt
        ? `Zugestimmt am ${formatDate(p.signedAt)}.`
        : 'Die Vereinbarung braucht die Zustimmung aller Beteiligten in Textform (§ 4 VgV); eine Genehmigung ist nicht nötig.',
    });
    return items;
  }
  items.push({
    key: 'form',
    label: 'Schriftform',
    state: p.signedAt ? 'done' : 'open',
    detail: p.signedAt
      ? `Unterzeichnet am ${formatDate(p.signedAt)}.`
      : 'Der Vertrag muss schriftlich geschlossen werden (§ 24 Abs. 1 GkG NRW). Bitte das Datum der Unterzeichnung eintragen.',
  });
  if (ctx.partnersOutsideKreis !== false) {
    items.push({
      key: 'kreis',
      label: 'Kreis vor Verhandlungen mit Partnern außerhalb informiert',
      state: p.kreisInformedAt ? 'done' : ctx.partnersOutsideKreis ? 'open' : 'hint',
      detail: p.kreisInformedAt
        ? `Informiert am ${formatDate(p.kreisInformedAt)}.`
        : 'Nur nötig, wenn Partner außerhalb des Kreises beteiligt sind: dann den Kreis informieren, bevor verhandelt wird.',
    });
  }
  items.push(approvalItem(contract, ctx.today));
  items.push({
    key: 'bekanntmachung',
    label: 'Bekanntmachung durch die Aufsichtsbehörde',
    state: p.publishedAt ? 'done' : 'open',
    detail: p.publishedAt
      ? `Bekanntgemacht am ${formatDate(p.publishedAt)}.`
      : 'Die Aufsichtsbehörde macht den Vertrag und die Genehmigung in ihrem amtlichen Veröffentlichungsblatt bekannt.',
  });
  items.push({
    key: 'hinweis',
    label: 'Hinweis der Beteiligten auf die Bekanntmachung',
    state: p.partiesNoticeAt ? 'done' : 'open',
    detail: p.partiesNoticeAt
      ? `Bekanntgemacht am ${formatDate(p.partiesNoticeAt)}.`
      : 'Jede Beteiligte weist in der für ihre Bekanntmachungen vorgeschriebenen Form auf die Veröffentlichung hin.',
  });
  const inForce = entryIntoForceDate(p);
  items.push({
    key: 'inkrafttreten',
    label: 'Inkrafttreten',
    state: inForce ? (ctx.today >= inForce ? 'done' : 'waiting') : 'open',
    ...(inForce ? { date: inForce } : {}),
    detail: inForce
      ? `In Kraft ${ctx.today >= inForce ? 'seit' : 'ab'} dem ${formatDate(inForce)}${p.entryIntoForceAt && inForce === p.entryIntoForceAt ? ' (späterer Tag laut Vertrag)' : ' (Tag nach der Bekanntmachung)'}.`
      : 'Am Tag nach der Bekanntmachung, sofern der Vertrag keinen späteren Tag bestimmt.',
  });
  return items;
}
