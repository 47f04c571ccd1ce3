/**
 * One colour per area of cooperation, the same on every chart and under every filter:
 * the colour stored with the area in Stammdaten, else the Okabe–Ito colour of the
 * area's position in the master data (never its position in a filtered chart).
 */
import { SERIES_COLORS } from './chartFormat';

export interface ColoredArea {
  id: string;
  order: number;
  color?: string | null;
}

export function fallbackAreaColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}

export function areaColors(areas: readonly ColoredArea[]): Map<string, string> {
  const sorted = [...areas].sort((a, b) => a.order - b.order);
  return new Map(sorted.map((a, i) => [a.id, a.color || fallbackAreaColor(i)]));
}
