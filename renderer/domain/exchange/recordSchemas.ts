/**
 * The zod schema of each exchanged table: the app's own record schemas (renderer/domain/
 * schemas.ts, costs/model.ts), reused, so a file holds nothing a form could not save.
 * Unsafe keys (`__proto__` …) are refused before any schema runs.
 */
import { isCostLineAsWritten } from './costLineFastCheck';
import { someObject } from './jsonWalk';
import { z } from 'zod';
import { contractSchema, contractTemplateSchema, contractVersionSchema } from '../contracts/model';
import { allocationSchema, costLineInputSchema, discountingSchema, periodSchema } from '../costs/modelSchemas';
import { areaSchema, meetingSchema, partySchema, proposalSchema, recordMetaSchema } from '../schemas';
import type { ExchangeTable } from './format';

export const costLineRecordSchema = recordMetaSchema.extend(costLineInputSchema.shape);

export const costPlanRecordSchema = recordMetaSchema.extend({
  proposalId: z.string().min(1),
  period: periodSchema,
  discounting: discountingSchema,
  allocation: allocationSchema,
  followsSettings: z.boolean().optional(),
});

const genericRecordSchema = z.looseObject(recordMetaSchema.shape);

export const RECORD_SCHEMAS: Record<ExchangeTable, z.ZodType> = {
  parties: partySchema,
  areas: areaSchema,
  meetings: meetingSchema,
  proposals: proposalSchema,
  costPlans: costPlanRecordSchema,
  costLines: costLineRecordSchema,
  contractTemplates: contractTemplateSchema,
  contracts: contractSchema,
  contractVersions: contractVersionSchema,
};

/**
 * Quick checks that let a record skip its zod schema when it is exactly as the app writes
 * it (jitless zod is slow for the 50,000 cost lines of a workspace file); see
 * costLineFastCheck.ts. A record they do not accept goes through zod.
 */
export const RECORD_FAST_CHECKS: Partial<Record<ExchangeTable, (record: unknown) => boolean>> = {
  costLines: isCostLineAsWritten,
};

/** For a table the app does not type (yet): the common fields, the rest kept as it is. */
export { genericRecordSchema };

export const tombstoneSchema = z.object({
  id: z.string().min(1).max(200),
  table: z.string().min(1).max(60),
  recordId: z.string().min(1).max(100),
  deletedAt: z.string().max(40),
  deletedBy: z.string().max(200),
  revision: z.number().int().min(1),
});

/** The longest time a base may name (an ISO time has 24 characters). */
export const MAX_BASE_TIME_LENGTH = 40;

export const baseRefSchema = z.object({ revision: z.number().int().min(1), updatedAt: z.string().max(MAX_BASE_TIME_LENGTH) });

export const logEntrySchema = z.object({
  id: z.string().min(1).max(100),
  at: z.string().max(40),
  by: z.string().max(200),
  table: z.string().max(60),
  recordId: z.string().max(100),
  action: z.enum(['create', 'update', 'delete']),
  summary: z.string().max(2000),
  fields: z.array(z.string().max(100)).max(500),
});

/** Keys that could reach an object's prototype in careless code; a file naming them is refused. */
export const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * False when the JSON text cannot hold an unsafe key: none of the names occurs in it and it
 * has no \u escape (a key's letters are either written out or escaped). A 30 MB file is
 * searched in milliseconds; walking its parsed value takes half a second.
 */
export function mayHoldUnsafeKey(jsonText: string): boolean {
  // One pass of the regular expression engine: a third of the time of one search per name.
  return UNSAFE_KEY_OR_ESCAPE.test(jsonText);
}

const UNSAFE_KEY_OR_ESCAPE = new RegExp(['\\\\u', ...UNSAFE_KEYS].join('|'));

/** The first unsafe key anywhere in a parsed JSON value, or null. */
export function findUnsafeKey(value: unknown): string | null {
  let found: string | null = null;
  someObject(value, (_object, keys) => (found = keys.find((key) => UNSAFE_KEYS.has(key)) ?? null) !== null);
  return found;
}
