/**
 * Vereinbarung über eine Einkaufsgemeinschaft: occasional joint procurement under § 4 VgV
 * (the Lünen payroll-platform case). Not an agreement under the GkG NRW: text form is
 * enough and no approval is needed.
 */
import { ol, p, ph, template } from './build';
import { partialInvalidity, sharesParagraphs, vatParagraph } from './shared';

export const EINKAUFSGEMEINSCHAFT = template(
  'einkaufsgemeinschaft',
  'Vereinbarung über eine Einkaufsgemeinschaft',
  'Gelegentliche gemeinsame Auftragsvergabe nach § 4 VgV; eine Beteiligte führt das Vergabeverfahren für alle.',
  [
    {
      role: 'gegenstand',
      heading: 'Gegenstand',
      body: [
        p('(1) Beteiligte dieser Vereinbarung sind: ', ph('kommunen'), '.'),
        p(
          '(2) Die Beteiligten beschaffen gemeinsam: ',
          ph('gegenstand'),
          '. Sie vergeben den Auftrag gelegentlich gemeinsam im Sinne des § 4 Abs. 1 der Vergabeverordnung (VgV).',
        ),
        p('(3) Beschreibung des Vorhabens: ', ph('beschreibung')),
      ],
    },
    {
      role: 'aufgabe',
      heading: 'Durchführung des Vergabeverfahrens',
      body: [
        p(
          '(1) ',
          ph('federfuehrend'),
          ' (im Folgenden „federführende Vergabestelle“) führt das Vergabeverfahren im Namen und für Rechnung aller Beteiligten durch.',
        ),
        p(
          '(2) Die federführende Vergabestelle bereitet die Vergabeunterlagen vor, veröffentlicht die Bekanntmachung, beantwortet Fragen der Bieter, wertet die Angebote aus und erteilt den Zuschlag nach Zustimmung der Beteiligten.',
        ),
        p(
          '(3) Die Beteiligten sind für die Einhaltung der vergaberechtlichen Bestimmungen gemeinsam verantwortlich, soweit sie das Verfahren gemeinsam durchführen (§ 4 Abs. 2 VgV). Jede Beteiligte schließt, soweit nichts anderes vereinbart ist, den Einzelvertrag über ihren Bedarf selbst ab.',
        ),
      ],
    },
    {
      role: 'mitwirkung',
      heading: 'Mitwirkungsrechte der Beteiligten',
      body: [
        p('(1) Jede Beteiligte meldet ihren Bedarf bis zu dem von der federführenden Vergabestelle bestimmten Tag verbindlich an.'),
        p('(2) Die Beteiligten stimmen gemeinsam ab über'),
        ol('die Leistungsbeschreibung,', 'die Eignungs- und Zuschlagskriterien,', 'den Zuschlag.'),
        p('(3) Jede Beteiligte benennt eine Ansprechperson und kann Einsicht in die Vergabeakte nehmen.'),
      ],
    },
    {
      role: 'kosten',
      heading: 'Kostenverteilung',
      body: [
        p(
          '(1) Die Kosten des Vergabeverfahrens und die gemeinsamen Kosten aus dem Auftrag tragen die Beteiligten gemeinsam. Kosten, die allein für den Bedarf einer Beteiligten entstehen, trägt diese selbst.',
        ),
        ...sharesParagraphs().map((html, i) => (i < 2 ? html.replace('<p>', `<p>(${i + 2}) `) : html)),
        vatParagraph().replace('<p>', '<p>(4) '),
      ],
    },
    {
      role: 'laufzeit',
      heading: 'Laufzeit und Kündigung',
      body: [
        p(
          '(1) Die Vereinbarung beginnt am ',
          ph('beginn'),
          ' und wird ',
          ph('laufzeit'),
          ' geschlossen. Sie endet spätestens mit dem Ende des gemeinsam vergebenen Auftrags.',
        ),
        p(
          '(2) Vor Beginn des Vergabeverfahrens kann jede Beteiligte ihre Teilnahme schriftlich beenden. Danach ist eine Kündigung nur aus wichtigem Grund möglich; die bis dahin entstandenen Kosten trägt die ausscheidende Beteiligte anteilig.',
        ),
      ],
    },
    {
      role: 'haftung',
      heading: 'Haftung',
      body: [
        p('(1) Die federführende Vergabestelle haftet den übrigen Beteiligten nur für Vorsatz und grobe Fahrlässigkeit.'),
        p(
          '(2) Schäden aus Nachprüfungsverfahren und Schadensersatzansprüche von Bietern tragen die Beteiligten im Innenverhältnis nach dem Verteilungsschlüssel, soweit sie nicht allein den Bedarf einer Beteiligten betreffen.',
        ),
      ],
    },
    {
      role: 'datenschutz',
      heading: 'Datenschutz',
      body: [
        p(
          '(1) Jede Beteiligte bleibt für die personenbezogenen Daten ihrer Beschäftigten verantwortlich, die mit der beschafften Leistung verarbeitet werden. Mit dem Anbieter schließt jede Beteiligte einen Vertrag über die Auftragsverarbeitung nach Art. 28 DSGVO.',
        ),
        p(
          '(2) Legen die Beteiligten Zwecke und Mittel einer Verarbeitung gemeinsam fest, etwa beim gemeinsamen Betrieb der Plattform, schließen sie eine Vereinbarung über die gemeinsame Verantwortlichkeit nach Art. 26 DSGVO.',
        ),
      ],
    },
    {
      role: 'streitbeilegung',
      heading: 'Streitbeilegung',
      body: [
        p(
          'Meinungsverschiedenheiten aus dieser Vereinbarung klären die Beteiligten zunächst in einem gemeinsamen Gespräch der Ansprechpersonen; gelingt keine Einigung, in einer Besprechung der Hauptverwaltungsbeamtinnen und Hauptverwaltungsbeamten.',
        ),
      ],
    },
    {
      role: 'inkrafttreten',
      heading: 'Inkrafttreten',
      body: [
        p('(1) Diese Vereinbarung bedarf der Textform. Sie tritt in Kraft, sobald alle Beteiligten ihr zugestimmt haben.'),
        partialInvalidity().replace('<p>', '<p>(2) '),
      ],
    },
  ],
);
