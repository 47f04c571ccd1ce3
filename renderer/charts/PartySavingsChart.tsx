import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEuroTick, SERIES_COLORS } from './chartFormat';
import { euroTooltip, Sized, type ChartSize } from './common';

export type PartySavingsDatum = { party: string } & Record<string, number | string>;

/** Savings per party, stacked by area. */
export function PartySavingsChart({ data, areas, ...size }: { data: PartySavingsDatum[]; areas: string[] } & ChartSize) {
  const height = size.height ?? Math.max(200, 32 * data.length + 80);
  return (
    <Sized size={{ ...size, height }} defaultHeight={height}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }} width={size.width} height={height}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={formatEuroTick} />
        <YAxis type="category" dataKey="party" width={130} tick={{ fontSize: 13 }} />
        <Tooltip formatter={euroTooltip} />
        <Legend />
        {areas.map((area, i) => (
          <Bar key={area} dataKey={area} stackId="areas" fill={SERIES_COLORS[i % SERIES_COLORS.length]} isAnimationActive={size.animate ?? true} />
        ))}
      </BarChart>
    </Sized>
  );
}
