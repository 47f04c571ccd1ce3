/**
 * Section edits of a contract draft. The change log keeps only the section that changed
 * (not the whole text of a 100-page contract on every save).
 */
import { newId } from '../../domain/ids';
import type { Contract, ContractSection } from '../../domain/contracts/model';
import { applyPlaceholderUpdatesToSections } from '../../domain/contracts/staleness';
import type { PlaceholderValues } from '../../domain/contracts/placeholderMarkup';
import { UserFacingError } from '../records';
import type { IkzDatabase } from '../db';
import { changeContract } from './contractCommon';

const SECTION_GONE = 'Dieser Abschnitt wurde inzwischen entfernt.';

function sectionOf(contract: Contract, sectionId: string): ContractSection {
  const section = contract.sections.find((s) => s.id === sectionId);
  if (!section) throw new UserFacingError(SECTION_GONE);
  return section;
}

const named = (s: ContractSection) => (s.heading.trim() ? `„${s.heading.trim()}“` : 'ohne Überschrift');

/** Heading and/or body of one section (the editor saves here, debounced). */
export function updateSection(db: IkzDatabase, contractId: string, sectionId: string, patch: { heading?: string; html?: string }): Promise<Contract> {
  return changeContract(db, contractId, (c) => {
    const before = sectionOf(c, sectionId);
    const after = { ...before, ...patch };
    return {
      patch: { sections: c.sections.map((s) => (s.id === sectionId ? after : s)) },
      summary: `Abschnitt ${named(after)} von „${c.title}“ bearbeitet`,
      logged: { before: { heading: before.heading, html: before.html }, after: { heading: after.heading, html: after.html } },
    };
  });
}

/** A new section at `atIndex` (default: at the end); returns the contract and the new section's id. */
export async function addSection(
  db: IkzDatabase,
  contractId: string,
  input: { heading: string; html?: string },
  atIndex?: number,
): Promise<{ contract: Contract; sectionId: string }> {
  const section: ContractSection = { id: newId(), heading: input.heading, html: input.html ?? '<p></p>', comment: '', role: null };
  const contract = await changeContract(db, contractId, (c) => {
    const sections = [...c.sections];
    sections.splice(Math.max(0, Math.min(atIndex ?? sections.length, sections.length)), 0, section);
    return { patch: { sections }, summary: `Abschnitt ${named(section)} in „${c.title}“ eingefügt`, logged: { before: {}, after: { added: section.heading } } };
  });
  return { contract, sectionId: section.id };
}

export function removeSection(db: IkzDatabase, contractId: string, sectionId: string): Promise<Contract> {
  return changeContract(db, contractId, (c) => {
    const gone = sectionOf(c, sectionId);
    return {
      patch: { sections: c.sections.filter((s) => s.id !== sectionId) },
      summary: `Abschnitt ${named(gone)} aus „${c.title}“ entfernt`,
      logged: { before: { heading: gone.heading, html: gone.html, comment: gone.comment }, after: {} },
    };
  });
}

/** Moves a section to `toIndex` (0-based, clamped); § numbers follow. */
export function moveSection(db: IkzDatabase, contractId: string, sectionId: string, toIndex: number): Promise<Contract> {
  return changeContract(db, contractId, (c) => {
    const from = c.sections.findIndex((s) => s.id === sectionId);
    if (from < 0) throw new UserFacingError(SECTION_GONE);
    const sections = [...c.sections];
    const [moved] = sections.splice(from, 1);
    const to = Math.max(0, Math.min(toIndex, sections.length));
    sections.splice(to, 0, moved!);
    return {
      patch: { sections },
      summary: `Abschnitt ${named(moved!)} in „${c.title}“ von § ${from + 1} nach § ${to + 1} verschoben`,
      logged: { before: { position: from + 1 }, after: { position: to + 1 } },
    };
  });
}

/** The internal note of a section („Rechtsamt prüfen“); never exported. */
export function setSectionComment(db: IkzDatabase, contractId: string, sectionId: string, comment: string): Promise<Contract> {
  return changeContract(db, contractId, (c) => {
    const before = sectionOf(c, sectionId);
    return {
      patch: { sections: c.sections.map((s) => (s.id === sectionId ? { ...s, comment } : s)) },
      summary: `Notiz zu Abschnitt ${named(before)} von „${c.title}“ geändert`,
      logged: { before: { comment: before.comment }, after: { comment } },
    };
  });
}

/** Fills the chosen out-of-date placeholders with their current values (after the user saw the change). */
export function applyPlaceholderUpdates(db: IkzDatabase, contractId: string, keys: readonly string[], values: PlaceholderValues): Promise<Contract> {
  return changeContract(db, contractId, (c) => {
    const { sections, filledValues } = applyPlaceholderUpdatesToSections(c, keys, values);
    const before = Object.fromEntries(keys.map((k) => [k, c.filledValues[k] ?? null]));
    const after = Object.fromEntries(keys.map((k) => [k, filledValues[k] ?? null]));
    return { patch: { sections, filledValues }, summary: `Platzhalter in „${c.title}“ aktualisiert (${keys.length})`, logged: { before, after } };
  });
}
