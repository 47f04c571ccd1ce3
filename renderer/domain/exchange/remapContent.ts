/**
 * Rewriting a checked file's master-data ids to this laptop's (remapIds), with the cost
 * lines done by their schema: 50,000 lines walked member by member, each key and string
 * looked up, took a sixth of a second of every workspace import.
 *
 * A cost line of a checked file has only the members of the cost-line schema, its entry
 * only those of its mode, and the yearly amounts hold four-digit years and whole cents. So
 * its ids can be only in its string members and its entry's, never in a key, unless a
 * mapped id is itself a member name or a four-digit number: then every line is walked
 * like the rest. Either way the result is remapIds' own (test/domain/remapContent.test.ts).
 */
import { amountEntrySchema } from '../costs/modelSchemas';
import type { ExchangeContent, ExchangeRecord } from './format';
import { remapIds } from './merge';
import { costLineRecordSchema } from './recordSchemas';

const LINE_MEMBERS = Object.keys(costLineRecordSchema.shape);
const ENTRY_MEMBERS = [...new Set(amountEntrySchema.options.flatMap((mode) => Object.keys(mode.shape)))];
const NAMES = new Set([...LINE_MEMBERS, ...ENTRY_MEMBERS]);
const FOUR_DIGITS = /^\d{4}$/;

/** A copy of `record` with its string `members` mapped, or the record itself when none is. */
function withMappedStrings(record: Record<string, unknown>, members: readonly string[], mapped: (s: string) => string | undefined): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const member of members) {
    const value = record[member];
    if (typeof value !== 'string') continue;
    const id = mapped(value);
    if (id !== undefined) (out ??= { ...record })[member] = id;
  }
  return out ?? record;
}

function remapLine(line: ExchangeRecord, mapped: (s: string) => string | undefined): ExchangeRecord {
  const out = withMappedStrings(line, LINE_MEMBERS, mapped) as ExchangeRecord;
  const entry = line.entry;
  if (typeof entry !== 'object' || entry === null) return out;
  const newEntry = withMappedStrings(entry as Record<string, unknown>, ENTRY_MEMBERS, mapped);
  if (newEntry === entry) return out;
  return out === line ? { ...line, entry: newEntry } : Object.assign(out, { entry: newEntry });
}

/** The content with every mapped id replaced, as remapIds does it; a record that holds none is the same object as before. */
export function remapContent(content: ExchangeContent, map: ReadonlyMap<string, string>): ExchangeContent {
  const lines = content.tables.costLines;
  if (map.size === 0 || !lines || [...map.keys()].some((id) => NAMES.has(id) || FOUR_DIGITS.test(id))) return remapIds(content, map);
  const rest = remapIds({ ...content, tables: { ...content.tables, costLines: { ...lines, records: [] } } }, map);
  // Only a string as long as a mapped id is looked up.
  const lengths = new Set([...map.keys()].map((id) => id.length));
  const mapped = (s: string) => (lengths.has(s.length) ? map.get(s) : undefined);
  const records = lines.records.map((line) => remapLine(line, mapped));
  return { ...rest, tables: { ...rest.tables, costLines: { ...rest.tables.costLines!, records } } };
}
