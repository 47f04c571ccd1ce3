import { describe, expect, it } from 'vitest';
import { decodePdfString, outlineEntries, pdfPageCount } from '../../../renderer/domain/report/pdfOutline';
import { pdfTextString, withDocumentInfo } from '../../../renderer/domain/report/pdfInfo';
import { electronPrintOptions, playwrightPdfOptions, REPORT_MARGINS_MM, reportPageCss, cssString } from '../../../renderer/domain/report/printOptions';
import {
  DEFAULT_REPORT_SELECTION,
  defaultReportSelection,
  parseReportQuery,
  reportProposals,
  reportQuery,
  selectionSummary,
} from '../../../renderer/domain/report/selection';
import { tocPageNumbers } from '../../../renderer/domain/report/toc';
import type { Area, Meeting, Proposal } from '../../../renderer/domain/schemas';
import { sensitivitySentence } from '../../../renderer/domain/report/sensitivitySentence';
import { criticalDiscountRate, sensitivity } from '../../../renderer/domain/costs/sensitivity';
import { formatDecimal } from '../../../renderer/domain/format';
import { item, standard } from '../costs/calculated';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array) => String.fromCharCode(...b);

/**
 * A PDF shaped like Chromium's (Skia): a nested page tree, outline items with /Dest,
 * titles as literal and UTF-16 hex strings, a classic xref table and trailer.
 */
function chromiumLikePdf(extra: string[] = []): Uint8Array {
  const objects = [
    ...extra,
    '1 0 obj\n<</Creator (Chromium)\n/Producer (Skia/PDF m156)>>\nendobj',
    '2 0 obj\n<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>\nendobj',
    '3 0 obj\n<</Type /Pages\n/Parent 2 0 R\n/Kids [10 0 R 11 0 R]>>\nendobj',
    '4 0 obj\n<</Type /Pages\n/Parent 2 0 R\n/Kids [12 0 R]>>\nendobj',
    '10 0 obj\n<</Type /Page\n/Parent 3 0 R>>\nendobj',
    '11 0 obj\n<</Type /Page\n/Parent 3 0 R>>\nendobj',
    '12 0 obj\n<</Type /Page\n/Parent 4 0 R>>\nendobj',
    '20 0 obj\n<</Title (Zusammenfassung)\n/Dest [11 0 R /XYZ 50 780 0]\n/Parent 30 0 R>>\nendobj',
    `21 0 obj\n<</Title ${pdfTextString('1. Einkaufsgemeinschaft undZeit')}\n/Dest [12 0 R /XYZ 50 790 0]\n/Parent 30 0 R>>\nendobj`,
    '22 0 obj\n<</Title (Inhalt \\(Seiten\\))\n/Dest [10 0 R /XYZ 50 700 0]\n/Parent 30 0 R>>\nendobj',
    '23 0 obj\n<</Title (Berechnung je Jahr)\n/Dest [12 0 R /XYZ 50 500 0]\n/Parent 21 0 R>>\nendobj',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const o of objects) {
    offsets.push(body.length);
    body += `${o}\n`;
  }
  const xref = body.length;
  body += `xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 31\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return bytes(body);
}

describe('reading where the headings landed (outline of a Chromium PDF)', () => {
  it('walks the nested page tree and lists entries in document order', () => {
    const pdf = chromiumLikePdf();
    expect(pdfPageCount(pdf)).toBe(3);
    expect(outlineEntries(pdf)).toEqual([
      { title: 'Inhalt (Seiten)', page: 1 },
      { title: 'Zusammenfassung', page: 2 },
      { title: '1. Einkaufsgemeinschaft undZeit', page: 3 },
      { title: 'Berechnung je Jahr', page: 3 },
    ]);
  });

  it('decodes literal and UTF-16 strings', () => {
    expect(decodePdfString('(a\\(b\\) \\\\ c)')).toBe('a(b) \\ c');
    expect(decodePdfString(pdfTextString('Prüfung – Lünen'))).toBe('Prüfung – Lünen');
  });
});

describe('the table of contents', () => {
  it('takes each heading’s page from the outline in order, also for equal titles and wrapped headings', () => {
    const toc = [
      { id: 'a', title: 'Zusammenfassung' },
      { id: 'b', title: '1. Einkaufsgemeinschaft und Zeit' },
      { id: 'c', title: 'Bauhof' },
      { id: 'd', title: 'Bauhof' },
      { id: 'e', title: 'Glossar' },
    ];
    const outline = [
      { title: 'Inhalt', page: 2 },
      { title: 'Zusammenfassung', page: 3 },
      { title: '1. Einkaufsgemeinschaft undZeit', page: 5 },
      { title: 'Bauhof', page: 7 },
      { title: 'Berechnung je Jahr', page: 7 },
      { title: 'Bauhof', page: 9 },
    ];
    expect([...tocPageNumbers(toc, outline)]).toEqual([
      ['a', 3],
      ['b', 5],
      ['c', 7],
      ['d', 9],
    ]);
  });
});

describe('document information', () => {
  it('appends an incremental update with title, author and subject; the printed bytes stay', () => {
    const pdf = chromiumLikePdf();
    const out = withDocumentInfo(pdf, { title: 'Bericht: Bürgermeisterkonferenz', author: 'Erika Kämmerer', subject: 'IKZ' });
    expect(text(out.subarray(0, pdf.length))).toBe(text(pdf));
    const update = text(out.subarray(pdf.length));
    expect(update).toContain(`/Title ${pdfTextString('Bericht: Bürgermeisterkonferenz')}`);
    expect(update).toContain(`/Author ${pdfTextString('Erika Kämmerer')}`);
    expect(update).toMatch(/\/Prev \d+/);
    // the new xref entry points at the new object
    const offset = Number(/xref\n1 1\n(\d{10}) 00000 n/.exec(update)![1]);
    expect(text(out.subarray(offset, offset + 8))).toBe('1 0 obj\n');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(update)![1]);
    expect(text(out.subarray(startxref, startxref + 4))).toBe('xref');
  });
});

describe('a printed PDF with binary content (fonts, images, compressed streams)', () => {
  // Every byte value once, 0x80–0x9F included (the decoder maps those to other characters).
  const binary = `40 0 obj\n<</Length 256>>\nstream\n${Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('')}\nendstream\nendobj`;

  it('is read and updated byte for byte: same outline and pages, offsets still right', () => {
    const pdf = chromiumLikePdf([binary]);
    expect(pdfPageCount(pdf)).toBe(3);
    expect(outlineEntries(pdf).map((e) => e.page)).toEqual([1, 2, 3, 3]);
    const out = withDocumentInfo(pdf, { title: 'Bericht', author: 'A', subject: 'S' });
    expect([...out.subarray(0, pdf.length)]).toEqual([...pdf]);
    const update = text(out.subarray(pdf.length));
    expect(update).toContain('/Producer (Skia/PDF m156)');
    const offset = Number(/xref\n1 1\n(\d{10}) 00000 n/.exec(update)![1]);
    expect(text(out.subarray(offset, offset + 8))).toBe('1 0 obj\n');
  });
});

describe('the shared print options', () => {
  it('say the same to Electron and to Playwright, every option explicit', () => {
    const e = electronPrintOptions();
    const p = playwrightPdfOptions();
    expect(e.pageSize).toBe('A4');
    expect(p.format).toBe('A4');
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      expect(e.margins[side] * 25.4).toBeCloseTo(REPORT_MARGINS_MM[side], 2);
      expect(p.margin[side]).toBe(`${REPORT_MARGINS_MM[side]}mm`);
    }
    expect([e.generateTaggedPDF, e.generateDocumentOutline, e.printBackground, e.preferCSSPageSize]).toEqual([true, true, true, true]);
    expect([p.tagged, p.outline, p.printBackground, p.preferCSSPageSize]).toEqual([true, true, true, true]);
    expect([e.landscape, p.landscape, e.displayHeaderFooter, p.displayHeaderFooter]).toEqual([false, false, false, false]);
    expect(e.scale).toBe(1);
    expect(p.scale).toBe(1);
  });

  it('puts the same margins and the page numbers into the @page rule; no title can break out of it', () => {
    const css = reportPageCss('Bericht "A" } @page { x');
    expect(css).toContain(`margin: ${REPORT_MARGINS_MM.top}mm ${REPORT_MARGINS_MM.right}mm ${REPORT_MARGINS_MM.bottom}mm ${REPORT_MARGINS_MM.left}mm`);
    expect(css).toContain('"Seite " counter(page) " von " counter(pages)');
    expect(cssString('a"b\\c\n</style>')).toBe('"a\\"b\\\\c \\3c /style\\3e "');
  });
});

describe('the report’s selection', () => {
  const areas = [
    { id: 'it', name: 'IT' },
    { id: 'bau', name: 'Bauhöfe' },
  ] as Area[];
  const p = (id: string, title: string, areaId: string, o: Partial<Proposal> = {}) =>
    ({ id, title, areaId, leadPartyId: 'kamen', participantIds: ['unna'], isExample: false, ...o }) as Proposal;
  const proposals = [
    p('p1', 'Zentraler Einkauf', 'bau'),
    p('p2', 'Bauhof', 'bau', { isExample: true }),
    p('p3', 'Rechenzentrum', 'it', { leadPartyId: 'selm', participantIds: [] }),
  ];
  const meeting = { id: 'm1', agenda: [{ proposalId: 'p3' }, { proposalId: 'p1' }, { proposalId: 'gone' }, { proposalId: 'p3' }] } as unknown as Meeting;

  it('survives the trip through the print route’s query, and falls back on nonsense', () => {
    const s = {
      ...DEFAULT_REPORT_SELECTION,
      source: 'meeting' as const,
      meetingId: 'm1',
      scenario: 'optimistisch' as const,
      includeExamples: false,
      partyId: 'kamen',
    };
    expect(parseReportQuery(reportQuery(s))).toEqual(s);
    const areasOnly = { ...DEFAULT_REPORT_SELECTION, source: 'areas' as const, areaIds: ['it', 'bau'] };
    expect(parseReportQuery(reportQuery(areasOnly))).toEqual(areasOnly);
    expect(parseReportQuery('quelle=x&szenario=y&vorschlaege=a,<script>,b&kommune=../x')).toEqual({ ...DEFAULT_REPORT_SELECTION, proposalIds: ['a', 'b'] });
  });

  it('keeps a meeting’s agenda order, once per proposal, without deleted proposals', () => {
    const s = { ...DEFAULT_REPORT_SELECTION, source: 'meeting' as const, meetingId: 'm1' };
    expect(reportProposals(s, proposals, areas, [meeting]).map((x) => x.id)).toEqual(['p3', 'p1']);
    expect(reportProposals({ ...s, meetingId: 'other' }, proposals, areas, [meeting])).toEqual([]);
  });

  it('orders chosen areas and proposals by area and title; leaves out examples and proposals of other towns on request', () => {
    const areasSel = { ...DEFAULT_REPORT_SELECTION, source: 'areas' as const, areaIds: ['bau', 'it'] };
    expect(reportProposals(areasSel, proposals, areas, []).map((x) => x.id)).toEqual(['p3', 'p2', 'p1']);
    expect(reportProposals({ ...areasSel, includeExamples: false }, proposals, areas, []).map((x) => x.id)).toEqual(['p3', 'p1']);
    expect(reportProposals({ ...areasSel, partyId: 'unna' }, proposals, areas, []).map((x) => x.id)).toEqual(['p2', 'p1']);
    const chosen = { ...DEFAULT_REPORT_SELECTION, proposalIds: ['p1', 'p3'] };
    expect(reportProposals(chosen, proposals, areas, []).map((x) => x.id)).toEqual(['p3', 'p1']);
    expect(reportProposals(DEFAULT_REPORT_SELECTION, proposals, areas, [])).toEqual([]);
  });

  it('opens with something to print: the next meeting with an agenda, else the own open proposals (QA: the builder opened empty)', () => {
    const at = (id: string, date: string, agenda: string[]) =>
      ({ id, date, title: `Sitzung ${id}`, agenda: agenda.map((proposalId) => ({ proposalId })) }) as unknown as Meeting;
    const today = '2027-02-01';
    const meetings = [at('past', '2027-01-10', ['p1']), at('april', '2027-04-14', ['p3']), at('march', '2027-03-10', ['p1']), at('may', '2027-05-01', [])];
    expect(defaultReportSelection(meetings, proposals, today)).toEqual({ ...DEFAULT_REPORT_SELECTION, source: 'meeting', meetingId: 'march' });
    // The meeting day itself still counts as ahead.
    expect(defaultReportSelection(meetings, proposals, '2027-03-10').meetingId).toBe('march');
    // No agenda ahead: every open proposal that is not an example.
    const dropped = p('p4', 'Verworfen', 'it', { status: 'verworfen' });
    expect(defaultReportSelection([meetings[0]!, meetings[3]!], [...proposals, dropped], today)).toEqual({
      ...DEFAULT_REPORT_SELECTION,
      proposalIds: ['p1', 'p3'],
    });
    // Only examples: the examples (the report marks them).
    expect(defaultReportSelection([], [proposals[1]!], today).proposalIds).toEqual(['p2']);
  });

  it('says what the report contains', () => {
    const meeting = { id: 'm1', title: 'Arbeitskreis der Kämmerer (März 2027)' } as Meeting;
    const s = { ...DEFAULT_REPORT_SELECTION, source: 'meeting' as const, meetingId: 'm1' };
    expect(selectionSummary(s, proposals.slice(0, 2), meeting, [])).toBe(
      'Im Bericht: 2 Vorschläge aus der Tagesordnung „Arbeitskreis der Kämmerer (März 2027)“, davon 1 Beispielvorschlag.',
    );
    expect(selectionSummary({ ...s, source: 'areas' }, [proposals[0]!], null, ['Bauhöfe'])).toBe('Im Bericht: 1 Vorschlag aus dem Aufgabenfeld Bauhöfe.');
    expect(selectionSummary(DEFAULT_REPORT_SELECTION, [], null, [])).toBe('Im Bericht: keine Vorschläge (noch keine gewählt).');
  });
});

describe('the sensitivity in one sentence', () => {
  it('says how far the cooperation costs may rise and at which rate the Kapitalwert is zero, as the proposal page shows them', () => {
    const calc = item({ lines: standard }).calc;
    const sentence = sensitivitySentence(calc);
    const koop = sensitivity(calc)[0]!.criticalChangePercent!;
    expect(koop).toBeGreaterThan(0);
    expect(sentence).toContain(`bis die Kosten der Kooperation um ${formatDecimal(koop)} % steigen`);
    const rate = criticalDiscountRate(calc.rows.map((r) => r.savings));
    expect(sentence).toContain(rate === null ? 'kein Diskontierungszinssatz' : `${formatDecimal(rate)} %`);
    expect(sentence.endsWith('.')).toBe(true);
  });
});
