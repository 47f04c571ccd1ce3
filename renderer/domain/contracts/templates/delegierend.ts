/** Öffentlich-rechtliche Vereinbarung, delegating (§ 23 Abs. 1 Alt. 1 GkG NRW): one party takes the task over. */
import { ol, p, ph, template } from './build';
import { approvalAndPublication, disputes, entryIntoForce, sharesParagraphs, vatParagraph } from './shared';

export const DELEGIEREND = template(
  'delegierend',
  'Öffentlich-rechtliche Vereinbarung (delegierend)',
  'Eine Beteiligte übernimmt die Aufgabe in eigener Zuständigkeit (§ 23 Abs. 1 GkG NRW); die übrigen werden von ihr frei.',
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
      heading: 'Aufgabenübertragung',
      body: [
        p(
          '(1) Die übrigen Beteiligten (',
          ph('weitere_kommunen'),
          ') übertragen die in dieser Vereinbarung bezeichnete Aufgabe nach § 23 Abs. 1 GkG NRW auf ',
          ph('federfuehrend'),
          ' (im Folgenden „übernehmende Körperschaft“). Recht und Pflicht zur Erfüllung der Aufgabe gehen damit auf die übernehmende Körperschaft über.',
        ),
        p(
          '(2) Die übernehmende Körperschaft erfüllt die Aufgabe in eigener Zuständigkeit und nach den für sie geltenden Vorschriften. Sie erlässt, soweit erforderlich, die nötigen Satzungen und Verwaltungsakte.',
        ),
        p(
          '(3) Die übrigen Beteiligten stellen der übernehmenden Körperschaft die Unterlagen und Daten zur Verfügung, die sie zur Erfüllung der Aufgabe braucht.',
        ),
      ],
    },
    {
      role: 'mitwirkung',
      heading: 'Mitwirkungsrechte der Beteiligten',
      body: [
        p(
          '(1) Die Beteiligten bilden einen Lenkungskreis. Jede Beteiligte entsendet eine Vertreterin oder einen Vertreter. Der Lenkungskreis tritt mindestens einmal im Jahr zusammen.',
        ),
        p('(2) Der Lenkungskreis wird vor folgenden Entscheidungen der übernehmenden Körperschaft angehört:'),
        ol(
          'wesentliche Änderungen des Leistungsumfangs und der Qualitätsstandards,',
          'der Haushaltsansatz für die gemeinsamen Kosten,',
          'die Aufnahme weiterer Beteiligter.',
        ),
        p('(3) Die übernehmende Körperschaft berichtet den übrigen Beteiligten jährlich über die Erfüllung der Aufgabe und die entstandenen Kosten.'),
      ],
    },
    {
      role: 'kosten',
      heading: 'Kostenerstattung und Kostenverteilung',
      body: [
        p(
          '(1) Die übrigen Beteiligten erstatten der übernehmenden Körperschaft die Kosten der Aufgabenerfüllung als angemessene Entschädigung (§ 23 Abs. 4 GkG NRW).',
        ),
        ...sharesParagraphs().map((html, i) => (i < 2 ? html.replace('<p>', `<p>(${i + 2}) `) : html)),
        p(
          '(4) Die übernehmende Körperschaft erhebt vierteljährliche Abschläge auf der Grundlage des Haushaltsansatzes und rechnet bis zum 30. Juni des Folgejahres ab. Der Verteilungsschlüssel wird alle drei Jahre überprüft.',
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
          '(3) Scheidet eine Beteiligte aus, regeln die Beteiligten vor ihrem Ausscheiden die Rückübertragung der Aufgabe, den Übergang von Personal, Vermögen und Daten sowie den Ausgleich nicht gedeckter Kosten.',
        ),
      ],
    },
    {
      role: 'haftung',
      heading: 'Haftung',
      body: [
        p('(1) Gegenüber Dritten haftet die übernehmende Körperschaft für die Erfüllung der übertragenen Aufgabe.'),
        p(
          '(2) Im Verhältnis der Beteiligten zueinander haftet die übernehmende Körperschaft nur für Vorsatz und grobe Fahrlässigkeit. Schäden, die auch bei ordnungsgemäßer Erfüllung entstanden wären, gelten als gemeinsame Kosten.',
        ),
      ],
    },
    {
      role: 'datenschutz',
      heading: 'Datenschutz',
      body: [
        p(
          '(1) Mit der Aufgabe geht die Verantwortung für die Verarbeitung der dazu nötigen personenbezogenen Daten auf die übernehmende Körperschaft über (Art. 4 Nr. 7 DSGVO).',
        ),
        p(
          '(2) Die übrigen Beteiligten übermitteln ihr die Daten, die zur Erfüllung der Aufgabe erforderlich sind. Die übernehmende Körperschaft trifft die technischen und organisatorischen Maßnahmen nach Art. 32 DSGVO und unterrichtet die Beteiligten über Vorfälle, die ihre Daten betreffen.',
        ),
      ],
    },
    disputes,
    approvalAndPublication,
    entryIntoForce,
  ],
);
