/**
 * A quick look at a cost line of an exchange file before zod. zod runs without its JIT in
 * the app (the CSP forbids `new Function`) and takes about 1.4 s for the 50,000 lines of a
 * workspace file; this check takes a tenth of that.
 *
 * It accepts only a line that zod's schema (costLineRecordSchema) would accept and return
 * unchanged: the known fields and no others, values of the right kind, a label already
 * trimmed and free of control characters, yearly amounts in whole cents. Such a line is
 * taken as it is. Everything else, valid or not, goes through zod, with zod's messages.
 * test/domain/costLineFastCheck.test.ts holds this promise against the schema for
 * generated lines.
 */
import { COST_CATEGORIES, RECURRENCES, VARIANTS } from '../costs/model';
import { hasVisibleCharacter } from '../visibleText';
import { isPlainObject } from './jsonWalk';

const ID = /^[0-9a-f-]{36}$/i;
/** As BIDI_CONTROLS in visibleText.ts, without the g flag (test, not replace). */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const REQUIRED = [
  'id',
  'createdAt',
  'updatedAt',
  'revision',
  'proposalId',
  'variant',
  'partyId',
  'category',
  'recurrence',
  'budgetRelevant',
  'label',
  'entry',
  'isExample',
];
const KNOWN = new Set([...REQUIRED, 'order']);

const variants = new Set<unknown>(VARIANTS);
const categories = new Set<unknown>(COST_CATEGORIES);
const recurrences = new Set<unknown>(RECURRENCES);

// zod's int() takes safe integers only.
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

function cleanLabel(v: unknown): boolean {
  return typeof v === 'string' && v.length >= 1 && v.length <= 200 && v === v.trim() && !BIDI_CONTROL.test(v) && hasVisibleCharacter(v);
}

/** A year key: four ASCII digits. By character codes: for the 750,000 years of a workspace file a regular expression was a tenth of the whole check. */
function isYear(key: string): boolean {
  if (key.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function yearAmounts(entry: unknown): boolean {
  if (!isPlainObject(entry) || entry.mode !== 'years' || Object.keys(entry).length !== 2 || !isPlainObject(entry.byYear)) return false;
  const byYear = entry.byYear;
  for (const year of Object.keys(byYear)) if (!isYear(year) || !isInt(byYear[year])) return false;
  return true;
}

/** True only for a line that zod's cost-line schema accepts and returns unchanged. */
export function isCostLineAsWritten(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  // Every key known and as many as the required ones (and the position, if there is one):
  // then all required ones are there, without asking for each.
  const keys = Object.keys(v);
  if (keys.length !== REQUIRED.length + (v.order === undefined ? 0 : 1)) return false;
  for (let i = 0; i < keys.length; i++) if (!KNOWN.has(keys[i]!)) return false;
  return (
    typeof v.id === 'string' &&
    ID.test(v.id) &&
    typeof v.createdAt === 'string' &&
    typeof v.updatedAt === 'string' &&
    isInt(v.revision) &&
    v.revision >= 1 &&
    typeof v.proposalId === 'string' &&
    v.proposalId.length >= 1 &&
    variants.has(v.variant) &&
    (v.partyId === null || typeof v.partyId === 'string') &&
    categories.has(v.category) &&
    recurrences.has(v.recurrence) &&
    typeof v.budgetRelevant === 'boolean' &&
    cleanLabel(v.label) &&
    yearAmounts(v.entry) &&
    typeof v.isExample === 'boolean' &&
    (v.order === undefined || (isInt(v.order) && v.order >= 0))
  );
}
