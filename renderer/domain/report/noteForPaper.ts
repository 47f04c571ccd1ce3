/**
 * A calculation note as the mayors read it: the fact without the instruction to the
 * person at the keyboard („Bitte … unter Stammdaten eintragen …“), which on paper nobody
 * can follow.
 */
export function noteForPaper(warning: string): string {
  return warning.replace(/\s*Bitte [^.]*\.\s*$/u, '').trim();
}
