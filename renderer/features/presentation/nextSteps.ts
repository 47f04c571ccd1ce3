/**
 * The rows of the slide „Nächste Schritte und Termine“: each proposal with the outcome
 * recorded in this meeting and the step that follows from it, and how many rows fit the
 * slide with their whole titles (a cut title left the room guessing which proposal it was).
 */
import { AGENDA_OUTCOME_LABELS, type AgendaOutcome } from '../../domain/vocabulary';
import { STATUS_LABELS, type ProposalStatus } from '../../domain/status';
import { NEXT_STEP } from './deck';

export interface NextStepRow {
  title: string;
  /** Status, and the outcome where the meeting recorded one. */
  state: string;
  step: string;
}

/** The next step after a recorded outcome; without one, the usual step of the status. */
export function nextStepFor(status: ProposalStatus, outcome: AgendaOutcome | null): string {
  if (outcome === 'vertagt') return 'Erneut beraten';
  if (outcome === 'abgelehnt') return 'Keine weiteren Schritte';
  return NEXT_STEP[status];
}

export function nextStepRow(title: string, status: ProposalStatus, outcome: AgendaOutcome | null): NextStepRow {
  return {
    title,
    state: outcome ? `${STATUS_LABELS[status]} · Ergebnis: ${AGENDA_OUTCOME_LABELS[outcome]}` : STATUS_LABELS[status],
    step: nextStepFor(status, outcome),
  };
}

/** Lines a text takes when wrapped at word boundaries (a longer word is hyphenated across lines). */
export function wrappedLines(text: string, charsPerLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length <= charsPerLine) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines++;
    let rest = word.length;
    while (rest > charsPerLine) {
      rest -= charsPerLine;
      lines++;
    }
    used = rest;
  }
  return lines;
}

const BODY = 28 * 1.35;
const SMALL = 24 * 1.35;
/** An average character of Noto Sans is about 0.55 em wide; a little more keeps a margin. */
const CHAR = 0.58;

/**
 * How many rows fit a table column of `columnWidth` canvas units (each cell half of it)
 * and `height` units, whole titles wrapped; when not all fit, one line is kept for „… und
 * N weitere“.
 */
export function rowsThatFit(rows: readonly (NextStepRow & { date?: string })[], columnWidth: number, height: number): number {
  const cell = columnWidth / 2 - 20;
  const perLine = Math.max(8, Math.floor(cell / (28 * CHAR)));
  const perSmall = Math.max(8, Math.floor(cell / (24 * CHAR)));
  const rowHeight = (r: NextStepRow & { date?: string }) =>
    14 +
    Math.max(
      wrappedLines(r.title, perLine) * BODY + wrappedLines(r.state, perSmall) * SMALL,
      wrappedLines(r.step, perLine) * BODY + (r.date ? wrappedLines(r.date, perSmall) * SMALL : 0),
    );
  const header = BODY + 14;
  let used = header;
  for (let i = 0; i < rows.length; i++) {
    const more = i + 1 < rows.length ? BODY + 16 : 0;
    if (used + rowHeight(rows[i]!) + more > height) return i;
    used += rowHeight(rows[i]!);
  }
  return rows.length;
}
