/**
 * The first line of every backup the app writes: what it is, when and by which version it
 * was written, its schema version and how many records each table holds. Main (and the
 * browser fallback) read only this line to list backups, never the whole file, and trust
 * nothing in it without this schema.
 *
 * A backup file is one JSON document:
 *   {"format":"ikz-planer-sicherung","formatVersion":1,…,"counts":{…},   ← line 1 (this header)
 *   "tables":{"parties":[…],…}}                                          ← the data
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'ikz-planer-sicherung';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_REASONS = ['manuell', 'start', 'vor-update', 'vor-import', 'vor-wiederherstellung'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const backupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(60),
  schemaVersion: z.number().int().min(1).max(10_000),
  reason: z.enum(BACKUP_REASONS),
  counts: z.record(z.string().regex(/^\w{1,60}$/), z.number().int().min(0)),
});
export type BackupHeader = z.infer<typeof backupHeader>;

/** How many characters of a file are read to find the header (it is a few hundred). */
export const BACKUP_HEADER_CHARS = 16 * 1024;

/** The header of a backup's text (or its first characters), or null when it has none. */
export function headerOfBackupText(text: string): BackupHeader | null {
  const end = text.indexOf('\n');
  if (end < 0) return null;
  const line = text.slice(0, end).trimEnd();
  if (!line.startsWith('{') || !line.endsWith(',')) return null;
  try {
    const parsed = backupHeader.safeParse(JSON.parse(`${line.slice(0, -1)}}`));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The whole document: header line, then the tables. */
export function backupText(header: BackupHeader, body: Record<string, unknown>): string {
  const head = JSON.stringify(header);
  const rest = JSON.stringify(body);
  // rest is "{…}": drop its opening brace; an empty body closes the header object itself.
  return rest === '{}' ? `${head.slice(0, -1)},\n"tables":{}}` : `${head.slice(0, -1)},\n${rest.slice(1)}`;
}
