/** Texts of the Sicherungen card: why a backup was written and what it holds. */
import { tableLabel, tableOrder } from '../../data/backups';
import { formatDecimal, formatInteger } from '../../domain/format';
import type { BackupFileInfo, BackupReason } from '../../platform';

export const REASON_LABELS: Record<BackupReason, string> = {
  manuell: 'von Hand',
  start: 'beim Programmstart',
  'vor-update': 'vor einem Update',
  'vor-import': 'vor einem Import',
  'vor-wiederherstellung': 'vor einer Wiederherstellung',
};

/** The tables users know, in a short line: „2 Vorschläge, 340 Kostenzeilen, 11 Kommunen, 3 Termine“. */
const SUMMARY_TABLES = ['proposals', 'costLines', 'parties', 'meetings', 'contracts'];

export function contentsSummary(counts: Record<string, number>): string {
  return Object.keys(counts)
    .filter((t) => SUMMARY_TABLES.includes(t))
    .sort(tableOrder)
    .map((t) => `${formatInteger(counts[t]!)} ${tableLabel(t)}`)
    .join(', ');
}

export function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${formatInteger(Math.max(1, Math.round(bytes / 1024)))} KB` : `${formatDecimal(bytes / 1024 / 1024)} MB`;
}

export function versionText(backup: BackupFileInfo): string {
  if (!backup.header) return '–';
  return `${backup.header.appVersion} · DB ${backup.header.schemaVersion}`;
}
