import { reportAuthor } from '../../domain/report/pdfInfo';
import { reportPageCss, reportSheetCss } from '../../domain/report/printOptions';
import { DEFAULT_SETTINGS } from '../../domain/vocabulary';
import type { ReportSelection } from '../../domain/report/selection';
import type { TocEntry } from '../../domain/report/toc';
import { SCENARIO_LABELS } from '../../domain/costs/scenarios';
import type { Contract } from '../../domain/contracts/model';
import { ReportAssumptions, ReportGlossary } from './ReportAppendix';
import { CONTRACTS_TOC, ReportContracts } from './ReportContracts';
import { ReportProposalSection } from './ReportProposalSection';
import { ReportSummary } from './ReportSummary';
import { REPORT_BODY, REPORT_DISTRICT, reportTexts } from './reportText';
import type { ReportData } from './useReportData';
// The app's fonts (main.tsx) plus true italics for the notes. (Adding the Latin Extended
// subsets made Chromium write each numbered heading twice into the PDF outline.)
import '@fontsource/noto-sans/latin-400-italic.css';
import './report.css';

/** The headings the table of contents lists, in document order, with their exact text. */
export function reportToc(sections: ReportData['sections'], contracts = false): TocEntry[] {
  return [
    { id: 'zusammenfassung', title: 'Zusammenfassung' },
    ...(sections ?? []).map((s, i) => ({ id: `vorschlag-${s.proposal.id}`, title: `${i + 1}. ${s.name}` })),
    { id: 'annahmen', title: 'Anhang: Annahmen der Berechnung' },
    { id: 'glossar', title: 'Glossar' },
    ...(contracts ? [CONTRACTS_TOC] : []),
  ];
}

/**
 * The report as one A4 document: cover, contents, summary, one chapter per proposal,
 * assumptions and glossary. The same component is the builder's preview and the print
 * route, so the preview shows what is printed.
 */
export function ReportDocument({
  data,
  selection,
  today,
  tocPages,
  contracts,
}: {
  data: ReportData;
  selection: ReportSelection;
  today: string;
  /** Drafts to append („Vertragsentwürfe anhängen“); undefined: the option is off. */
  contracts?: Contract[];
  /** Page per TOC entry once known (second print pass); blank before. */
  tocPages: ReadonlyMap<string, number>;
}) {
  const { figures, sections, areas, parties, plans, calcSettings, settings } = data;
  if (!data.ready || !figures || !sections || !areas || !parties || !plans || !calcSettings || !settings) return null;
  const author = reportAuthor(settings.userName, DEFAULT_SETTINGS.userName);
  const t = reportTexts(data.meeting, data.party, today);
  const toc = reportToc(sections, contracts !== undefined);
  const heading = new Map(toc.map((e) => [e.id, e.title]));
  return (
    <article className="report" lang="de" aria-label={`Bericht: ${t.fullTitle}`} data-testid="report-document">
      <style>{`${reportPageCss(t.fullTitle)}\n${reportSheetCss()}`}</style>
      <header className="report-cover">
        <p className="report-cover-district">
          {REPORT_DISTRICT} · {REPORT_BODY}
        </p>
        <h1 className="report-wrap">{t.title}</h1>
        <p className="report-cover-occasion">{t.occasion}</p>
        <dl className="report-cover-facts">
          <div>
            <dt>Datum</dt>
            <dd>{t.date}</dd>
          </div>
          {data.meeting?.location ? (
            <div>
              <dt>Ort</dt>
              <dd>{data.meeting.location}</dd>
            </div>
          ) : null}
          <div>
            <dt>Perspektive</dt>
            <dd>{t.perspective}</dd>
          </div>
          <div>
            <dt>Szenario</dt>
            <dd>{SCENARIO_LABELS[selection.scenario]}</dd>
          </div>
          <div>
            <dt>Vorschläge</dt>
            <dd>{sections.length}</dd>
          </div>
          <div>
            <dt>Beispieldaten</dt>
            <dd>{selection.includeExamples ? 'eingerechnet, soweit ausgewählt' : 'nicht eingerechnet'}</dd>
          </div>
          {author ? (
            <div>
              <dt>Erstellt von</dt>
              <dd>{author}</dd>
            </div>
          ) : null}
        </dl>
      </header>
      <nav className="report-toc" aria-labelledby="inhalt-titel">
        <h2 id="inhalt-titel">Inhalt</h2>
        <ol>
          {toc.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`} className="report-wrap">
                {e.title}
              </a>
              <span className="report-toc-page" data-toc-page={e.id}>
                {tocPages.get(e.id) ?? ''}
              </span>
            </li>
          ))}
        </ol>
      </nav>
      <section className="report-chapter" aria-labelledby="zusammenfassung">
        <h2 id="zusammenfassung">{heading.get('zusammenfassung')}</h2>
        <ReportSummary
          figures={figures}
          sections={sections}
          areas={areas}
          party={data.party}
          leftOut={data.leftOut}
          includeExamples={selection.includeExamples}
        />
      </section>
      {sections.map((s) => {
        const id = `vorschlag-${s.proposal.id}`;
        return <ReportProposalSection key={id} section={s} heading={heading.get(id)!} headingId={id} areas={areas} parties={parties} party={data.party} />;
      })}
      <section className="report-chapter" aria-labelledby="annahmen">
        <h2 id="annahmen">{heading.get('annahmen')}</h2>
        <ReportAssumptions sections={sections} plans={plans} calcSettings={calcSettings} scenario={selection.scenario} referenceYear={figures.referenceYear} />
      </section>
      <section className="report-chapter" aria-labelledby="glossar">
        <h2 id="glossar">{heading.get('glossar')}</h2>
        <ReportGlossary />
      </section>
      {contracts ? <ReportContracts contracts={contracts} sections={sections} parties={parties} /> : null}
    </article>
  );
}
