/** Öffentlich-rechtliche Vereinbarung, mandating (§ 23 Abs. 1 Alt. 2 GkG NRW): one party carries the task out, the others stay responsible. */
import { ol, p, ph, template } from './build';
import { approvalAndPublication, disputes, entryIntoForce, sharesParagraphs, vatParagraph } from './shared';

export const MANDATIEREND = template(
  'mandatierend',
  'Öffentlich-rechtliche Vereinbarung (mandatierend)',
  'Eine Beteiligte führt die Aufgabe für die übrigen durch; diese bleiben Träger der Aufgabe (§ 23 Abs. 1 GkG NRW).',
  [
    {
      role: 'gegenstand',
      heading: 'Gegenstand',
      body: [
        p('(1) Beteiligte dieser Vereinbarung sind: ', ph('kommunen'), '.'),
        p('(2) Die Beteiligten arbeiten im Aufgabenfeld „', ph('aufgabenfeld'), '“ zusammen. Gegenstand dieser Vereinbarung ist: ', ph('gegenstand'), '.'),
        p('(3) Beschreibung des Vorhabens: ', ph('beschreibung')),
      ],
    },
    {
      role: 'aufgabe',
      heading: 'Durchführung der Aufgabe',
      body: [
        p(
          '(1) ',
          ph('federfuehrend'),
          ' (im Folgenden „durchführende Körperschaft“) verpflichtet sich nach § 23 Abs. 1 GkG NRW, die in dieser Vereinbarung bezeichnete Aufgabe für die übrigen Beteiligten (',
          ph('weitere_kommunen'),
          ') durchzuführen.',
        ),
        p(
          '(2) Die übrigen Beteiligten bleiben Träger der Aufgabe; ihre Rechte und Pflichten als Aufgabenträger bleiben unberührt. Sie können der durchführenden Körperschaft für ihren Bereich Weisungen erteilen.',
        ),
        p(
          '(3) Die durchführende Körperschaft handelt im Namen und im Auftrag der jeweils zuständigen Beteiligten. Art und Umfang der Leistungen sowie die Qualitätsstandards legen die Beteiligten in einer Leistungsbeschreibung fest, die Anlage dieser Vereinbarung ist.',
        ),
      ],
    },
    {
      role: 'mitwirkung',
      heading: 'Mitwirkungsrechte der Beteiligten',
      body: [
        p(
          '(1) Die Beteiligten bilden einen Lenkungskreis. Jede Beteiligte entsendet eine Vertreterin oder einen Vertreter. Der Lenkungskreis tritt mindestens zweimal im Jahr zusammen.',
        ),
        p('(2) Der Lenkungskreis beschließt insbesondere über'),
        ol('Änderungen der Leistungsbeschreibung,', 'den Wirtschaftsplan für die gemeinsamen Kosten,', 'die Aufnahme weiterer Beteiligter.'),
        p('(3) Jede Beteiligte kann jederzeit Auskunft über die Durchführung der Aufgabe in ihrem Bereich verlangen und Einsicht in die Unterlagen nehmen.'),
      ],
    },
    {
      role: 'kosten',
      heading: 'Kostenerstattung und Kostenverteilung',
      body: [
        p(
          '(1) Die übrigen Beteiligten erstatten der durchführenden Körperschaft die Kosten der Durchführung als angemessene Entschädigung (§ 23 Abs. 4 GkG NRW).',
        ),
        ...sharesParagraphs().map((html, i) => (i < 2 ? html.replace('<p>', `<p>(${i + 2}) `) : html)),
        p(
          '(4) Die durchführende Körperschaft erhebt vierteljährliche Abschläge auf der Grundlage des Wirtschaftsplans und rechnet bis zum 30. Juni des Folgejahres ab. Der Verteilungsschlüssel wird alle drei Jahre überprüft.',
        ),
        vatParagraph().replace('<p>', '<p>(5) '),
      ],
    },
    {
      role: 'laufzeit',
      heading: 'Laufzeit und Kündigung',
      body: [
        p('(1) Die Vereinbarung beginnt am ', ph('beginn'), ' und wird ', ph('laufzeit'), ' geschlossen.'),
        p(
          '(2) Jede Beteiligte kann die Vereinbarung mit einer Frist von zwölf Monaten zum Ende eines Haushaltsjahres schriftlich kündigen, erstmals zum Ende des fünften vollen Haushaltsjahres nach ihrem Inkrafttreten. Das Recht zur Kündigung aus wichtigem Grund bleibt unberührt.',
        ),
        p(
          '(3) Bei Beendigung gibt die durchführende Körperschaft den Beteiligten ihre Daten und Unterlagen in einem gängigen, maschinenlesbaren Format heraus und unterstützt den Übergang angemessen.',
        ),
      ],
    },
    {
      role: 'haftung',
      heading: 'Haftung',
      body: [
        p('(1) Gegenüber Dritten bleibt jede Beteiligte für die Erfüllung der Aufgabe in ihrem Bereich verantwortlich.'),
        p(
          '(2) Die durchführende Körperschaft haftet den übrigen Beteiligten nur für Vorsatz und grobe Fahrlässigkeit. Im Übrigen tragen die Beteiligten Schäden aus der Durchführung nach dem Verteilungsschlüssel für die gemeinsamen Kosten.',
        ),
      ],
    },
    {
      role: 'datenschutz',
      heading: 'Datenschutz',
      body: [
        p('(1) Jede Beteiligte bleibt für die Verarbeitung der personenbezogenen Daten in ihrem Bereich verantwortlich.'),
        p(
          '(2) Soweit die durchführende Körperschaft Daten ausschließlich nach Weisung einer Beteiligten verarbeitet, schließen beide einen Vertrag über die Auftragsverarbeitung nach Art. 28 DSGVO.',
        ),
        p(
          '(3) Soweit die Beteiligten Zwecke und Mittel der Verarbeitung gemeinsam festlegen, schließen sie eine Vereinbarung über die gemeinsame Verantwortlichkeit nach Art. 26 DSGVO, die Anlage dieser Vereinbarung ist.',
        ),
      ],
    },
    disputes,
    approvalAndPublication,
    entryIntoForce,
  ],
);
