/**
 * Rows of cost data as people enter them, in the grid or in a CSV/XLSX file, turned into
 * cost lines. One parser for both, so the grid and the import accept and refuse the same.
 */
import { formatGermanAmount, parseGermanAmount } from './germanNumber';
import { CATEGORY_LABELS, COST_CATEGORIES, VARIANT_LABELS, VARIANTS, yearAmounts, type CostCategory, type CostLineInput, type Variant } from './model';
import { costLineInputSchema } from './modelSchemas';

export interface RawCostRow {
  kommune: string;
  variante: string;
  kategorie: string;
  art: string;
  haushaltswirksam: string;
  bezeichnung: string;
  /** One text per calendar year of `RowContext.years`, in that order. */
  betraege: string[];
}

export interface RowContext {
  proposalId: string;
  /** Parties of the proposal (lead and participants). */
  parties: readonly { id: string; name: string }[];
  /** The calendar years of the period, consecutive and ascending. */
  years: readonly number[];
}

export interface CellError {
  /** 1-based row number as the user sees it. */
  row: number;
  column: string;
  message: string;
}

export const JOINT_PARTY_LABEL = 'gemeinsam';

const norm = (s: string) => s.trim().toLocaleLowerCase('de-DE');

function lookup<T extends string>(raw: string, labels: Record<T, string>, values: readonly T[]): T | null {
  const n = norm(raw);
  return values.find((v) => norm(labels[v]) === n || norm(v) === n) ?? null;
}

export function parseCostRows(rows: readonly RawCostRow[], ctx: RowContext): { lines: (CostLineInput & { sourceRow: number })[]; errors: CellError[] } {
  const lines: (CostLineInput & { sourceRow: number })[] = [];
  const errors: CellError[] = [];
  rows.forEach((raw, index) => {
    const row = index + 1;
    const rowErrors: CellError[] = [];
    const err = (column: string, message: string) => rowErrors.push({ row, column, message });

    let partyId: string | null = null;
    if (norm(raw.kommune) !== JOINT_PARTY_LABEL) {
      const party = ctx.parties.find((p) => norm(p.name) === norm(raw.kommune));
      if (!party)
        err(
          'Kommune',
          raw.kommune.trim() === ''
            ? 'Bitte eine Kommune oder „gemeinsam“ eintragen.'
            : `„${raw.kommune}“ ist an diesem Vorschlag nicht beteiligt. Möglich: ${[...ctx.parties.map((p) => p.name), JOINT_PARTY_LABEL].join(', ')}.`,
        );
      else partyId = party.id;
    }
    const variant = lookup<Variant>(raw.variante, VARIANT_LABELS, VARIANTS);
    if (!variant) err('Variante', `„${raw.variante}“: bitte „Ist“ oder „Kooperation“ eintragen.`);
    const category = lookup<CostCategory>(raw.kategorie, CATEGORY_LABELS, COST_CATEGORIES);
    if (!category) err('Kategorie', `„${raw.kategorie}“ ist keine Kategorie. Möglich: ${COST_CATEGORIES.map((c) => CATEGORY_LABELS[c]).join(', ')}.`);
    const art = norm(raw.art);
    const recurrence = art === 'laufend' || art === '' ? 'laufend' : art === 'einmalig' ? 'einmalig' : null;
    if (!recurrence) err('Art', `„${raw.art}“: bitte „laufend“ oder „einmalig“ eintragen.`);
    const hw = norm(raw.haushaltswirksam);
    const budgetRelevant = ['', 'ja', 'j', 'x', 'true', '1', 'wahr'].includes(hw) ? true : ['nein', 'n', 'false', '0', 'falsch'].includes(hw) ? false : null;
    if (budgetRelevant === null) err('Haushaltswirksam', `„${raw.haushaltswirksam}“: bitte „ja“ oder „nein“ eintragen.`);
    const label = raw.bezeichnung.trim();
    if (label === '') err('Bezeichnung', 'Bitte eine Bezeichnung eintragen.');
    if (raw.betraege.length > ctx.years.length && raw.betraege.slice(ctx.years.length).some((v) => v.trim() !== '')) {
      err(
        `Jahr ${ctx.years[ctx.years.length - 1]! + 1}`,
        `Beträge nach ${ctx.years[ctx.years.length - 1]} liegen außerhalb des Betrachtungszeitraums (${ctx.years[0]}–${ctx.years[ctx.years.length - 1]}).`,
      );
    }
    const amounts = ctx.years.map((year, i) => {
      const parsed = parseGermanAmount(raw.betraege[i] ?? '');
      if (!parsed.ok) {
        err(String(year), parsed.message);
        return 0;
      }
      if (parsed.cents < 0) err(String(year), 'Negative Beträge sind nicht zulässig. Erlöse bitte positiv in der Kategorie „Erlöse/Restwert“ eintragen.');
      return parsed.cents;
    });
    if (rowErrors.length > 0 || !variant || !category || !recurrence || budgetRelevant === null) {
      errors.push(...rowErrors);
      return;
    }
    const candidate: CostLineInput = {
      proposalId: ctx.proposalId,
      variant,
      partyId,
      category,
      recurrence,
      budgetRelevant,
      label,
      entry: { mode: 'years', byYear: yearAmounts(ctx.years[0] ?? 0, amounts) },
      isExample: false,
    };
    // The same schema that saving applies: a row the preview accepts is a row that saves.
    const checked = costLineInputSchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      errors.push({ row, column: issue.path[0] === 'label' ? 'Bezeichnung' : '–', message: issue.message });
      return;
    }
    lines.push({ sourceRow: row, ...checked.data });
  });
  return { lines, errors };
}

/** A stored line as a row of text (for the grid and for CSV/XLSX export). */
export function lineToRawRow(
  line: Pick<CostLineInput, 'partyId' | 'variant' | 'category' | 'recurrence' | 'budgetRelevant' | 'label'>,
  amounts: readonly number[],
  partyName: (id: string) => string,
): RawCostRow {
  return {
    kommune: line.partyId === null ? JOINT_PARTY_LABEL : partyName(line.partyId),
    variante: VARIANT_LABELS[line.variant],
    kategorie: CATEGORY_LABELS[line.category],
    art: line.recurrence,
    haushaltswirksam: line.budgetRelevant ? 'ja' : 'nein',
    bezeichnung: line.label,
    betraege: amounts.map((c) => (c === 0 ? '' : formatGermanAmount(c))),
  };
}

export const FIXED_COLUMNS = ['Kommune', 'Variante', 'Kategorie', 'Art', 'Haushaltswirksam', 'Bezeichnung'] as const;
