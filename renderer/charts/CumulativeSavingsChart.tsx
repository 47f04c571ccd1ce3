import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEuroTick, KOOP_COLOR, SAVINGS_COLOR } from './chartFormat';
import { euroTooltip, Sized, type ChartSize } from './common';

export interface YearSavingsDatum {
  year: number;
  savings: number;
  cumulative: number;
}

/** Savings per year (bars) and cumulative savings (line), with the break-even year marked. */
export function CumulativeSavingsChart({ data, breakEvenYear, ...size }: { data: YearSavingsDatum[]; breakEvenYear: number | null } & ChartSize) {
  const animate = size.animate ?? false;
  const tick = size.fontSize ? { fontSize: size.fontSize } : undefined;
  return (
    <Sized size={size} defaultHeight={300}>
      <ComposedChart data={data} margin={{ left: 8, right: 24, top: 16, bottom: 8 }} width={size.width} height={size.height ?? 300}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" tick={tick} />
        <YAxis tickFormatter={formatEuroTick} width={size.fontSize ? Math.round(size.fontSize * 7) : 90} tick={tick} />
        {size.paper ? null : <Tooltip formatter={euroTooltip} />}
        {/* Large slide text: the legend's height is given, so recharts keeps it clear of the year ticks. */}
        <Legend wrapperStyle={tick} height={size.fontSize ? Math.round(size.fontSize * 1.8) : undefined} />
        <ReferenceLine y={0} stroke="#000" />
        {breakEvenYear !== null ? (
          <ReferenceLine
            x={breakEvenYear}
            stroke="#D55E00"
            strokeDasharray="6 3"
            label={{ value: `Break-even ${breakEvenYear}`, position: 'insideTopLeft', fill: '#000', fontSize: size.fontSize }}
          />
        ) : null}
        <Bar dataKey="savings" name="Einsparung im Jahr" fill={SAVINGS_COLOR} isAnimationActive={animate} />
        <Line dataKey="cumulative" name="Kumulierte Einsparung" stroke={KOOP_COLOR} strokeWidth={3} dot={{ r: 3 }} isAnimationActive={animate} />
      </ComposedChart>
    </Sized>
  );
}
