import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEuroTick, IST_COLOR, KOOP_COLOR } from './chartFormat';
import { euroTooltip, paperChart, Sized, tickLine, type ChartSize } from './common';

export interface IstKoopDatum {
  name: string;
  ist: number;
  koop: number;
}

/** Costs of the status quo versus the cooperation, side by side (per proposal or per year). */
export function IstKoopChart({ data, vertical = true, ...size }: { data: IstKoopDatum[]; vertical?: boolean } & ChartSize) {
  const height = size.height ?? (vertical ? Math.max(200, 56 * data.length + 60) : 300);
  const animate = size.animate ?? false;
  return (
    <Sized size={{ ...size, height }} defaultHeight={height}>
      <BarChart
        data={data}
        layout={vertical ? 'vertical' : 'horizontal'}
        margin={{ left: 8, right: 24, top: 8, bottom: 8 }}
        width={size.width}
        height={height}
        {...paperChart(size)}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? <XAxis type="number" tickFormatter={formatEuroTick} tickLine={tickLine(size)} /> : <XAxis dataKey="name" tickLine={tickLine(size)} />}
        {vertical ? (
          <YAxis type="category" dataKey="name" width={260} tick={{ fontSize: 12 }} tickLine={tickLine(size)} />
        ) : (
          <YAxis tickFormatter={formatEuroTick} width={90} tickLine={tickLine(size)} />
        )}
        {size.paper ? null : <Tooltip formatter={euroTooltip} />}
        <Legend />
        <Bar dataKey="ist" name="Ist" fill={IST_COLOR} isAnimationActive={animate} />
        <Bar dataKey="koop" name="Kooperation" fill={KOOP_COLOR} isAnimationActive={animate} />
      </BarChart>
    </Sized>
  );
}
