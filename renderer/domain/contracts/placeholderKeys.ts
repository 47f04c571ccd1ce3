/** The placeholders templates may use, with the German name shown when one is missing or out of date. */
export const PLACEHOLDER_LABELS = {
  gegenstand: 'Gegenstand der Zusammenarbeit',
  beschreibung: 'Beschreibung des Vorhabens',
  aufgabenfeld: 'Aufgabenfeld',
  kommunen: 'Beteiligte Kommunen',
  federfuehrend: 'Federführende Kommune',
  weitere_kommunen: 'Weitere beteiligte Kommunen',
  verteilschluessel: 'Verteilungsschlüssel',
  beginn: 'Beginn der Zusammenarbeit',
  laufzeit: 'Laufzeit',
  aufsichtsbehoerde: 'Aufsichtsbehörde',
  verbandsname: 'Name des Zweckverbands',
  sitz: 'Sitz',
  summe_gemeinsame_kosten: 'Summe der gemeinsamen Kosten',
  zeitraum: 'Betrachtungszeitraum',
  anteile: 'Tabelle der Anteile je Kommune und Jahr',
} as const;
export type PlaceholderKey = keyof typeof PLACEHOLDER_LABELS;

export function placeholderLabel(key: string): string {
  return (PLACEHOLDER_LABELS as Record<string, string>)[key] ?? key;
}
