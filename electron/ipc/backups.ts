/**
 * Backups in the fixed backups folder under userData: written as new files (never over an
 * existing one), listed by their header line, read and exported by a bare name, and kept
 * by the retention rules of ./retention.ts. Both the size and the number of files are
 * capped so that a faulty or hostile renderer cannot fill the disk.
 */
import path from 'node:path';
import { BACKUP_HEADER_CHARS, headerOfBackupText, type BackupHeader } from './backupHeader';
import { MAX_BACKUP_BYTES } from './contract';
import { isSafeFileName } from './fileNames';
import { backupsToKeep } from './retention';

export const MAX_BACKUP_FILES = 20;
export { MAX_BACKUP_BYTES };

export interface BackupFs {
  mkdir(p: string): Promise<unknown>;
  readdir(p: string): Promise<string[]>;
  /** Creates the file; rejects with code EEXIST when it already exists (flag 'wx'). */
  writeNewFile(p: string, data: Uint8Array): Promise<void>;
  /** Modification time and size; the time is main's own clock at writing. */
  stat(p: string): Promise<{ size: number; mtimeMs: number }>;
  /** At most the first `bytes` bytes of the file (for the header line). */
  readHead(p: string, bytes: number): Promise<Uint8Array>;
  readFile(p: string): Promise<Uint8Array>;
  unlink(p: string): Promise<void>;
}

export interface BackupFileInfo {
  name: string;
  bytes: number;
  /** When main wrote the file (ISO). */
  modifiedAt: string;
  header: BackupHeader | null;
}

/** `name.json`, `name-2.json`, `name-3.json` … */
export function numberedName(fileName: string, n: number): string {
  if (n === 1) return fileName;
  const ext = path.extname(fileName);
  return `${fileName.slice(0, fileName.length - ext.length)}-${n}${ext}`;
}

const isBackupName = (name: string) => name.toLowerCase().endsWith('.json') && isSafeFileName(name);

/**
 * The path of a backup named by the renderer, or an error. The contract already refuses
 * anything but a plain name; this is the second guard, and the name must be one of the
 * files actually in the folder.
 */
export async function backupFilePath(fs: BackupFs, backupsDir: string, name: string): Promise<string> {
  const base = path.basename(name);
  const target = path.join(backupsDir, base);
  const inside = path.relative(backupsDir, target);
  const known = isBackupName(base) && base === name && !inside.startsWith('..') && !path.isAbsolute(inside);
  if (!known || !(await listNames(fs, backupsDir)).includes(base)) {
    throw new Error(`Die Sicherung „${name}“ gibt es im Sicherungsordner nicht. Bitte wählen Sie eine Sicherung aus der Liste.`);
  }
  return target;
}

async function listNames(fs: BackupFs, backupsDir: string): Promise<string[]> {
  try {
    return (await fs.readdir(backupsDir)).filter(isBackupName);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ENOENT') return [];
    throw error;
  }
}

/** Every backup in the folder, newest first. */
export async function listBackupFiles(fs: BackupFs, backupsDir: string): Promise<BackupFileInfo[]> {
  const infos: BackupFileInfo[] = [];
  for (const name of await listNames(fs, backupsDir)) {
    const p = path.join(backupsDir, name);
    try {
      const { size, mtimeMs } = await fs.stat(p);
      const head = new TextDecoder().decode(await fs.readHead(p, BACKUP_HEADER_CHARS * 4));
      infos.push({ name, bytes: size, modifiedAt: new Date(mtimeMs).toISOString(), header: headerOfBackupText(head) });
    } catch {
      // Deleted meanwhile, or not a readable file (a folder named x.json): not a backup to list.
    }
  }
  return infos.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name));
}

/** Deletes the backups the retention rules do not keep; returns their names. */
export async function pruneBackups(fs: BackupFs, backupsDir: string): Promise<string[]> {
  const stamps = [];
  for (const name of await listNames(fs, backupsDir)) stamps.push({ name, at: new Date((await fs.stat(path.join(backupsDir, name))).mtimeMs) });
  const keep = backupsToKeep(stamps);
  const removed = stamps.filter((s) => !keep.has(s.name)).map((s) => s.name);
  for (const name of removed) await fs.unlink(path.join(backupsDir, name));
  return removed;
}

export async function writeBackupFile(fs: BackupFs, backupsDir: string, fileName: string, content: string): Promise<{ location: string }> {
  const data = Buffer.from(content, 'utf8');
  if (data.byteLength > MAX_BACKUP_BYTES) {
    throw new Error(
      `Die Sicherung ist größer als ${MAX_BACKUP_BYTES / 1024 / 1024} MB und wurde nicht geschrieben. Bitte exportieren Sie die Daten unter Einstellungen → Sicherungen.`,
    );
  }
  await fs.mkdir(backupsDir);
  // Old backups go by the retention rules (dates from the file system, see ./retention.ts)
  // before the count is checked; the cap stays as a guard should deleting fail.
  await pruneBackups(fs, backupsDir).catch(() => undefined);
  const existing = await listNames(fs, backupsDir);
  if (existing.length >= MAX_BACKUP_FILES) {
    throw new Error(
      `Im Sicherungsordner ${backupsDir} liegen bereits ${existing.length} Sicherungen (höchstens ${MAX_BACKUP_FILES}). Bitte verschieben Sie ältere Sicherungen in einen anderen Ordner und versuchen Sie es erneut.`,
    );
  }
  // basename is a second guard: the contract already refuses anything but a plain name.
  const base = path.basename(fileName);
  for (let n = 1; n <= MAX_BACKUP_FILES + 1; n++) {
    const target = path.join(backupsDir, numberedName(base, n));
    try {
      await fs.writeNewFile(target, data);
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== 'EEXIST') throw error;
      continue;
    }
    // The backup is written; a failure to tidy up must not report it as lost.
    await pruneBackups(fs, backupsDir).catch(() => undefined);
    return { location: target };
  }
  throw new Error(
    `Im Sicherungsordner ${backupsDir} gibt es schon zu viele Sicherungen mit dem Namen ${base}. Bitte verschieben Sie ältere Sicherungen in einen anderen Ordner.`,
  );
}
