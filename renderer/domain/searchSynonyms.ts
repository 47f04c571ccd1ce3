/**
 * Words that treasurers use for the same thing. A search for one finds proposals that
 * use another: „Lohn“ and „Gehalt“ find the „Personalabrechnung“ proposal, whose text
 * uses neither. Lower case; a query word matches a group when it begins one of its terms
 * (typing „Loh“ is not enough: at least four letters) or a term begins the query word
 * („Lohnbuchhaltung“ contains „lohn“).
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['lohn', 'löhne', 'gehalt', 'gehälter', 'entgelt', 'besoldung', 'bezüge', 'vergütung', 'personalabrechnung'],
  ['zeiterfassung', 'arbeitszeit', 'stempeluhr'],
  ['informationstechnologie', 'informationstechnik', 'rechenzentrum'],
  ['bauhof', 'baubetriebshof', 'betriebshof'],
  ['beschaffung', 'vergabe', 'einkauf', 'ausschreibung'],
];
// Terms are substrings of the searched text, so each has at least four letters: a short
// one („it“) would hit inside unrelated words („mit“).

const MIN_PREFIX = 4;

function matchesTerm(word: string, term: string): boolean {
  if (word === term) return true;
  if (word.length >= MIN_PREFIX && term.startsWith(word)) return true;
  return term.length >= MIN_PREFIX && word.startsWith(term);
}

/** The lower-case word itself plus every synonym a searcher may have meant by it. */
export function searchAlternatives(word: string): string[] {
  const alternatives = new Set([word]);
  for (const group of SYNONYM_GROUPS) {
    if (group.some((term) => matchesTerm(word, term))) for (const term of group) alternatives.add(term);
  }
  return [...alternatives];
}
