/**
 * The values placeholders are filled with, from a proposal and its calculation. Every
 * figure is the engine's (`calculateProposal` → `PartyResult.jointShareByYear`, whose sum
 * is the `jointShare` the report prints) and formatted by domain/money.ts, so the
 * contract shows the same euros as the report. A value that cannot be known is null:
 * the placeholder is then marked missing, never filled with „undefined“ or „NaN“.
 */
import type { ProposalCalculation } from '../costs/engine';
import { ALLOCATION_KEY_LABELS, type Allocation, type CostPlan } from '../costs/model';
import { formatEuroCents } from '../money';
import type { Area, Party, Proposal } from '../schemas';
import { escapeHtml, type PlaceholderValues } from './placeholderMarkup';
import type { PlaceholderKey } from './placeholderKeys';
import type { Contract } from './model';

export const DEFAULT_SUPERVISORY_AUTHORITY_WITH_KREIS = 'Bezirksregierung Arnsberg';

export interface PlaceholderContext {
  proposal: Pick<Proposal, 'title' | 'description' | 'leadPartyId' | 'participantIds' | 'areaId'>;
  /** All parties (names and kinds are looked up here). */
  parties: readonly Pick<Party, 'id' | 'name' | 'kind'>[];
  areas: readonly Pick<Area, 'id' | 'name'>[];
  plan: Pick<CostPlan, 'period' | 'allocation'> | null;
  /** The proposal's calculation in the chosen scenario (useCalculations); null while there is none. */
  calculation: Pick<ProposalCalculation, 'years' | 'parties'> | null;
  /** The draft's term; undefined: the plan's period; null: unbefristet. */
  termYears?: number | null;
  /** The draft's own entry wins over the default. */
  supervisoryAuthority?: string;
}

/** „Stadt Lünen“, „Kreisstadt Unna“, „Gemeinde Bönen“, „Kreis Unna“: the name as a contract names a party. */
export function partyTitle(party: Pick<Party, 'name' | 'kind'>): string {
  if (party.kind === 'Sonstige' || party.name.toLowerCase().startsWith(party.kind.toLowerCase())) return party.name;
  return `${party.kind} ${party.name}`;
}

/** „A, B und C“ */
export function germanList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

function allocationText(allocation: Allocation): string {
  switch (allocation.key) {
    case 'gewichte':
      return 'nach den vereinbarten Gewichten';
    case 'gemischt': {
      const base = Math.round(allocation.basePercent);
      const rest = allocation.variableKey === 'gewichte' ? 'nach den vereinbarten Gewichten' : ALLOCATION_KEY_LABELS[allocation.variableKey];
      return `zu ${base} % zu gleichen Teilen und zu ${100 - base} % ${rest}`;
    }
    default:
      return ALLOCATION_KEY_LABELS[allocation.key];
  }
}

function termText(years: number | null): string {
  if (years === null) return 'auf unbestimmte Zeit';
  return years === 1 ? 'für die Dauer eines Jahres' : `für die Dauer von ${years} Jahren`;
}

const finite = (values: readonly number[]) => values.every((v) => Number.isFinite(v));

/** The shares table: one row per party, one column per year, a sum column and a sum row; null without joint costs. */
export function sharesTableHtml(calculation: Pick<ProposalCalculation, 'years' | 'parties'>, nameOf: (partyId: string) => string): string | null {
  const rows = calculation.parties.map((p) => ({ name: nameOf(p.partyId), byYear: p.jointShareByYear ?? null, total: p.jointShare }));
  if (rows.length === 0 || rows.some((r) => r.byYear === null || r.byYear.length !== calculation.years.length || !finite([...r.byYear, r.total]))) return null;
  if (rows.every((r) => r.byYear!.every((v) => v === 0))) return null;
  const yearSums = calculation.years.map((_, i) => rows.reduce((s, r) => s + r.byYear![i]!, 0));
  const total = rows.reduce((s, r) => s + r.total, 0);
  const cell = (tag: 'th' | 'td', text: string) => `<${tag}><p>${escapeHtml(text)}</p></${tag}>`;
  const head = `<tr>${cell('th', 'Beteiligte')}${calculation.years.map((y) => cell('th', String(y))).join('')}${cell('th', 'Summe')}</tr>`;
  const body = rows.map(
    (r) => `<tr>${cell('td', r.name)}${r.byYear!.map((v) => cell('td', formatEuroCents(v))).join('')}${cell('td', formatEuroCents(r.total))}</tr>`,
  );
  const sum = `<tr>${cell('td', 'Summe')}${yearSums.map((v) => cell('td', formatEuroCents(v))).join('')}${cell('td', formatEuroCents(total))}</tr>`;
  return `<table data-placeholder="anteile"><tbody>${head}${body.join('')}${sum}</tbody></table>`;
}

/** Every placeholder's current value (null: cannot be filled from the data). */
export function placeholderValues(ctx: PlaceholderContext): Record<PlaceholderKey, string | null> & PlaceholderValues {
  const byId = new Map(ctx.parties.map((p) => [p.id, p]));
  const lead = byId.get(ctx.proposal.leadPartyId) ?? null;
  const others = ctx.proposal.participantIds.filter((id) => id !== ctx.proposal.leadPartyId).map((id) => byId.get(id) ?? null);
  const known = others.filter((p): p is NonNullable<typeof p> => p !== null);
  const all = lead && known.length === others.length ? [lead, ...known] : null;
  const nameOf = (id: string) => {
    const party = byId.get(id);
    return party ? partyTitle(party) : 'unbekannte Beteiligte';
  };
  const area = ctx.areas.find((a) => a.id === ctx.proposal.areaId) ?? null;
  const kreisIsParty = (all ?? []).some((p) => p.kind === 'Kreis');
  const plan = ctx.plan;
  const termYears = ctx.termYears === undefined ? (plan?.period.years ?? null) : ctx.termYears;
  const sums = ctx.calculation?.parties.map((p) => p.jointShare) ?? [];
  const jointTotal = sums.length && finite(sums) ? sums.reduce((a, b) => a + b, 0) : 0;
  const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);
  return {
    gegenstand: text(ctx.proposal.title),
    beschreibung: text(ctx.proposal.description),
    aufgabenfeld: text(area?.name),
    kommunen: all ? germanList(all.map(partyTitle)) : null,
    federfuehrend: lead ? partyTitle(lead) : null,
    weitere_kommunen: known.length && known.length === others.length ? germanList(known.map(partyTitle)) : null,
    verteilschluessel: plan ? allocationText(plan.allocation) : null,
    beginn: plan ? `01.01.${plan.period.startYear}` : null,
    laufzeit: plan || ctx.termYears !== undefined ? termText(termYears) : null,
    zeitraum: plan ? `${plan.period.startYear} bis ${plan.period.startYear + plan.period.years - 1}` : null,
    aufsichtsbehoerde: text(ctx.supervisoryAuthority) ?? (kreisIsParty ? DEFAULT_SUPERVISORY_AUTHORITY_WITH_KREIS : null),
    verbandsname: null,
    sitz: lead ? lead.name.replace(/^Kreis\s+/, '') : null,
    summe_gemeinsame_kosten: jointTotal !== 0 ? formatEuroCents(jointTotal) : null,
    anteile: ctx.calculation ? sharesTableHtml(ctx.calculation, nameOf) : null,
  };
}

/** Everything createDraft needs for a draft from a proposal, consistent with each other (term, authority, values). */
export function draftInputFromProposal<T>(template: T, proposalId: string, ctx: PlaceholderContext) {
  const values = placeholderValues(ctx);
  const termYears = ctx.termYears === undefined ? (ctx.plan?.period.years ?? null) : ctx.termYears;
  return { template, proposalId, values, termYears, supervisoryAuthority: values.aufsichtsbehoerde ?? '' };
}

/** The values as they would be filled today for this draft (its own term and authority count), for outdatedPlaceholders. */
export function currentValuesFor(contract: Pick<Contract, 'termYears' | 'supervisoryAuthority'>, ctx: PlaceholderContext): PlaceholderValues {
  return placeholderValues({ ...ctx, termYears: contract.termYears, supervisoryAuthority: contract.supervisoryAuthority });
}
