/**
 * One colour per area of cooperation, the same on every chart and under every filter:
 * the colour stored with the area in Stammdaten, else the Okabe–Ito colour of the
 * area's position in the master data (never its position in a filtered chart).
 */
/** Okabe–Ito: distinguishable with the common colour-vision deficiencies and in greyscale. */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export interface ColoredArea {
  id: string;
  order: number;
  color?: string | null;
}

/** German names of the palette colours, for the choice in Stammdaten. */
export const AREA_COLOR_NAMES: Record<string, string> = {
  '#0072B2': 'Blau',
  '#E69F00': 'Orange',
  '#009E73': 'Blaugrün',
  '#CC79A7': 'Rosa',
  '#56B4E9': 'Himmelblau',
  '#D55E00': 'Zinnoberrot',
  '#F0E442': 'Gelb',
  '#000000': 'Schwarz',
};

export function fallbackAreaColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}

export function areaColors(areas: readonly ColoredArea[]): Map<string, string> {
  const sorted = [...areas].sort((a, b) => a.order - b.order);
  return new Map(sorted.map((a, i) => [a.id, a.color || fallbackAreaColor(i)]));
}
