/**
 * Master data shipped with the app: the parties and areas of Kreis Unna (DOMAIN.md).
 * Populations are approximate (press releases around 2018) and stay editable.
 */
import type { AgendaItem, PartyInput } from './schemas';
import type { MeetingKind } from './vocabulary';

export interface SeedParty extends PartyInput {
  seedKey: string;
}

export const KREIS_UNNA_PARTIES: readonly SeedParty[] = [
  { seedKey: 'luenen', name: 'Lünen', kind: 'Stadt', inhabitants: 86_460, employees: null, payrollCases: null },
  { seedKey: 'unna', name: 'Unna', kind: 'Kreisstadt', inhabitants: 59_000, employees: null, payrollCases: null },
  { seedKey: 'bergkamen', name: 'Bergkamen', kind: 'Stadt', inhabitants: 48_716, employees: null, payrollCases: null },
  { seedKey: 'schwerte', name: 'Schwerte', kind: 'Stadt', inhabitants: 47_000, employees: null, payrollCases: null },
  { seedKey: 'kamen', name: 'Kamen', kind: 'Stadt', inhabitants: 44_000, employees: null, payrollCases: null },
  { seedKey: 'werne', name: 'Werne', kind: 'Stadt', inhabitants: 30_000, employees: null, payrollCases: null },
  { seedKey: 'selm', name: 'Selm', kind: 'Stadt', inhabitants: 26_000, employees: null, payrollCases: null },
  { seedKey: 'froendenberg', name: 'Fröndenberg/Ruhr', kind: 'Stadt', inhabitants: 20_807, employees: null, payrollCases: null },
  { seedKey: 'boenen', name: 'Bönen', kind: 'Gemeinde', inhabitants: 18_079, employees: null, payrollCases: null },
  { seedKey: 'holzwickede', name: 'Holzwickede', kind: 'Gemeinde', inhabitants: 17_084, employees: null, payrollCases: null },
  { seedKey: 'kreis-unna', name: 'Kreis Unna', kind: 'Kreis', inhabitants: null, employees: null, payrollCases: null },
];

export interface SeedArea {
  seedKey: string;
  order: number;
  name: string;
  description: string;
}

export const IKZ_AREAS: readonly SeedArea[] = [
  { seedKey: 'it', order: 1, name: 'IT-Konsolidierung', description: 'Zusammenlegung der Informationstechnologien – Schwerpunkt des Arbeitskreises.' },
  {
    seedKey: 'payroll',
    order: 2,
    name: 'Personalabrechnung und Arbeitszeit',
    description: 'Arbeitszeit- und Lohnabrechnung auf der gemeinsam genutzten Softwareplattform.',
  },
  { seedKey: 'audit', order: 3, name: 'Rechnungsprüfung', description: 'Örtliche Rechnungsprüfung.' },
  { seedKey: 'real-estate', order: 4, name: 'Immobilienverwaltung', description: 'Gebäude- und Liegenschaftsmanagement.' },
  { seedKey: 'building-yards', order: 5, name: 'Baubetriebshöfe', description: 'Bau- und Betriebshöfe, Fuhrpark, Winterdienst.' },
  { seedKey: 'procurement', order: 6, name: 'Beschaffungswesen', description: 'Gemeinsame Vergabe und Einkaufsgemeinschaften (§ 4 VgV).' },
  { seedKey: 'hr', order: 7, name: 'Personalfragen', description: 'Personalgewinnung, Aus- und Fortbildung, Personalentwicklung.' },
  { seedKey: 'officers', order: 8, name: 'Beauftragtenwesen', description: 'Datenschutz-, Gleichstellungs- und weitere Beauftragte.' },
];

export interface SeedMeeting {
  seedKey: string;
  title: string;
  date: string;
  location: string;
  kind: MeetingKind;
  participantIds: string[];
  agenda: AgendaItem[];
}

/** Day of month of the n-th given weekday (0 = Sunday) in a month (1-12). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The placeholder date a shipped meeting was seeded with (from its seedKey), or null for the user's own meetings. */
export function shippedMeetingDate(seedKey: string | null | undefined): string | null {
  const m = /^(kaemmerer|buergermeister)-(\d{4})$/.exec(seedKey ?? '');
  if (!m) return null;
  const year = Number(m[2]);
  const month = m[1] === 'kaemmerer' ? 3 : 4;
  return iso(year, month, nthWeekday(year, month, 3, 2));
}

/**
 * A shipped meeting's date stays provisional until someone changes it to the date of the
 * invitation. Only the date counts: adding an agenda or a note (a new revision) does not
 * make a placeholder date any truer.
 */
export function isProvisionalMeetingDate(meeting: { seedKey?: string | null; date: string }): boolean {
  return shippedMeetingDate(meeting.seedKey) === meeting.date;
}

/**
 * The working group meets in March, the mayors in April. Until this year's March
 * meeting has taken place, this year's meetings are the ones to plan for; after it,
 * next year's. (Switching on 1 March instead put the meetings a year off between
 * 1 March and the meeting itself, when it matters most.)
 * The dates are placeholders (second Wednesday) until the real invitation arrives.
 */
export function upcomingMeetings(today: Date): SeedMeeting[] {
  const todayIso = iso(today.getFullYear(), today.getMonth() + 1, today.getDate());
  const thisYear = today.getFullYear();
  const year = iso(thisYear, 3, nthWeekday(thisYear, 3, 3, 2)) >= todayIso ? thisYear : thisYear + 1;
  return [
    {
      seedKey: `kaemmerer-${year}`,
      title: `Arbeitskreis der Kämmerer (März ${year})`,
      date: iso(year, 3, nthWeekday(year, 3, 3, 2)),
      location: 'Kreishaus Unna',
      kind: 'arbeitskreis',
      participantIds: [],
      agenda: [],
    },
    {
      seedKey: `buergermeister-${year}`,
      title: `Bürgermeisterkonferenz (April ${year})`,
      date: iso(year, 4, nthWeekday(year, 4, 3, 2)),
      location: 'Kreishaus Unna',
      kind: 'buergermeisterkonferenz',
      participantIds: [],
      agenda: [],
    },
  ];
}
