import { z } from 'zod';
import { EXCHANGE_FORMAT, MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from './format';

const base64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .length(Math.ceil(bytes / 3) * 4);

export const encryptionSchema = z.object({
  algorithm: z.literal('AES-256-GCM'),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
  salt: base64(16),
  iv: base64(12),
});

export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('workspace') }),
  z.object({ kind: z.literal('proposals'), proposalIds: z.array(z.string().min(1).max(100)).max(100_000) }),
  z.object({ kind: z.literal('masterData') }),
]);

export const headerSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string().max(40),
  exportedBy: z.string().max(200),
  sender: z.object({
    userName: z.string().max(200),
    partyId: z.string().max(100).nullable(),
    partyName: z.string().max(200).nullable(),
    deviceId: z.string().min(1).max(100),
  }),
  scope: scopeSchema,
  encryption: encryptionSchema.nullable(),
  checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});
