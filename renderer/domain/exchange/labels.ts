/** German names of records, fields and values for the review screen of an import. */
import { CATEGORY_LABELS, VARIANT_LABELS, type CostCategory, type Variant } from '../costs/model';
import { formatDate } from '../format';
import { formatEuroCents } from '../money';
import { MEETING_KIND_LABELS, type MeetingKind } from '../vocabulary';
import { STATUS_LABELS, type ProposalStatus } from '../status';
import type { ExchangeRecord, ExchangeTable } from './format';

const FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  name: 'Name',
  kind: 'Art',
  inhabitants: 'Einwohnerzahl',
  employees: 'Beschäftigte',
  payrollCases: 'Abrechnungsfälle',
  description: 'Beschreibung',
  color: 'Farbe',
  order: 'Reihenfolge',
  date: 'Datum',
  location: 'Ort',
  participantIds: 'Beteiligte',
  agenda: 'Tagesordnung',
  slideNotes: 'Notizen zur Präsentation',
  areaId: 'Aufgabenfeld',
  leadPartyId: 'Federführung',
  goals: 'Ziele',
  benefits: 'Qualitativer Nutzen',
  risks: 'Risiken',
  responsible: 'Verantwortlich',
  nextMeetingId: 'Nächster Termin',
  dependsOn: 'Abhängigkeiten',
  status: 'Status',
  statusReason: 'Begründung des Status',
  statusHistory: 'Statusverlauf',
  isExample: 'Beispiel',
  proposalId: 'Vorschlag',
  variant: 'Variante',
  partyId: 'Kommune',
  category: 'Kategorie',
  recurrence: 'Art der Kosten',
  budgetRelevant: 'Haushaltswirksam',
  label: 'Bezeichnung',
  entry: 'Beträge',
  period: 'Betrachtungszeitraum',
  discounting: 'Abzinsung',
  allocation: 'Verteilschlüssel',
  followsSettings: 'Zinssatz aus den Einstellungen',
  seedKey: 'Stammdatenschlüssel',
  templateId: 'Vorlage',
  form: 'Form der Zusammenarbeit',
  sections: 'Abschnitte',
  filledValues: 'Ausgefüllte Platzhalter',
  supervisoryAuthority: 'Aufsichtsbehörde',
  termYears: 'Laufzeit (Jahre)',
  procedure: 'Verfahrensdaten',
  contractId: 'Vertrag',
  number: 'Nummer',
  author: 'Verfasst von',
  note: 'Notiz',
  builtIn: 'Mitgeliefert',
  _deleted: 'Gelöscht',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** id → German name, for ids inside values (parties, areas, meetings, proposals). */
export type NameLookup = ReadonlyMap<string, string>;

export function recordName(table: ExchangeTable, r: ExchangeRecord, names: NameLookup): string {
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  switch (table) {
    case 'proposals':
      return `Vorschlag „${text(r.title) ?? r.id}“`;
    case 'parties':
      return `Beteiligter „${text(r.name) ?? r.id}“`;
    case 'areas':
      return `Aufgabenfeld „${text(r.name) ?? r.id}“`;
    case 'meetings':
      return `Termin „${text(r.title) ?? r.id}“ am ${formatDate(text(r.date))}`;
    case 'costLines':
      return `Kostenzeile „${text(r.label) ?? r.id}“ (${names.get(String(r.proposalId)) ?? 'Vorschlag unbekannt'})`;
    case 'costPlans':
      return `Berechnungsgrundlagen (${names.get(String(r.proposalId)) ?? 'Vorschlag unbekannt'})`;
    case 'contracts':
      return `Vertragsentwurf „${text(r.title) ?? r.id}“`;
    case 'contractVersions':
      return `Fassung ${String(r.number ?? '?')} von „${text(r.title) ?? r.id}“`;
    case 'contractTemplates':
      return `Vertragsvorlage „${text(r.name) ?? r.id}“`;
    default:
      return `${text(r.title) ?? text(r.name) ?? text(r.label) ?? `Datensatz ${r.id.slice(0, 8)}`}`;
  }
}

function entryText(entry: Record<string, unknown>): string {
  if (entry.mode === 'years' && entry.byYear && typeof entry.byYear === 'object') {
    const parts = Object.entries(entry.byYear as Record<string, number>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([y, c]) => `${y}: ${formatEuroCents(c)}`);
    return parts.length ? parts.join('; ') : 'keine Beträge';
  }
  if (entry.mode === 'growth') return `${formatEuroCents(Number(entry.startCents))}, jährlich ${String(entry.increasePercent).replace('.', ',')} %`;
  if (entry.mode === 'staff') return `${String(entry.fte).replace('.', ',')} VZÄ ${String(entry.payGroup)}`;
  return JSON.stringify(entry);
}

/** A field's value as German text; ids become names. */
export function valueText(field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined || value === '') return '–';
  if (field === '_deleted') return value ? 'gelöscht' : 'vorhanden';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'string') {
    if (field === 'status') return STATUS_LABELS[value as ProposalStatus] ?? value;
    if (field === 'category') return CATEGORY_LABELS[value as CostCategory] ?? value;
    if (field === 'variant') return VARIANT_LABELS[value as Variant] ?? value;
    if (field === 'kind') return MEETING_KIND_LABELS[value as MeetingKind] ?? value;
    if (field === 'date') return formatDate(value);
    return names.get(value) ?? value;
  }
  if (typeof value === 'number') return value.toLocaleString('de-DE');
  if (Array.isArray(value)) {
    if (field === 'agenda') return value.map((a: { proposalId?: string }) => names.get(String(a.proposalId)) ?? '?').join(', ') || '–';
    if (field === 'statusHistory') return value.map((h: { status?: string }) => STATUS_LABELS[h.status as ProposalStatus] ?? '?').join(' → ') || '–';
    if (field === 'sections') return value.map((x: { heading?: string }) => x.heading ?? '?').join(', ') || '–';
    return value.map((v) => (typeof v === 'string' ? (names.get(v) ?? v) : JSON.stringify(v))).join(', ') || '–';
  }
  if (field === 'entry') return entryText(value as Record<string, unknown>);
  return JSON.stringify(value);
}
