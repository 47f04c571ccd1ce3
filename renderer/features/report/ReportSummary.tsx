import { memo } from 'react';
import '../../ui/calculation/calcTable.css';
import { AreaSavingsChart } from '../../charts/AreaSavingsChart';
import { formatEuroWhole } from '../../charts/chartFormat';
import { CumulativeSavingsChart } from '../../charts/CumulativeSavingsChart';
import { IstKoopChart } from '../../charts/IstKoopChart';
import { PartySavingsChart } from '../../charts/PartySavingsChart';
import { hasCostData } from '../../domain/costs/aggregate';
import { formatEuroCents } from '../../domain/format';
import { STATUS_LABELS } from '../../domain/status';
import type { ReportData } from './useReportData';
import { MissingData, REPORT_CHART_WIDTH, ReportFigure } from './ReportFigure';
import { kapitalwertBasis } from '../../domain/figures/labels';

type Ready = Required<Pick<ReportData, 'figures' | 'sections' | 'areas'>> & Pick<ReportData, 'party' | 'leftOut'>;

/** Key figures and charts of the whole selection, from dashboardData like the Übersicht. */
// Memoised: the second print pass changes only the table of contents.
export const ReportSummary = memo(function ReportSummary({
  figures: d,
  sections,
  areas,
  party,
  leftOut,
  includeExamples,
}: Ready & { includeExamples: boolean }) {
  if (!d || !sections || !areas) return null;
  const f = d.figures;
  const ex = d.fromExamples;
  const who = party ? ` ${party.name}` : '';
  const money = (cents: number) => (d.hasData ? formatEuroWhole(cents) : '–');
  const payingMore = sections.filter((s) => s.view && hasCostData(s.view.calc) && s.view.calc.totals.savings < 0);
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  return (
    <>
      {sections.length === 0 ? (
        <MissingData>
          Für diesen Bericht sind keine Vorschläge ausgewählt. Wählen Sie einen Termin mit Tagesordnung, Aufgabenfelder oder einzelne Vorschläge.
        </MissingData>
      ) : null}
      {leftOut > 0 && party ? (
        <p className="report-note">
          {leftOut === 1 ? 'Ein Vorschlag der Auswahl ist' : `${leftOut} Vorschläge der Auswahl sind`} nicht enthalten, weil {party.name} daran nicht beteiligt
          ist.
        </p>
      ) : null}
      {includeExamples && ex.counted > 0 ? (
        <p className="report-note" data-testid="report-example-note">
          Die Zahlen enthalten Beispieldaten: {ex.counted} der {f.counted} eingerechneten Vorschläge sind mitgelieferte Beispiele.
        </p>
      ) : null}
      <dl className="report-keyfigures" data-testid="report-key-figures">
        <div>
          <dt>Jährliche Einsparung{who} bei voller Wirkung</dt>
          <dd>{money(f.annualSavingsFullEffect)}</dd>
        </div>
        <div>
          <dt>Kapitalwert{who} (Summe)</dt>
          <dd>{money(f.kapitalwert)}</dd>
          {d.hasData && d.referenceYear !== null ? <dd className="report-hint">{kapitalwertBasis(d.referenceYear)}</dd> : null}
        </div>
        {party ? (
          <div>
            <dt>Anteil {party.name} an gemeinsamen Kosten</dt>
            <dd>{money(f.jointShare)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Eingerechnete Vorschläge</dt>
          <dd>{f.counted}</dd>
        </div>
        <div>
          <dt>Beschlussreif</dt>
          <dd>{f.readyForDecision}</dd>
        </div>
        <div>
          <dt>Förderschwelle NRW (mindestens 15 %) erreicht</dt>
          <dd>{f.fundingEligible}</dd>
        </div>
      </dl>
      {!d.hasData && sections.length > 0 ? (
        <MissingData>
          Für die ausgewählten Vorschläge sind noch keine Kostendaten erfasst; Einsparungen, Kapitalwert und Diagramme folgen, sobald sie erfasst sind.
        </MissingData>
      ) : null}
      {party ? (
        <div className="report-block" data-testid="report-paying-more">
          <h3>Wo {party.name} mehr zahlt als heute</h3>
          {payingMore.length === 0 ? (
            <p>In keinem der Vorschläge mit Kostendaten zahlt {party.name} über den Zeitraum mehr als heute.</p>
          ) : (
            <ul>
              {payingMore.map((s) => (
                <li key={s.proposal.id}>
                  {s.name}: {formatEuroCents(-s.view!.calc.totals.savings)} mehr über den Zeitraum
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {d.areaChart.length > 0 ? (
        <ReportFigure caption={`Erwartete Einsparung${who} je Aufgabenfeld (gesamter Zeitraum)`}>
          <AreaSavingsChart data={d.areaChart} width={REPORT_CHART_WIDTH} animate={false} paper />
        </ReportFigure>
      ) : null}
      {d.hasData ? (
        <ReportFigure
          caption={`Kumulierte Einsparung${who} über die Jahre`}
          note={d.cumulativeBreakEven ? `Break-even: ${d.cumulativeBreakEven}` : 'Kein Break-even im Betrachtungszeitraum.'}
        >
          <CumulativeSavingsChart data={d.years} breakEvenYear={d.cumulativeBreakEven} width={REPORT_CHART_WIDTH} height={260} animate={false} paper />
        </ReportFigure>
      ) : null}
      {!party && d.partyChart.length > 0 && d.areasInParty.length > 0 ? (
        <ReportFigure caption="Einsparung je Kommune nach Aufgabenfeld (gesamter Zeitraum)">
          <PartySavingsChart data={d.partyChart} areas={d.areasInParty} width={REPORT_CHART_WIDTH} animate={false} paper />
        </ReportFigure>
      ) : null}
      {d.istKoopChart.length > 0 ? (
        <ReportFigure
          caption={`Kosten${who} Ist und Kooperation je Vorschlag (gesamter Zeitraum)`}
          note={
            d.istKoop.length > d.istKoopChart.length
              ? `Die ${d.istKoopChart.length} größten von ${d.istKoop.length} Vorschlägen; alle stehen in der Tabelle unten.`
              : undefined
          }
        >
          <IstKoopChart data={d.istKoopChart} width={REPORT_CHART_WIDTH} animate={false} paper />
        </ReportFigure>
      ) : null}
      {sections.length > 0 ? (
        <table className="calc-table report-table" aria-label="Vorschläge im Überblick">
          <caption>Vorschläge im Überblick</caption>
          <thead>
            <tr>
              <th>Nr.</th>
              <th>Vorschlag</th>
              <th>Aufgabenfeld</th>
              <th>Status</th>
              <th className="calc-num">Kapitalwert{who}</th>
              <th className="calc-num">Break-even</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s, i) => {
              const has = s.view !== null && hasCostData(s.view.calc);
              return (
                <tr key={s.proposal.id}>
                  <td>{i + 1}</td>
                  <td className="report-wrap">{s.name}</td>
                  <td className="report-wrap report-area">{areaName.get(s.proposal.areaId) ?? 'Unbekannt'}</td>
                  <td>{STATUS_LABELS[s.proposal.status]}</td>
                  <td className="calc-num">{has ? formatEuroCents(Math.round(s.view!.calc.kapitalwert)) : 'keine Kostendaten'}</td>
                  <td className="calc-num">{has ? (s.view!.calc.breakEvenYear ?? 'nicht im Zeitraum') : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </>
  );
});
