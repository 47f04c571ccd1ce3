/**
 * Rewriting a checked file's master-data ids to this laptop's (remapIds), with the cost
 * lines and every table's bases done by their schema: 50,000 lines walked member by
 * member, each key and string looked up, and as many bases once the file was sent before,
 * took a sixth of a second of every workspace import.
 *
 * A cost line of a checked file has only the members of the cost-line schema, its entry
 * only those of its mode, and the yearly amounts hold four-digit years and whole cents; a
 * base is `{ revision, updatedAt }` under a record's id. So their ids can be only in those
 * strings and in the bases' keys, unless a mapped id is itself a member or table name or a
 * four-digit number: then everything is walked. Either way the result is remapIds' own
 * (test/domain/remapContent.test.ts).
 */
import { amountEntrySchema } from '../costs/modelSchemas';
import { EXCHANGE_TABLES, type ExchangeContent, type ExchangeRecord, type ExchangeTable } from './format';
import { idLookup, remapIds } from './merge';
import { costLineRecordSchema } from './recordSchemas';

const LINE_MEMBERS = Object.keys(costLineRecordSchema.shape);
const ENTRY_MEMBERS = [...new Set(amountEntrySchema.options.flatMap((mode) => Object.keys(mode.shape)))];
/** Names a mapped id must not have for the shortcut: remapIds would rename such a key. */
const NAMES = new Set<string>([
  ...LINE_MEMBERS,
  ...ENTRY_MEMBERS,
  ...EXCHANGE_TABLES,
  'tables',
  'changeLog',
  'records',
  'tombstones',
  'bases',
  'revision',
  'updatedAt',
]);
const FOUR_DIGITS = /^\d{4}$/;

type Lookup = (s: string) => string | undefined;

/** A copy of `record` with its string `members` mapped, or the record itself when none is. */
function withMappedStrings(record: Record<string, unknown>, members: readonly string[], mapped: Lookup): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const member of members) {
    const value = record[member];
    if (typeof value !== 'string') continue;
    const id = mapped(value);
    if (id !== undefined) (out ??= { ...record })[member] = id;
  }
  return out ?? record;
}

function remapLine(line: ExchangeRecord, mapped: Lookup): ExchangeRecord {
  const out = withMappedStrings(line, LINE_MEMBERS, mapped) as ExchangeRecord;
  const entry = line.entry;
  if (typeof entry !== 'object' || entry === null) return out;
  const newEntry = withMappedStrings(entry as Record<string, unknown>, ENTRY_MEMBERS, mapped);
  if (newEntry === entry) return out;
  return out === line ? { ...line, entry: newEntry } : Object.assign(out, { entry: newEntry });
}

/** True when a base's record id or time is a mapped id (then the bases are walked). */
function basesHoldId(bases: Record<string, readonly { updatedAt: unknown }[]>, mapped: Lookup): boolean {
  for (const id of Object.keys(bases)) {
    if (mapped(id) !== undefined) return true;
    for (const ref of bases[id]!) if (typeof ref.updatedAt === 'string' && mapped(ref.updatedAt) !== undefined) return true;
  }
  return false;
}

/** The content with every mapped id replaced, as remapIds does it; a record that holds none is the same object as before. */
export function remapContent(content: ExchangeContent, map: ReadonlyMap<string, string>): ExchangeContent {
  if (map.size === 0 || [...map.keys()].some((id) => NAMES.has(id) || FOUR_DIGITS.test(id))) return remapIds(content, map);
  const mapped = idLookup(map);
  const tables: ExchangeContent['tables'] = {};
  for (const name of Object.keys(content.tables) as ExchangeTable[]) {
    const t = content.tables[name]!;
    tables[name] = {
      records: name === 'costLines' ? t.records.map((line) => remapLine(line, mapped)) : remapIds(t.records, map),
      tombstones: remapIds(t.tombstones, map),
      bases: basesHoldId(t.bases, mapped) ? remapIds(t.bases, map) : t.bases,
    };
  }
  // The change log and whatever else the content holds: walked.
  return { ...remapIds({ ...content, tables: {} }, map), tables };
}
