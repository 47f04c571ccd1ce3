/** The slides about all proposals of the deck: title, key figures, areas, cumulative savings. */
import { AreaSavingsChart } from '../../../charts/AreaSavingsChart';
import { formatEuroWhole } from '../../../charts/chartFormat';
import { CumulativeSavingsChart } from '../../../charts/CumulativeSavingsChart';
import { countsInTotals, hasCostData } from '../../../domain/costs/aggregate';
import { SCENARIO_LABELS } from '../../../domain/costs/scenarios';
import { STATUS_LABELS } from '../../../domain/status';
import { formatDate } from '../../../domain/format';
import { type Proposal } from '../../../domain/schemas';
import { MEETING_KIND_LABELS } from '../../../domain/vocabulary';
import type { PresentationData } from '../usePresentationData';
import { bodySize, FigureTile, SlideFrame, type SlideContext } from './SlideFrame';
import { kapitalwertBasis } from '../../../domain/figures/labels';

type Props = { ctx: SlideContext; data: PresentationData };

const NO_DATA = 'Für die Vorschläge dieser Präsentation sind noch keine Kosten erfasst.';

export function TitleSlide({ ctx, data }: Props) {
  const m = data.meeting;
  const n = data.proposals.length;
  return (
    <section className="slide" aria-roledescription="Folie" aria-label={`Folie ${ctx.index + 1} von ${ctx.count}: Titel`} data-testid="slide">
      <div style={{ margin: 'auto 0', display: 'flex', flexDirection: 'column', gap: 28 }}>
        <div className="slide-kicker" style={{ fontSize: 36 }}>
          Kreis Unna · Arbeitskreis der Kämmerer
        </div>
        <h1 style={{ fontSize: 76, WebkitLineClamp: 3 }}>{m ? m.title : 'Interkommunale Zusammenarbeit im Kreis Unna'}</h1>
        <div style={{ fontSize: 36 }}>
          {m ? `${MEETING_KIND_LABELS[m.kind]} · ${formatDate(m.date)}${m.location ? ` · ${m.location}` : ''}` : 'Ausgewählte Vorschläge'}
        </div>
        <div style={{ fontSize: 32 }}>
          {n === 1 ? '1 Vorschlag' : `${n} Vorschläge`} · Szenario {SCENARIO_LABELS[data.source.scenario]}
        </div>
        {ctx.examples ? (
          <div>
            <span className="example-mark">Beispieldaten</span> Die Zahlen enthalten mitgelieferte Beispielvorschläge.
          </div>
        ) : null}
      </div>
      <footer className="slide-footer">
        <span>IKZ-Planer</span>
        <span className="slide-counter" data-testid="slide-counter">
          Folie {ctx.index + 1} von {ctx.count}
        </span>
      </footer>
    </section>
  );
}

export function KeyFiguresSlide({ ctx, data }: Props) {
  const { figures: d } = data;
  const f = d.figures;
  const ex = d.fromExamples;
  const money = (cents: number) => (d.hasData ? formatEuroWhole(cents) : '–');
  const fromExamples = (cents: number) => (ex.counted > 0 ? `davon Beispielvorschläge: ${formatEuroWhole(cents)}` : undefined);
  return (
    <SlideFrame ctx={ctx} kicker={`Szenario ${SCENARIO_LABELS[data.source.scenario]}`} title="Kennzahlen">
      <div className="figure-tiles" style={{ gridTemplateColumns: '1fr 1fr' }} data-testid="key-figures">
        <FigureTile
          label="Jährliche Einsparung bei voller Wirkung"
          value={money(f.annualSavingsFullEffect)}
          hint={fromExamples(ex.annualSavingsFullEffect)}
          testId="figure-annual"
        />
        <FigureTile
          label="Kapitalwert (Summe)"
          value={money(f.kapitalwert)}
          hint={[d.referenceYear !== null ? kapitalwertBasis(d.referenceYear) : undefined, fromExamples(ex.kapitalwert)].filter(Boolean).join(' · ')}
          testId="figure-kapitalwert"
        />
        <FigureTile label="Beschlussreif" value={String(f.readyForDecision)} hint={`von ${data.proposals.length} Vorschlägen`} />
        <FigureTile label="Förderschwelle NRW (≥ 15 %) erreicht" value={String(f.fundingEligible)} hint={`${f.counted} Vorschläge mit Kosten eingerechnet`} />
      </div>
      {!d.hasData ? <p>{NO_DATA}</p> : <ProposalList data={data} />}
    </SlideFrame>
  );
}

const LIST_MAX = 5;

/** The deck's proposals with what each adds to the yearly savings (or why it does not count). */
function ProposalList({ data }: { data: PresentationData }) {
  const shown = data.proposals.slice(0, LIST_MAX);
  const more = data.proposals.length - shown.length;
  const contribution = (id: string, status: Proposal['status']) => {
    const item = data.items.get(id);
    if (!item || !hasCostData(item.calc)) return 'keine Kosten erfasst';
    if (!countsInTotals(status, false)) return `nicht eingerechnet (${STATUS_LABELS[status]})`;
    return formatEuroWhole(item.calc.annualSavingsFullEffect);
  };
  return (
    <table style={{ marginTop: 28 }} className="shares">
      <thead>
        <tr>
          <th>Vorschlag</th>
          <th>Status</th>
          <th className="num">Einsparung p. a.</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((p) => (
          <tr key={p.id}>
            <td style={{ overflowWrap: 'anywhere' }}>{p.title.length > 70 ? `${p.title.slice(0, 67)} …` : p.title}</td>
            <td style={{ whiteSpace: 'nowrap' }}>{STATUS_LABELS[p.status]}</td>
            <td className="num">{contribution(p.id, p.status)}</td>
          </tr>
        ))}
        {more > 0 ? (
          <tr>
            <td colSpan={3}>… und {more} weitere Vorschläge</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

export function AreasSlide({ ctx, data }: Props) {
  const size = bodySize(ctx);
  const chart = data.figures.areaChart;
  return (
    <SlideFrame ctx={ctx} kicker="Gesamter Zeitraum" title="Erwartete Einsparung je Aufgabenfeld">
      {chart.length > 0 ? (
        <div role="img" aria-label={`Diagramm: ${chart.map((a) => `${a.area} ${formatEuroWhole(a.savings)}`).join(', ')}`}>
          <AreaSavingsChart
            data={chart}
            width={size.width}
            height={Math.min(size.height, 120 * chart.length + 80)}
            fontSize={28}
            labelWidth={Math.round(Math.min(size.width * 0.4, 620))}
            animate={false}
          />
        </div>
      ) : (
        <p>{NO_DATA}</p>
      )}
    </SlideFrame>
  );
}

export function CumulativeSlide({ ctx, data }: Props) {
  const size = bodySize(ctx);
  const d = data.figures;
  const breakEven = d.cumulativeBreakEven;
  const last = d.years[d.years.length - 1];
  return (
    <SlideFrame
      ctx={ctx}
      kicker={breakEven ? `Break-even ${breakEven}` : 'Kein Break-even im Betrachtungszeitraum'}
      title="Kumulierte Einsparung über die Jahre"
    >
      {d.hasData ? (
        <div
          role="img"
          aria-label={`Diagramm: kumulierte Einsparung bis ${last?.year ?? ''}: ${formatEuroWhole(last?.cumulative ?? 0)}${breakEven ? `, Break-even ${breakEven}` : ''}`}
        >
          <CumulativeSavingsChart data={d.years} breakEvenYear={breakEven} width={size.width} height={size.height} fontSize={26} animate={false} />
        </div>
      ) : (
        <p>{NO_DATA}</p>
      )}
    </SlideFrame>
  );
}
