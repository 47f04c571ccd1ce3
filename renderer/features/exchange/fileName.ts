/**
 * `<Kreis>-<Partei>-<Datum>.ikz`, e.g. `Kreis-Unna-Luenen-2026-11-26.ikz`: the receiver sees
 * at a glance from whom and from when; the ISO date sorts in a folder. Umlauts are spelled
 * out and other signs become hyphens, because mail programs and USB sticks with old file
 * systems still mangle them.
 */
const SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

export function fileNamePart(text: string): string {
  const spelled = text.replace(/[äöüÄÖÜß]/g, (c) => SPELLED[c]!);
  return spelled.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unbenannt';
}

function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function exchangeFileName(kreis: string, party: string, now: Date): string {
  return `${fileNamePart(kreis)}-${fileNamePart(party)}-${localIsoDate(now)}.ikz`;
}
