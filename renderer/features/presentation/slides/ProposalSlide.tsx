/** One proposal: summary, status, savings chart and shares per party, with a live what-if. */
import { useCallback, useMemo, useState } from 'react';
import { formatEuroWhole } from '../../../charts/chartFormat';
import { CumulativeSavingsChart } from '../../../charts/CumulativeSavingsChart';
import { hasCostData } from '../../../domain/costs/aggregate';
import { SCENARIO_LABELS } from '../../../domain/costs/scenarios';
import { calculateWhatIf, describeChange, isChanged, noChange, toggleParty, type WhatIfChange } from '../../../domain/costs/whatIf';
import { formatDecimal } from '../../../domain/format';
import { STATUS_LABELS } from '../../../domain/status';
import type { PresentationData } from '../usePresentationData';
import { useWhatIfBase } from '../usePresentationData';
import { bodySize, FigureTile, SlideFrame, type SlideContext } from './SlideFrame';
import { SharesTable } from './SharesTable';
import { WhatIfBar } from './WhatIfBar';

const summaryOf = (text: string) => (text.length > 280 ? `${text.slice(0, 277).trimEnd()} …` : text);

export function ProposalSlide({ ctx, data, proposalId, number }: { ctx: SlideContext; data: PresentationData; proposalId: string; number: number }) {
  const proposal = data.proposals.find((p) => p.id === proposalId);
  const item = data.items.get(proposalId);
  const base = useWhatIfBase(proposal);
  const [change, setChange] = useState<WhatIfChange | null>(null);
  const [open, setOpen] = useState(false);
  // The chart takes the height left beside summary, variant mark and what-if controls.
  const [chartBox, boxHeight] = useBoxHeight();
  const scenario = data.source.scenario;
  const changed = base && change ? isChanged(base, change, scenario) : false;
  // The what-if runs the one engine entry on this thread: one proposal takes well under a millisecond.
  const calc = useMemo(() => (base && change && changed ? calculateWhatIf(base, change) : item?.calc), [base, change, changed, item]);
  if (!proposal || !item || !calc) return null;
  const chartHeight = Math.max(120, boxHeight);
  const agendaItem = data.meeting?.agenda.find((a) => a.proposalId === proposalId);
  const area = data.areas.find((a) => a.id === proposal.areaId)?.name ?? 'Aufgabenfeld unbekannt';
  const size = bodySize(ctx);
  // A 4:3 projector gets a narrower chart so the shares table keeps its columns.
  const leftWidth = Math.round(size.width * (ctx.width >= 1700 ? 0.52 : 0.44));
  const hasData = hasCostData(calc);
  const current = change ?? (base ? noChange(base, scenario) : null);
  const note =
    base && change && changed
      ? describeChange(base, change, scenario, { party: data.partyName, scenario: (s) => SCENARIO_LABELS[s], rate: (r) => `${formatDecimal(r)} %` })
      : '';
  // On a narrow (4:3) canvas the what-if controls wrap to more lines: the summary gives way to them.
  const showSummary = leftWidth >= 800 || !open;
  const tableFont = ctx.width >= 1700 ? 28 : 24;
  return (
    <SlideFrame
      ctx={ctx}
      kicker={`TOP ${number} · ${area} · ${STATUS_LABELS[proposal.status]}${proposal.isExample ? ' · Beispielvorschlag' : ''}`}
      title={proposal.title}
    >
      {hasData ? (
        <div className="figure-tiles compact" style={{ gridTemplateColumns: '1fr 1fr 1fr', marginBottom: 24, flexShrink: 0 }}>
          <FigureTile label="Kapitalwert" value={formatEuroWhole(calc.kapitalwert)} testId="proposal-kapitalwert" />
          <FigureTile label="Break-even" value={calc.breakEvenYear === null ? 'keiner im Zeitraum' : String(calc.breakEvenYear)} />
          <FigureTile label="Einsparung p. a. (volle Wirkung)" value={formatEuroWhole(calc.annualSavingsFullEffect)} />
        </div>
      ) : null}
      <div
        className="slide-columns"
        style={{ gridTemplateColumns: `${leftWidth}px 1fr`, gridTemplateRows: 'minmax(0, 1fr)', flex: '1 1 0', minHeight: 0, height: 'auto' }}
      >
        <div style={{ display: 'flex', flexDirection: 'column', gap: 16, minWidth: 0, minHeight: 0 }}>
          {showSummary ? (
            <p className="slide-summary" data-testid="proposal-summary">
              {agendaItem?.decisionRequested
                ? `Beschlussvorschlag: ${agendaItem.decisionRequested}`
                : summaryOf(proposal.description) || 'Keine Beschreibung erfasst.'}
            </p>
          ) : null}
          {/* While the what-if is open its line stays in place, so a change redraws figures, not the layout. */}
          {changed ? (
            <div className="variant-mark" role="status" data-testid="variant-mark" title={note}>
              Variante, nicht gespeichert{note ? `: ${note}` : ''}
            </div>
          ) : open ? (
            <div className="variant-mark unchanged" role="status" data-testid="variant-none">
              Gespeicherte Zahlen
            </div>
          ) : null}
          {hasData ? (
            <div
              ref={chartBox}
              style={{ flex: '1 1 0', minHeight: 0, overflow: 'hidden' }}
              role="img"
              aria-label={`Diagramm: Einsparung je Jahr und kumuliert, Kapitalwert ${formatEuroWhole(calc.kapitalwert)}`}
              data-testid="proposal-chart"
            >
              <CumulativeSavingsChart
                data={calc.rows}
                breakEvenYear={calc.breakEvenYear}
                width={leftWidth}
                height={chartHeight}
                fontSize={22}
                animate={false}
              />
            </div>
          ) : (
            <p>Für diesen Vorschlag sind noch keine Kosten erfasst.</p>
          )}
          {base && current ? (
            <WhatIfBar
              open={open}
              onOpen={setOpen}
              base={base}
              change={current}
              changed={changed}
              note={note}
              deckScenario={scenario}
              parties={data.parties}
              onChange={setChange}
              onReset={() => setChange(null)}
            />
          ) : null}
        </div>
        <div style={{ minWidth: 0, fontSize: tableFont }}>
          {hasData ? (
            <SharesTable
              calc={calc}
              stored={proposal}
              change={open ? current : null}
              partyName={data.partyName}
              onToggle={(id) => base && setChange(toggleParty(base, current!, id))}
            />
          ) : null}
        </div>
      </div>
    </SlideFrame>
  );
}

/** A box's height in canvas units (layout size: the stage's scale does not change it). */
function useBoxHeight(): [(el: HTMLDivElement | null) => (() => void) | undefined, number] {
  const [height, setHeight] = useState(0);
  const ref = useCallback((el: HTMLDivElement | null) => {
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, height];
}
