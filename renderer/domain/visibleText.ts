/**
 * Names and titles that people read in lists, charts, PDFs and contracts. Bidirectional
 * control characters (which can make „Lünen“ display as something else, "Trojan Source")
 * are removed; a text made only of invisible characters (zero-width spaces, joiners,
 * BOMs, blanks) is refused, because the row would look empty everywhere it is shown.
 */
import { z } from 'zod';

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Code point ranges that render as nothing (besides white space). */
const INVISIBLE_RANGES: readonly [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];

function isInvisible(char: string): boolean {
  const code = char.codePointAt(0)!;
  // Printable ASCII other than the blank: visible (most characters of most names, and the
  // first of all 50,000 cost-line labels of a workspace file, which are checked on import).
  if (code > 0x20 && code < 0x7f) return false;
  return /\s/.test(char) || INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export function hasVisibleCharacter(text: string): boolean {
  for (const char of text) if (!isInvisible(char)) return true;
  return false;
}

interface VisibleTextRules {
  min: number;
  max: number;
  /** e.g. „Bitte einen Titel mit mindestens 3 Zeichen eintragen.“ */
  tooShort: string;
  tooLong: string;
  /** e.g. „Der Titel besteht nur aus unsichtbaren Zeichen …“ */
  invisible: string;
}

export function visibleText(rules: VisibleTextRules) {
  return z
    .string()
    .transform(withoutBidiControls)
    .pipe(z.string().trim().min(rules.min, rules.tooShort).max(rules.max, rules.tooLong).refine(hasVisibleCharacter, rules.invisible));
}

export const invisibleMessage = (what: string) => `${what} besteht nur aus unsichtbaren Zeichen. Bitte einen lesbaren Text eintragen.`;
