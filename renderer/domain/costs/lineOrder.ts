import type { CostLine } from './model';

/**
 * Lines in the order the user arranged them. Lines from before the explicit `order`
 * field come first, by creation; then the ordered ones. Saving the grid gives every
 * line whose place changed an `order`, so both kinds stay where the user put them.
 */
export function sortLinesByOrder<T extends Pick<CostLine, 'order' | 'createdAt' | 'label'>>(lines: readonly T[]): T[] {
  return [...lines].sort((a, b) => {
    if (a.order === undefined && b.order !== undefined) return -1;
    if (a.order !== undefined && b.order === undefined) return 1;
    return (a.order ?? 0) - (b.order ?? 0) || a.createdAt.localeCompare(b.createdAt) || a.label.localeCompare(b.label);
  });
}

/** The `order` that puts a new line after all lines of its variant (lines given in display order). */
export function nextOrder(lines: readonly Pick<CostLine, 'order' | 'variant'>[], variant: CostLine['variant']): number {
  return lines.filter((l) => l.variant === variant).reduce((max, l, i) => Math.max(max, (l.order ?? i) + 1), 0);
}
