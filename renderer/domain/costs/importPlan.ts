/**
 * What a re-import does to the lines already there. The user chooses: add the file's
 * lines, replace the lines of the variants in the file, or update lines that match by
 * variant, party and label (and add the rest). Pure, so it is tested without a database;
 * `sameAmounts` compares a stored line's computed amounts with the file's (the caller
 * knows the period and pay rates).
 */
import type { CostLine, CostLineInput } from './model';

export type ImportMode = 'add' | 'replace' | 'update';

export const IMPORT_MODE_LABELS: Record<ImportMode, string> = {
  add: 'Hinzufügen: die Zeilen der Datei zusätzlich anlegen',
  replace: 'Ersetzen: die vorhandenen Zeilen der Varianten in der Datei löschen und durch die Datei ersetzen',
  update: 'Aktualisieren: Zeilen mit gleicher Variante, Kommune und Bezeichnung überschreiben, neue hinzufügen',
};

export interface ImportPlan {
  upserts: (CostLineInput & { id?: string })[];
  deletions: string[];
  added: number;
  updated: number;
  deleted: number;
}

const matchKey = (l: Pick<CostLineInput, 'variant' | 'partyId' | 'label'>) => `${l.variant}|${l.partyId ?? ''}|${l.label.trim().toLocaleLowerCase('de-DE')}`;

/** Existing lines in the variants the file touches (a re-import of the own export touches both). */
export function linesInFileVariants(existing: readonly CostLine[], incoming: readonly CostLineInput[]): CostLine[] {
  const variants = new Set(incoming.map((l) => l.variant));
  return existing.filter((l) => variants.has(l.variant));
}

/** How many incoming lines match an existing one by variant, party and label. */
export function matchingLines(existing: readonly CostLine[], incoming: readonly CostLineInput[]): number {
  const pool = new Map<string, number>();
  for (const l of existing) pool.set(matchKey(l), (pool.get(matchKey(l)) ?? 0) + 1);
  let n = 0;
  for (const l of incoming) {
    const left = pool.get(matchKey(l)) ?? 0;
    if (left > 0) {
      n++;
      pool.set(matchKey(l), left - 1);
    }
  }
  return n;
}

/** `existing` in display order; the file's lines keep the file's order. */
export function planImport(
  existing: readonly CostLine[],
  incoming: readonly CostLineInput[],
  mode: ImportMode,
  sameAmounts: (stored: CostLine, incoming: CostLineInput) => boolean = () => false,
): ImportPlan {
  const touched = linesInFileVariants(existing, incoming);
  const deletions = mode === 'replace' ? touched.map((l) => l.id) : [];
  const kept = mode === 'replace' ? [] : touched;
  // New lines go after the lines that stay, in file order, per variant.
  const next = new Map<string, number>();
  for (const l of kept) next.set(l.variant, Math.max(next.get(l.variant) ?? 0, (l.order ?? kept.filter((k) => k.variant === l.variant).indexOf(l)) + 1));
  const unused = new Map<string, CostLine[]>();
  if (mode === 'update') for (const l of kept) unused.set(matchKey(l), [...(unused.get(matchKey(l)) ?? []), l]);

  const upserts: ImportPlan['upserts'] = [];
  let updated = 0;
  for (const line of incoming) {
    const match = mode === 'update' ? unused.get(matchKey(line))?.shift() : undefined;
    if (match) {
      // A growth or staff line whose computed amounts the file repeats (e.g. the own export)
      // keeps its entry instead of silently turning into fixed yearly values.
      const entry = match.entry.mode !== 'years' && sameAmounts(match, line) ? match.entry : line.entry;
      upserts.push({ ...line, entry, id: match.id, order: match.order ?? kept.filter((k) => k.variant === match.variant).indexOf(match) });
      updated++;
      continue;
    }
    const order = next.get(line.variant) ?? 0;
    next.set(line.variant, order + 1);
    upserts.push({ ...line, order });
  }
  return { upserts, deletions, added: upserts.length - updated, updated, deleted: deletions.length };
}
