/**
 * Which backups to keep: the newest few, the newest of each of the last 10 days that have
 * backups, and the newest of each of the last 4 weeks that have backups (the same rules
 * as restic's --keep-last/--keep-daily/--keep-weekly, so they are easy to explain).
 *
 * Pure and shared by the main process (files in the backups folder) and the browser
 * fallback (rows in its own IndexedDB). The dates must come from the side that stores the
 * backup (file time in main, the stored time in the browser), never from the backup's
 * name or content: a faulty renderer that writes backup after backup can then at most push
 * out older backups of the same day, never those of earlier days.
 */
export interface BackupStamp {
  name: string;
  at: Date;
}

export interface RetentionPolicy {
  /** Always kept, so a backup taken before a restore survives the next few of the same day. */
  last: number;
  daily: number;
  weekly: number;
}

export const RETENTION: RetentionPolicy = { last: 5, daily: 10, weekly: 4 };

const pad = (n: number) => String(n).padStart(2, '0');

/** Local calendar day, as the user counts days. */
export function dayKey(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** ISO 8601 week (Monday first; week 1 holds the year's first Thursday), in local time. */
export function weekKey(at: Date): string {
  const d = new Date(at.getFullYear(), at.getMonth(), at.getDate());
  const weekday = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - weekday + 3);
  const isoYear = d.getFullYear();
  const firstThursday = new Date(isoYear, 0, 4);
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getDay() + 6) % 7)) / 7);
  return `${isoYear}-W${pad(week)}`;
}

/** Names of the backups to keep; every other backup may be deleted. */
export function backupsToKeep(backups: readonly BackupStamp[], policy: RetentionPolicy = RETENTION): Set<string> {
  const valid = backups.filter((b) => Number.isFinite(b.at.getTime()));
  // Newest first; equal times by name so the result never depends on the input order.
  const newest = [...valid].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  const keep = new Set(newest.slice(0, policy.last).map((b) => b.name));
  const newestPer = (key: (at: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newest) {
      const k = key(b.at);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(b.name);
    }
  };
  newestPer(dayKey, policy.daily);
  newestPer(weekKey, policy.weekly);
  // A backup with an unreadable time is never deleted automatically: we cannot tell its age.
  for (const b of backups) if (!Number.isFinite(b.at.getTime())) keep.add(b.name);
  return keep;
}
