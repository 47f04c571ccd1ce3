import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEuroTick } from './chartFormat';
import { euroTooltip, paperChart, Sized, tickLine, type ChartSize } from './common';

import type { PartySavingsDatum } from '../domain/figures/figures';
export type { PartySavingsDatum };

/** One stacked series: the area's name (the data key) and its fixed colour. */
export interface AreaSeries {
  key: string;
  color: string;
}

/** Savings per party, stacked by area; each area keeps its colour whatever is filtered. */
export function PartySavingsChart({ data, areas, ...size }: { data: PartySavingsDatum[]; areas: AreaSeries[] } & ChartSize) {
  const height = size.height ?? Math.max(200, 32 * data.length + 80);
  return (
    <Sized size={{ ...size, height }} defaultHeight={height}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }} width={size.width} height={height} {...paperChart(size)}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={formatEuroTick} tickLine={tickLine(size)} />
        <YAxis type="category" dataKey="party" width={130} tick={{ fontSize: 13 }} tickLine={tickLine(size)} />
        {size.paper ? null : <Tooltip formatter={euroTooltip} />}
        {/* Legend in area order (the stack order), not alphabetical. */}
        <Legend itemSorter={null} />
        {areas.map((area) => (
          <Bar key={area.key} dataKey={area.key} stackId="areas" fill={area.color} isAnimationActive={size.animate ?? false} />
        ))}
      </BarChart>
    </Sized>
  );
}
