/**
 * Example proposals drawn from the situation in Kreis Unna (DOMAIN.md), so a first
 * start shows a meaningful workspace. They carry `isExample` and can be removed at once.
 */
import type { ProposalInput } from './schemas';
import type { ProposalStatus, StatusHistoryEntry } from './status';

export interface ExampleProposal {
  key: string;
  areaKey: string;
  leadKey: string;
  participantKeys: readonly string[];
  dependsOnKeys: readonly string[];
  meetingIndex: number | null;
  status: ProposalStatus;
  statusReason: string;
  statusPath: readonly ProposalStatus[];
  fields: Omit<ProposalInput, 'areaId' | 'leadPartyId' | 'participantIds' | 'dependsOn' | 'nextMeetingId'>;
}

const ALL_TOWNS = ['luenen', 'unna', 'bergkamen', 'schwerte', 'kamen', 'werne', 'selm', 'froendenberg', 'boenen', 'holzwickede'];
const others = (lead: string, keys: readonly string[] = ALL_TOWNS) => keys.filter((k) => k !== lead);

export const EXAMPLE_PROPOSALS: readonly ExampleProposal[] = [
  {
    key: 'payroll-consortium',
    areaKey: 'payroll',
    leadKey: 'luenen',
    participantKeys: others('luenen'),
    dependsOnKeys: ['it-consolidation'],
    meetingIndex: 0,
    status: 'in_pruefung',
    statusReason: '',
    statusPath: ['idee', 'in_pruefung'],
    fields: {
      title: 'Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform',
      description:
        'Alle Städte und Gemeinden nutzen dieselbe Plattform für Personalabrechnung und Arbeitszeiterfassung. Lünen prüft, die Lizenzen als eine Einkaufsgemeinschaft (gemeinsame Vergabe nach § 4 VgV) zu beschaffen.',
      goals: 'Niedrigere Lizenz- und Wartungskosten für alle Beteiligten; ein gemeinsamer Vertrag statt zehn Einzelverträgen.',
      benefits: 'Stärkere Verhandlungsposition gegenüber dem Anbieter; einheitliche Versionsstände; erster Baustein des IT-Gesamtkonzepts.',
      risks: 'Unterschiedliche Vertragslaufzeiten der Kommunen; Abstimmungsaufwand bei der Vergabe.',
      responsible: 'Kämmerei Lünen',
    },
  },
  {
    key: 'it-consolidation',
    areaKey: 'it',
    leadKey: 'kreis-unna',
    participantKeys: ALL_TOWNS,
    dependsOnKeys: [],
    meetingIndex: 0,
    status: 'in_pruefung',
    statusReason: '',
    statusPath: ['idee', 'in_pruefung'],
    fields: {
      title: 'Zusammenlegung der Informationstechnologien',
      description: 'Gemeinsamer IT-Betrieb (Rechenzentrum, Fachverfahren, Service Desk) für Kreis und kreisangehörige Kommunen.',
      goals: 'Skaleneffekte im Betrieb, gemeinsame Informationssicherheit, weniger Doppelstrukturen.',
      benefits: 'Höhere Ausfallsicherheit; Fachkräfte werden gebündelt.',
      risks: 'Hohe Einführungskosten; Übergang des Personals; Abhängigkeit von einem gemeinsamen Betrieb.',
      responsible: 'Arbeitskreis der Kämmerer',
    },
  },
  {
    key: 'audit-district',
    areaKey: 'audit',
    leadKey: 'kreis-unna',
    participantKeys: ALL_TOWNS,
    dependsOnKeys: [],
    meetingIndex: 1,
    status: 'idee',
    statusReason: '',
    statusPath: ['idee'],
    fields: {
      title: 'Kreisweite Organisation der Rechnungsprüfung',
      description: 'Klären, ob, wann und wie die örtliche Rechnungsprüfung kreisweit gemeinsam organisiert wird.',
      goals: 'Eine tragfähige Prüfungsorganisation, die nicht an einzelnen Personen hängt.',
      benefits: 'Vertretung bei Ausfällen; Spezialisierung der Prüferinnen und Prüfer.',
      risks: 'Unabhängigkeit der Prüfung muss gewahrt bleiben.',
      responsible: 'Kreis Unna',
    },
  },
  {
    key: 'audit-luenen-selm',
    areaKey: 'audit',
    leadKey: 'luenen',
    participantKeys: ['selm'],
    dependsOnKeys: ['audit-district'],
    meetingIndex: null,
    status: 'auf_eis',
    statusReason:
      'Eine Schlüsselkraft hat die Verwaltung verlassen. Die Kooperation wartet, bis klar ist, ob, wann und wie die Rechnungsprüfung kreisweit organisiert wird.',
    statusPath: ['idee', 'in_pruefung', 'auf_eis'],
    fields: {
      title: 'Rechnungsprüfung Lünen–Selm',
      description: 'Gemeinsame Rechnungsprüfung der Städte Lünen und Selm.',
      goals: 'Prüfungskapazität bündeln.',
      benefits: 'Vertretungsregelung zwischen beiden Städten.',
      risks: 'Personalausfall; mögliche Doppelarbeit mit einer kreisweiten Lösung.',
      responsible: 'Rechnungsprüfungsamt Lünen',
    },
  },
  {
    key: 'data-protection-officer',
    areaKey: 'officers',
    leadKey: 'unna',
    participantKeys: ['boenen', 'froendenberg', 'holzwickede', 'kamen', 'selm', 'werne', 'kreis-unna'],
    dependsOnKeys: [],
    meetingIndex: null,
    status: 'umgesetzt',
    statusReason: '',
    statusPath: ['idee', 'in_pruefung', 'vertragsentwurf', 'beschlussreif', 'beschlossen', 'in_umsetzung', 'umgesetzt'],
    fields: {
      title: 'Gemeinsamer Datenschutzbeauftragter',
      description:
        'Seit 2013 teilen sich Bönen, Fröndenberg, Holzwickede, Kamen, Selm, Unna, Werne und der Kreis einen Datenschutzbeauftragten; Unna nimmt die Aufgabe wahr. Rund 100.000 € im Jahr werden geteilt; Laufzeit 5 Jahre, verlängert sich automatisch.',
      goals: 'Vorbild für weitere Beauftragte.',
      benefits: 'Fachlich spezialisierte Wahrnehmung der Aufgabe.',
      risks: '',
      responsible: 'Stadt Unna',
    },
  },
];

/**
 * The Beschlussvorschlag of each example proposal that is planned for a shipped meeting
 * (its `meetingIndex`): the example meetings get these as their agenda, in this order, so
 * a first start shows a meeting that can be presented and printed at once.
 */
export const EXAMPLE_DECISIONS: Readonly<Record<string, string>> = {
  'payroll-consortium':
    'Der Arbeitskreis empfiehlt, die Lizenzen der Personalabrechnungs- und Zeiterfassungsplattform gemeinsam zu beschaffen, und beauftragt Lünen mit dem Vertragsentwurf.',
  'it-consolidation': 'Der Arbeitskreis nimmt den Stand der Prüfung zur Kenntnis; Kreis Unna legt bis zur nächsten Sitzung ein Betriebskonzept vor.',
  'audit-district': 'Die Bürgermeisterkonferenz beauftragt den Kreis, Modelle einer kreisweiten Rechnungsprüfung zu prüfen.',
};

/** The example agenda of the shipped meeting at `meetingIndex` (date order): proposal keys with their Beschlussvorschlag. */
export function exampleAgenda(meetingIndex: number): { key: string; decisionRequested: string }[] {
  return EXAMPLE_PROPOSALS.filter((e) => e.meetingIndex === meetingIndex).map((e) => ({ key: e.key, decisionRequested: EXAMPLE_DECISIONS[e.key] ?? '' }));
}

export function exampleStatusHistory(path: readonly ProposalStatus[], reason: string, at: string): StatusHistoryEntry[] {
  return path.map((status, i) => ({
    status,
    at,
    by: 'Beispieldaten',
    reason: i === path.length - 1 ? reason : '',
  }));
}
