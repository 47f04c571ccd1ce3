/**
 * Outline of a Zweckverband statute (Verbandssatzung, §§ 7, 9 ff. GkG NRW): the required
 * parts (members, tasks, name, seat, form of announcements, cost-sharing key) and, marked
 * as optional in the section notes, organisation, withdrawal and winding-up.
 */
import { ol, p, ph, template } from './build';

const OPTIONAL = 'Optional: streichen, wenn die Satzung dazu nichts regeln soll.';

export const ZWECKVERBAND = template(
  'zweckverband',
  'Satzung eines Zweckverbands (Gliederung)',
  'Gliederung einer Verbandssatzung mit den Pflichtangaben; Organe, Austritt und Auflösung sind als optional gekennzeichnet.',
  [
    { role: 'mitglieder', heading: 'Verbandsmitglieder', body: [p('Mitglieder des Zweckverbands sind: ', ph('kommunen'), '.')] },
    {
      role: 'name',
      heading: 'Name und Sitz',
      body: [p('(1) Der Zweckverband führt den Namen „', ph('verbandsname'), '“.'), p('(2) Er hat seinen Sitz in ', ph('sitz'), '.')],
    },
    {
      role: 'aufgabe',
      heading: 'Aufgaben',
      body: [
        p('(1) Der Zweckverband erfüllt für seine Mitglieder im Aufgabenfeld „', ph('aufgabenfeld'), '“ die folgende Aufgabe: ', ph('gegenstand'), '.'),
        p('(2) Mit der Bildung des Zweckverbands gehen Recht und Pflicht der Mitglieder zur Erfüllung dieser Aufgabe auf den Zweckverband über.'),
      ],
    },
    {
      role: 'bekanntmachung',
      heading: 'Öffentliche Bekanntmachungen',
      body: [
        p('Öffentliche Bekanntmachungen des Zweckverbands erfolgen im amtlichen Veröffentlichungsblatt der Aufsichtsbehörde (', ph('aufsichtsbehoerde'), ').'),
      ],
    },
    {
      role: 'organe',
      heading: 'Organe',
      comment: OPTIONAL,
      body: [
        p('(1) Organe des Zweckverbands sind die Verbandsversammlung und die Verbandsvorsteherin oder der Verbandsvorsteher.'),
        p(
          '(2) Jedes Mitglied entsendet eine Vertreterin oder einen Vertreter in die Verbandsversammlung. Die Verbandsversammlung beschließt insbesondere über',
        ),
        ol('die Haushaltssatzung und den Stellenplan,', 'die Änderung dieser Satzung,', 'die Aufnahme weiterer Mitglieder.'),
      ],
    },
    {
      role: 'kosten',
      heading: 'Deckung des Finanzbedarfs',
      body: [
        p('(1) Soweit die sonstigen Erträge den Finanzbedarf nicht decken, erhebt der Zweckverband von seinen Mitgliedern eine Umlage.'),
        p('(2) Die Umlage wird ', ph('verteilschluessel'), ' auf die Mitglieder verteilt.'),
        p(
          '(3) Nach der Wirtschaftlichkeitsbetrachtung der Mitglieder für den Zeitraum ',
          ph('zeitraum'),
          ' ergeben sich voraussichtlich die folgenden Anteile (insgesamt ',
          ph('summe_gemeinsame_kosten'),
          '):',
        ),
        ph('anteile'),
      ],
    },
    {
      role: 'laufzeit',
      heading: 'Austritt',
      comment: OPTIONAL,
      body: [
        p(
          'Ein Mitglied kann mit einer Frist von zwei Jahren zum Ende eines Haushaltsjahres austreten, erstmals zum Ende des fünften vollen Haushaltsjahres nach Entstehen des Zweckverbands. Der Austritt bedarf der Zustimmung der Verbandsversammlung; sie regelt die Auseinandersetzung.',
        ),
      ],
    },
    {
      role: 'aufloesung',
      heading: 'Auflösung',
      comment: OPTIONAL,
      body: [
        p(
          'Bei der Auflösung geht das Vermögen nach dem Verhältnis der in den letzten fünf Jahren gezahlten Umlagen auf die Mitglieder über. Die Mitglieder übernehmen die Beschäftigten des Zweckverbands nach einer gesonderten Vereinbarung.',
        ),
      ],
    },
    {
      role: 'inkrafttreten',
      heading: 'Inkrafttreten',
      body: [
        p('Diese Satzung tritt am Tag nach ihrer öffentlichen Bekanntmachung durch die Aufsichtsbehörde in Kraft, frühestens jedoch am ', ph('beginn'), '.'),
      ],
    },
  ],
);
