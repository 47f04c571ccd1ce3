/**
 * Sections that several templates share, written once. Paragraph numbers „(1)“ are
 * part of the text; § numbers are not (they follow the section order).
 */
import { p, ph, type SectionSpec } from './build';

export function sharesParagraphs(): string[] {
  return [
    p('Die gemeinsamen Kosten werden ', ph('verteilschluessel'), ' auf die Beteiligten verteilt.'),
    p(
      'Nach der Wirtschaftlichkeitsbetrachtung der Beteiligten für den Zeitraum ',
      ph('zeitraum'),
      ' ergeben sich voraussichtlich die folgenden Anteile an den gemeinsamen Kosten (insgesamt ',
      ph('summe_gemeinsame_kosten'),
      '). Abgerechnet werden die tatsächlich entstandenen Kosten.',
    ),
    ph('anteile'),
  ];
}

export function vatParagraph(): string {
  return p(
    'Soweit Leistungen nach dieser Vereinbarung nach § 2b des Umsatzsteuergesetzes der Umsatzsteuer unterliegen, verstehen sich alle Beträge zuzüglich der gesetzlichen Umsatzsteuer. Die Beteiligten prüfen die umsatzsteuerliche Behandlung vor Beginn der Zusammenarbeit gemeinsam.',
  );
}

export const disputes: SectionSpec = {
  role: 'streitbeilegung',
  heading: 'Streitbeilegung',
  body: [
    p(
      '(1) Meinungsverschiedenheiten aus dieser Vereinbarung legen die Beteiligten zunächst dem Lenkungskreis vor und bemühen sich um eine einvernehmliche Lösung.',
    ),
    p(
      '(2) Gelingt keine Einigung, rufen die Beteiligten vor Beschreiten des Rechtswegs die Aufsichtsbehörde (',
      ph('aufsichtsbehoerde'),
      ') zur Schlichtung an.',
    ),
  ],
};

export function partialInvalidity(): string {
  return p(
    'Sollte eine Bestimmung dieser Vereinbarung unwirksam sein oder werden, bleibt die Vereinbarung im Übrigen wirksam. Die Beteiligten ersetzen die unwirksame Bestimmung durch eine wirksame, die dem Gewollten am nächsten kommt.',
  );
}

export const approvalAndPublication: SectionSpec = {
  role: 'genehmigung',
  heading: 'Genehmigung und Bekanntmachung',
  body: [
    p('(1) Diese Vereinbarung bedarf der Schriftform und der Genehmigung der Aufsichtsbehörde (', ph('aufsichtsbehoerde'), ', § 24 Abs. 2 GkG NRW).'),
    p('(2) Die Genehmigung gilt als erteilt, wenn die Aufsichtsbehörde nicht innerhalb von vier Wochen nach Eingang der Vereinbarung widerspricht.'),
    p(
      '(3) Die Aufsichtsbehörde macht die Vereinbarung und ihre Genehmigung in ihrem amtlichen Veröffentlichungsblatt bekannt. Die Beteiligten weisen in der für ihre öffentlichen Bekanntmachungen vorgeschriebenen Form auf die Veröffentlichung hin.',
    ),
  ],
};

export const entryIntoForce: SectionSpec = {
  role: 'inkrafttreten',
  heading: 'Inkrafttreten',
  body: [
    p(
      '(1) Diese Vereinbarung tritt am Tag nach ihrer Bekanntmachung im amtlichen Veröffentlichungsblatt der Aufsichtsbehörde in Kraft, frühestens jedoch am ',
      ph('beginn'),
      '.',
    ),
    partialInvalidity().replace('<p>', '<p>(2) '),
  ],
};
