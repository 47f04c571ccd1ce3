import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES_COLORS } from './chartFormat';
import { Sized, type ChartSize } from './common';

export interface StatusDatum {
  status: string;
  count: number;
}

export function StatusChart({ data, ...size }: { data: StatusDatum[] } & ChartSize) {
  return (
    <Sized size={size} defaultHeight={260}>
      <BarChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 8 }} width={size.width} height={size.height ?? 260}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="status" tick={{ fontSize: 12 }} interval={0} />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip />
        <Bar dataKey="count" name="Vorschläge" fill={SERIES_COLORS[0]} isAnimationActive={size.animate ?? false} />
      </BarChart>
    </Sized>
  );
}
