import { noteForPaper } from '../../domain/report/noteForPaper';
import { memo } from 'react';
import { CumulativeSavingsChart } from '../../charts/CumulativeSavingsChart';
import { hasCostData, partiesPayingMore } from '../../domain/costs/aggregate';
import { formatDecimal, formatEuroCents } from '../../domain/format';
import { sensitivitySentence } from '../../domain/report/sensitivitySentence';
import type { Area, Party } from '../../domain/schemas';
import { STATUS_LABELS } from '../../domain/status';
import { PartySharesTable } from '../../ui/calculation/PartySharesTable';
import { YearTable } from '../../ui/calculation/YearTable';
import { MissingData, REPORT_CHART_WIDTH, ReportFigure } from './ReportFigure';
import type { ReportSection } from './useReportData';
import { fundingThresholdText } from '../../domain/figures/labels';

const percent = (v: number | null) => (v === null ? '–' : `${formatDecimal(v)} %`);

/** One proposal: what it is, who takes part, and its calculation as on the proposal page. */
// Memoised: the second print pass changes only the table of contents.
export const ReportProposalSection = memo(function ReportProposalSection({
  section,
  heading,
  headingId,
  areas,
  parties,
  party,
}: {
  section: ReportSection;
  heading: string;
  headingId: string;
  areas: readonly Area[];
  parties: readonly Party[];
  party: Party | null;
}) {
  const { proposal: p, item, view } = section;
  const name = (id: string) => parties.find((x) => x.id === id)?.name ?? 'Unbekannt';
  const has = view !== null && hasCostData(view.calc);
  const c = view?.calc;
  const payingMore = item && has ? partiesPayingMore(item.calc) : [];
  const who = party ? ` ${party.name}` : '';
  const funding = fundingThresholdText(item?.calc.runningCostReductionPercent ?? null, item?.calc.fundingThresholdMet ?? false);
  return (
    <section className={`report-chapter report-proposal${has ? '' : ' report-nodata'}`} aria-labelledby={headingId} data-testid="report-proposal">
      <h2 id={headingId} className="report-wrap">
        {heading}
      </h2>
      <dl className="report-meta">
        <div>
          <dt>Aufgabenfeld</dt>
          <dd>{areas.find((a) => a.id === p.areaId)?.name ?? 'Unbekannt'}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {STATUS_LABELS[p.status]}
            {p.statusReason ? ` (${p.statusReason})` : ''}
            {p.isExample ? ' · Beispielvorschlag' : ''}
          </dd>
        </div>
        <div>
          <dt>Beteiligte</dt>
          <dd>
            {name(p.leadPartyId)} (federführend){p.participantIds.length > 0 ? `, ${p.participantIds.map(name).join(', ')}` : ''}
          </dd>
        </div>
      </dl>
      {p.description.trim() ? <p className="report-text report-wrap">{p.description}</p> : <p className="report-note">Keine Beschreibung erfasst.</p>}
      {!has || !c || !item ? (
        <MissingData>
          Für diesen Vorschlag sind noch keine Kostendaten erfasst. Kapitalwert, Break-even, Berechnung je Jahr, Diagramm und Sensitivität folgen, sobald die
          Kosten des Ist-Zustands und der Kooperation erfasst sind.
        </MissingData>
      ) : (
        <>
          <dl className="report-keyfigures">
            <div>
              <dt>Kapitalwert{who}</dt>
              <dd data-testid="report-kapitalwert">{formatEuroCents(Math.round(c.kapitalwert))}</dd>
            </div>
            <div>
              <dt>Break-even</dt>
              <dd>{c.breakEvenYear ?? 'nicht im Zeitraum'}</dd>
            </div>
            <div>
              <dt>Einsparung gegenüber Ist</dt>
              <dd>{percent(c.totals.savingsPercent)}</dd>
            </div>
            <div>
              {/* The threshold is the whole proposal's (all parties), also in a town's report. */}
              <dt>
                {funding.label}
                {party ? ' (gesamter Vorschlag)' : ''}
              </dt>
              <dd data-testid="report-funding">{funding.verdict}</dd>
              <dd className="report-hint">{funding.change}</dd>
            </div>
          </dl>
          {payingMore.length > 0 ? (
            <p className="report-warning">
              {payingMore.length === 1 ? 'Eine Kommune zahlt' : `${payingMore.length} Kommunen zahlen`} mit der Kooperation mehr als heute:{' '}
              {payingMore.map((x) => `${name(x.partyId)} ${formatEuroCents(x.extraCost)} mehr über den Zeitraum`).join('; ')}.
            </p>
          ) : null}
          {c.warnings.map((w) => (
            <p key={w} className="report-note">
              {noteForPaper(w)}
            </p>
          ))}
          <h3>Berechnung{who} je Jahr</h3>
          <YearTable c={c} label={`Berechnung${who} je Jahr: ${section.name}`} plain />
          <ReportFigure caption={`Einsparung und kumulierte Einsparung${who}`}>
            <CumulativeSavingsChart data={c.rows} breakEvenYear={c.breakEvenYear} width={REPORT_CHART_WIDTH} height={230} animate={false} paper />
          </ReportFigure>
          <PartySharesTable
            parties={item.calc.parties}
            paysMore={new Set(payingMore.map((x) => x.partyId))}
            partyName={name}
            headingId={`${headingId}-anteile`}
            plain
          />
          <h3>Sensitivität{party ? ' (gesamter Vorschlag)' : ''}</h3>
          <p className="report-text">{sensitivitySentence(item.calc)}</p>
        </>
      )}
    </section>
  );
});
