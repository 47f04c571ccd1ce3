import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEuroTick, KOOP_COLOR, SAVINGS_COLOR } from './chartFormat';
import { euroTooltip, Sized, type ChartSize } from './common';

export interface YearSavingsDatum {
  year: number;
  savings: number;
  cumulative: number;
}

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
  const slideLegend = size.fontSize && size.width ? Math.round(size.fontSize * 1.8) : 0;
  // In the right half the label goes left of its line: on a narrow chart it ran off the edge („Break-even“ without the year).
  const breakEvenIndex = data.findIndex((d) => d.year === breakEvenYear);
  const labelPosition = breakEvenIndex > (data.length - 1) / 2 ? 'insideTopRight' : 'insideTopLeft';
  const chart = (
    <ComposedChart data={data} margin={{ left: 8, right: 24, top: 16, bottom: 8 }} width={size.width} height={total - slideLegend}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="year" tick={tick} />
      <YAxis tickFormatter={formatEuroTick} width={size.fontSize ? Math.round(size.fontSize * 7) : 90} tick={tick} />
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
      <Line dataKey="cumulative" name={SERIES[1].name} stroke={KOOP_COLOR} strokeWidth={3} dot={{ r: 3 }} isAnimationActive={animate} />
    </ComposedChart>
  );
  if (slideLegend)
    return (
      <div style={{ width: size.width, height: total }}>
        {chart}
        <SlideLegend fontSize={size.fontSize!} height={slideLegend} />
      </div>
    );
  return (
    <Sized size={size} defaultHeight={300}>
      {chart}
    </Sized>
  );
}
