/**
 * Filled values that are out of date: the draft remembers what each placeholder was
 * filled with (`filledValues`); when the proposal's data change, the current values
 * differ. The screen shows old and new and applies only what the user confirms.
 */
import type { Contract, ContractSection } from './model';
import { fillSectionsHtml, placeholdersIn, type PlaceholderValues } from './placeholderMarkup';
import { placeholderLabel } from './placeholderKeys';

export interface OutdatedPlaceholder {
  key: string;
  label: string;
  /** What the draft holds (null: it was missing). */
  old: string | null;
  /** The current value (null: it cannot be filled any more). */
  new: string | null;
}

/** Placeholders still present in the text whose stored value differs from the current one. */
export function outdatedPlaceholders(contract: Pick<Contract, 'sections' | 'filledValues'>, current: PlaceholderValues): OutdatedPlaceholder[] {
  const present = [...new Set(placeholdersIn(contract.sections).map((p) => p.key))];
  const out: OutdatedPlaceholder[] = [];
  for (const key of present) {
    if (!(key in current)) continue;
    const old = contract.filledValues[key] ?? null;
    const now = current[key] === undefined || current[key]?.trim() === '' ? null : current[key]!;
    if (old !== now) out.push({ key, label: placeholderLabel(key), old, new: now });
  }
  return out;
}

/** The sections and filled values after updating `keys` to their current values. */
export function applyPlaceholderUpdatesToSections(
  contract: Pick<Contract, 'sections' | 'filledValues'>,
  keys: readonly string[],
  current: PlaceholderValues,
): { sections: ContractSection[]; filledValues: Record<string, string> } {
  const only = new Set(keys.filter((k) => k in current));
  const sections = fillSectionsHtml(contract.sections, current, placeholderLabel, only);
  const filledValues = { ...contract.filledValues };
  for (const key of only) {
    const value = current[key];
    if (value === null || value === undefined || value.trim() === '') delete filledValues[key];
    else filledValues[key] = value;
  }
  return { sections, filledValues };
}
