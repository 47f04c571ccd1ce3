import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { formatEuroWhole } from './chartFormat';

export interface ChartSize {
  /** Explicit size for print and capture; without it the chart fills its container. */
  width?: number;
  height?: number;
  /**
   * Off unless asked for: an animated chart re-renders every frame for a second, which on
   * a busy laptop delays the start screen, and print, slides and screen readers gain nothing.
   */
  animate?: boolean;
  /** Axis, legend and label text in px (larger on a projector slide); default the screen's. */
  fontSize?: number;
  /**
   * Drawn for paper (the report): no tooltip, since nothing can be hovered on paper, and
   * each tooltip costs recharts event wiring in a report that draws 44 charts at once.
   */
  paper?: boolean;
}

export function Sized({ size, defaultHeight, children }: { size: ChartSize; defaultHeight: number; children: ReactElement }) {
  if (size.width) return <div style={{ width: size.width, height: size.height ?? defaultHeight }}>{children}</div>;
  return (
    // A first size guess spares one empty render pass before the container has measured itself.
    <ResponsiveContainer width="100%" height={size.height ?? defaultHeight} initialDimension={{ width: 560, height: size.height ?? defaultHeight }}>
      {children}
    </ResponsiveContainer>
  );
}

/**
 * On paper a chart draws only what a reader uses: no keyboard layer (nothing to focus on
 * paper; the report's figure carries the chart's name), no tick marks beside the labels.
 * A 40-proposal report draws 44 charts: every element left out is laid out, tagged and
 * printed 44 times less.
 */
export function paperChart(size: ChartSize): { accessibilityLayer: boolean } {
  return { accessibilityLayer: !size.paper };
}
export const tickLine = (size: ChartSize): boolean => !size.paper;

export const euroTooltip = (value: unknown) => formatEuroWhole(Number(value));
