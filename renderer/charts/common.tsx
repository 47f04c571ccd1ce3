import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { formatEuroWhole } from './chartFormat';

export interface ChartSize {
  /** Explicit size for print and capture; without it the chart fills its container. */
  width?: number;
  height?: number;
  /** Animation is off for print and presentation capture. */
  animate?: boolean;
  /** Axis, legend and label text in px (larger on a projector slide); default the screen's. */
  fontSize?: number;
}

export function Sized({ size, defaultHeight, children }: { size: ChartSize; defaultHeight: number; children: ReactElement }) {
  if (size.width) return <div style={{ width: size.width, height: size.height ?? defaultHeight }}>{children}</div>;
  return (
    <ResponsiveContainer width="100%" height={size.height ?? defaultHeight}>
      {children}
    </ResponsiveContainer>
  );
}

export const euroTooltip = (value: unknown) => formatEuroWhole(Number(value));
