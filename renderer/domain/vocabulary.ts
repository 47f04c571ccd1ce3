/**
 * The fixed values of the records (kinds, outcomes, the settings' id and defaults) and
 * their German labels. Apart from the zod schemas (schemas.ts), so that screens and reads
 * can use them without loading the validation library (issue 6: initial bundle).
 */
import type { ProposalInput, SettingsInput } from './schemas';

export const PARTY_KINDS = ['Stadt', 'Kreisstadt', 'Gemeinde', 'Kreis', 'Sonstige'] as const;

/** Kinds of meeting; the two fixed ones of the year and any other. */
export const MEETING_KINDS = ['arbeitskreis', 'buergermeisterkonferenz', 'sonstiges'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  arbeitskreis: 'Arbeitskreis der Kämmerer',
  buergermeisterkonferenz: 'Bürgermeisterkonferenz',
  sonstiges: 'Sonstiger Termin',
};

/** What the meeting decided on an agenda item (null: not yet recorded). */
export const AGENDA_OUTCOMES = ['beschlossen', 'vertagt', 'abgelehnt', 'zur_kenntnis'] as const;
export type AgendaOutcome = (typeof AGENDA_OUTCOMES)[number];
export const AGENDA_OUTCOME_LABELS: Record<AgendaOutcome, string> = {
  beschlossen: 'beschlossen',
  vertagt: 'vertagt',
  abgelehnt: 'abgelehnt',
  zur_kenntnis: 'zur Kenntnis genommen',
};

/** The one settings record (Einstellungen). */
export const SETTINGS_ID = 'settings';

/** The federal finance ministry's rate for the usual case (July 2023), see DOMAIN.md. */
export const DEFAULT_SETTINGS: SettingsInput = {
  userName: 'Unbekannt',
  homePartyId: null,
  discountRatePercent: 0.9,
  observationYears: 10,
};

/** A proposal with nothing filled in: the new-proposal form's start, and the base of test and bench data. */
export const EMPTY_PROPOSAL: ProposalInput = {
  title: '',
  areaId: '',
  leadPartyId: '',
  participantIds: [],
  description: '',
  goals: '',
  benefits: '',
  risks: '',
  responsible: '',
  nextMeetingId: null,
  dependsOn: [],
};
