/**
 * The shape of one table in an exchange file: its records (checked one by one later), its
 * tombstones and the bases of its records (the versions each change was based on).
 *
 * zod runs without its JIT in the app (the CSP forbids `new Function`): a workspace file
 * sent a second time names a base for each of its 50,000 cost lines, and checking those
 * with zod took a fifth of a second. Bases as the app writes them (exactly the two fields,
 * of the right kinds and lengths) are taken as they are; anything else goes through zod,
 * with zod's messages. test/domain/tableShape.test.ts holds this against the schema.
 */
import { z } from 'zod';
import { isPlainObject } from './jsonWalk';
import { baseRefSchema, MAX_BASE_TIME_LENGTH, tombstoneSchema } from './recordSchemas';

/** At most this many bases per record, ids of at most this length (as the schema below). */
const MAX_BASES = 50;
const MAX_ID_LENGTH = 100;

export const tableContentSchema = z.object({
  records: z.array(z.unknown()),
  tombstones: z.array(tombstoneSchema),
  bases: z.record(z.string().max(MAX_ID_LENGTH), z.array(baseRefSchema).max(MAX_BASES)),
});

export type TableShape = z.infer<typeof tableContentSchema>;

/** A base as written: `{ revision, updatedAt }` and nothing else (zod would drop the rest, so it goes through zod). */
function isBaseAsWritten(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  let fields = 0;
  for (const _key in v) fields++;
  const { revision, updatedAt } = v;
  return (
    fields === 2 &&
    typeof revision === 'number' &&
    Number.isSafeInteger(revision) &&
    revision >= 1 &&
    typeof updatedAt === 'string' &&
    updatedAt.length <= MAX_BASE_TIME_LENGTH
  );
}

/** True only for bases that zod's schema accepts and returns unchanged. */
export function basesAsWritten(bases: unknown): bases is TableShape['bases'] {
  if (!isPlainObject(bases)) return false;
  for (const id of Object.keys(bases)) {
    const refs = bases[id];
    if (id.length > MAX_ID_LENGTH || !Array.isArray(refs) || refs.length > MAX_BASES) return false;
    for (let i = 0; i < refs.length; i++) if (!isBaseAsWritten(refs[i])) return false;
  }
  return true;
}

/** The table's parts, checked; bases as written skip zod (see above). */
export function tableShape(value: unknown): z.ZodSafeParseResult<TableShape> {
  if (isPlainObject(value) && Array.isArray(value.records) && basesAsWritten(value.bases)) {
    const tombstones = z.array(tombstoneSchema).safeParse(value.tombstones);
    if (tombstones.success) return { success: true, data: { records: value.records, tombstones: tombstones.data, bases: value.bases } };
  }
  return tableContentSchema.safeParse(value);
}
