/** Titles and labels of a report, from its selection and data (cover, footer, PDF metadata). */
import { formatDate } from '../../domain/format';
import type { Meeting, Party } from '../../domain/schemas';

export const REPORT_DISTRICT = 'Kreis Unna';
export const REPORT_BODY = 'Arbeitskreis der Kämmerer';
const DEFAULT_TITLE = 'Interkommunale Zusammenarbeit im Kreis Unna';

export function reportTexts(meeting: Meeting | null, party: Party | null, todayIso: string) {
  const title = meeting ? meeting.title : DEFAULT_TITLE;
  const occasion = meeting?.kind === 'buergermeisterkonferenz' ? 'Bericht für die Bürgermeisterkonferenz' : 'Bericht des Arbeitskreises der Kämmerer';
  const perspective = party ? `Sicht der Kommune ${party.name}` : 'Sicht des gesamten Kreises Unna';
  const fullTitle = party ? `${title} – ${party.name}` : title;
  return {
    title,
    occasion,
    perspective,
    /** Footer and PDF title. */
    fullTitle,
    date: formatDate(meeting?.date ?? todayIso),
    subject: `${occasion}: Einsparungen, Kapitalwert und Anteile der Beteiligten (${perspective})`,
    fileName:
      `${fullTitle}`
        .replace(/[^\wÄÖÜäöüß -]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 120) + '.pdf',
  };
}

/** Today as YYYY-MM-DD in local time (the report's date when it is not for a meeting). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
