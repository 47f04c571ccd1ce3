/**
 * Automatic backups (before schema upgrades) into the fixed backups folder. A backup
 * never replaces an existing file, and both the number and the size are capped so that
 * a faulty or hostile renderer cannot fill the disk.
 */
import path from 'node:path';
import { MAX_BACKUP_BYTES } from './contract';

export const MAX_BACKUP_FILES = 20;
export { MAX_BACKUP_BYTES };

export interface BackupFs {
  mkdir(p: string): Promise<unknown>;
  readdir(p: string): Promise<string[]>;
  /** Creates the file; rejects with code EEXIST when it already exists (flag 'wx'). */
  writeNewFile(p: string, data: Uint8Array): Promise<void>;
}

/** `name.json`, `name-2.json`, `name-3.json` … */
export function numberedName(fileName: string, n: number): string {
  if (n === 1) return fileName;
  const ext = path.extname(fileName);
  return `${fileName.slice(0, fileName.length - ext.length)}-${n}${ext}`;
}

export async function writeBackupFile(fs: BackupFs, backupsDir: string, fileName: string, content: string): Promise<{ location: string }> {
  const data = Buffer.from(content, 'utf8');
  if (data.byteLength > MAX_BACKUP_BYTES) {
    throw new Error(
      `Die Sicherung ist größer als ${MAX_BACKUP_BYTES / 1024 / 1024} MB und wurde nicht geschrieben. Bitte exportieren Sie die Daten unter Einstellungen → Datensicherung.`,
    );
  }
  await fs.mkdir(backupsDir);
  // When the folder is full we refuse rather than delete the oldest backup: a backup is
  // the user's only way back, and deleting one automatically would let a misbehaving
  // renderer wipe every good backup by writing 20 bad ones. The user decides what goes.
  const existing = (await fs.readdir(backupsDir)).filter((name) => name.toLowerCase().endsWith('.json'));
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
      return { location: target };
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== 'EEXIST') throw error;
    }
  }
  throw new Error(
    `Im Sicherungsordner ${backupsDir} gibt es schon zu viele Sicherungen mit dem Namen ${base}. Bitte verschieben Sie ältere Sicherungen in einen anderen Ordner.`,
  );
}
