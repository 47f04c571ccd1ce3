import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEuroTick, KOOP_COLOR, SAVINGS_COLOR } from './chartFormat';
import { euroTooltip, paperChart, Sized, tickLine, type ChartSize } from './common';

export interface YearSavingsDatum {
  year: number;
  savings: number;
  cumulative: number;
}

/** Legend text on paper in px (the report's charts are drawn at 640 px for 176 mm). */
const PAPER_LEGEND_FONT = 13;

const SERIES = [
  { name: 'Einsparung im Jahr', color: SAVINGS_COLOR, shape: 'bar' },
  { name: 'Kumulierte Einsparung', color: KOOP_COLOR, shape: 'line' },
] as const;

/**
 * The legend of a slide chart as plain HTML under the drawing (black text: legible on a projector). recharts measures its own
 * legend with getBoundingClientRect, which a scaled slide canvas (1024×768 projector:
 * scale 0.71) shrinks, so the plot grew under the legend and the years were hidden.
 */
function SlideLegend({ fontSize, height }: { fontSize: number; height: number }) {
  return (
    <ul
      className="chart-slide-legend"
      data-testid="chart-legend"
      style={{ height, fontSize, display: 'flex', justifyContent: 'center', alignItems: 'center', gap: fontSize, margin: 0, padding: 0, listStyle: 'none' }}
    >
      {SERIES.map((s) => (
        <li key={s.name} style={{ display: 'flex', alignItems: 'center', gap: fontSize / 3, color: '#000' }}>
          <span aria-hidden style={{ display: 'inline-block', width: fontSize * 0.7, height: s.shape === 'bar' ? fontSize * 0.7 : 3, background: s.color }} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/** Savings per year (bars) and cumulative savings (line), with the break-even year marked. */
export function CumulativeSavingsChart({ data, breakEvenYear, ...size }: { data: YearSavingsDatum[]; breakEvenYear: number | null } & ChartSize) {
  const animate = size.animate ?? false;
  const tick = size.fontSize ? { fontSize: size.fontSize } : undefined;
  const total = size.height ?? 300;
  // Large slide text at a fixed size: the legend is laid out outside the chart (see SlideLegend).
  // On paper too: recharts' Legend measures itself (getBoundingClientRect), which in a report
  // of 40 such charts forced 40 layouts of the whole document while it was drawn.
  const legendFont = size.fontSize ?? (size.paper ? PAPER_LEGEND_FONT : undefined);
  const slideLegend = legendFont && size.width ? Math.round(legendFont * 1.8) : 0;
  // In the right half the label goes left of its line: on a narrow chart it ran off the edge („Break-even“ without the year).
  const breakEvenIndex = data.findIndex((d) => d.year === breakEvenYear);
  const labelPosition = breakEvenIndex > (data.length - 1) / 2 ? 'insideTopRight' : 'insideTopLeft';
  const chart = (
    <ComposedChart data={data} margin={{ left: 8, right: 24, top: 16, bottom: 8 }} width={size.width} height={total - slideLegend} {...paperChart(size)}>
      {/* On paper the amounts' lines only: the years are read from the bars. */}
      <CartesianGrid strokeDasharray="3 3" vertical={!size.paper} />
      {/* On paper every tick is drawn (interval 0): recharts' default thins overlapping ticks by
          measuring each label in the DOM, a forced layout of the whole report per chart. Ten years
          and five amounts fit the 640 px of the page without thinning. */}
      <XAxis dataKey="year" tick={tick} tickLine={tickLine(size)} interval={size.paper ? 0 : undefined} />
      <YAxis
        tickFormatter={formatEuroTick}
        width={size.fontSize ? Math.round(size.fontSize * 7) : 90}
        tick={tick}
        tickLine={tickLine(size)}
        interval={size.paper ? 0 : undefined}
      />
      {size.paper ? null : <Tooltip formatter={euroTooltip} />}
      {slideLegend ? null : <Legend wrapperStyle={tick} />}
      <ReferenceLine y={0} stroke="#000" />
      {breakEvenYear !== null ? (
        <ReferenceLine
          x={breakEvenYear}
          stroke="#D55E00"
          strokeDasharray="6 3"
          label={{ value: `Break-even ${breakEvenYear}`, position: labelPosition, fill: '#000', fontSize: size.fontSize }}
        />
      ) : null}
      <Bar dataKey="savings" name={SERIES[0].name} fill={SAVINGS_COLOR} isAnimationActive={animate} />
      <Line dataKey="cumulative" name={SERIES[1].name} stroke={KOOP_COLOR} strokeWidth={3} dot={size.paper ? false : { r: 3 }} isAnimationActive={animate} />
    </ComposedChart>
  );
  if (slideLegend)
    return (
      <div style={{ width: size.width, height: total }}>
        {chart}
        <SlideLegend fontSize={legendFont!} height={slideLegend} />
      </div>
    );
  return (
    <Sized size={size} defaultHeight={300}>
      {chart}
    </Sized>
  );
}
