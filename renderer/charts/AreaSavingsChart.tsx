import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEuroTick, SAVINGS_COLOR } from './chartFormat';
import { euroTooltip, paperChart, Sized, tickLine, type ChartSize } from './common';

export interface AreaSavingsDatum {
  area: string;
  savings: number;
  /** The area's fixed colour (see areaColors). */
  color?: string;
}

/** Projected savings per area of cooperation (horizontal bars: area names are long). */
export function AreaSavingsChart({ data, labelWidth = 230, ...size }: { data: AreaSavingsDatum[]; labelWidth?: number } & ChartSize) {
  const height = size.height ?? Math.max(160, 44 * data.length + 40);
  const fontSize = size.fontSize;
  return (
    <Sized size={{ ...size, height }} defaultHeight={height}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }} width={size.width} height={height} {...paperChart(size)}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={formatEuroTick} tick={fontSize ? { fontSize } : undefined} tickLine={tickLine(size)} />
        <YAxis type="category" dataKey="area" width={labelWidth} tick={{ fontSize: fontSize ?? 13 }} tickLine={tickLine(size)} />
        {size.paper ? null : <Tooltip formatter={euroTooltip} />}
        <Bar dataKey="savings" name="Einsparung" fill={SAVINGS_COLOR} isAnimationActive={size.animate ?? false}>
          {data.map((d) => (
            <Cell key={d.area} fill={d.color ?? SAVINGS_COLOR} />
          ))}
        </Bar>
      </BarChart>
    </Sized>
  );
}
