/**
 * One zod schema per record type. Each is used for form validation, for import
 * validation and for exchange files, so the German messages live here once. Fixed values
 * and their labels are in vocabulary.ts, which the first screen can load without zod.
 */
import { z } from 'zod';
import { PROPOSAL_STATUSES, STATUSES_NEEDING_REASON } from './status';
import { invisibleMessage, visibleText } from './visibleText';
import { AGENDA_OUTCOMES, MEETING_KINDS, PARTY_KINDS, SETTINGS_ID } from './vocabulary';

const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, 'Ungültige Kennung.');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Bitte ein Datum im Format TT.MM.JJJJ angeben.');

/** Fields every stored record carries: merge across laptops needs ids, times and revisions. */
export const recordMetaSchema = z.object({
  id: uuid,
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int().min(1),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

const optionalCount = (label: string) =>
  z
    .number({ error: `${label}: bitte eine Zahl eintragen.` })
    .int(`${label}: bitte eine ganze Zahl eintragen.`)
    .min(0, `${label} kann nicht negativ sein.`)
    .max(10_000_000, `${label}: der Wert ist unrealistisch groß.`)
    .nullable();

export const partyInputSchema = z.object({
  name: visibleText({
    min: 2,
    max: 120,
    tooShort: 'Bitte einen Namen mit mindestens 2 Zeichen eintragen.',
    tooLong: 'Der Name ist zu lang (höchstens 120 Zeichen).',
    invisible: invisibleMessage('Der Name'),
  }),
  kind: z.enum(PARTY_KINDS, { error: 'Bitte eine Art auswählen (Stadt, Kreisstadt, Gemeinde, Kreis oder Sonstige).' }),
  inhabitants: optionalCount('Einwohnerzahl'),
  employees: optionalCount('Beschäftigte'),
  payrollCases: optionalCount('Abrechnungsfälle'),
});
export type PartyInput = z.infer<typeof partyInputSchema>;

export const partySchema = recordMetaSchema.extend(partyInputSchema.shape).extend({
  /** Stable key of shipped master data, so seeding can recognise its own records. */
  seedKey: z.string().nullable(),
});
export type Party = z.infer<typeof partySchema>;

export const areaInputSchema = z.object({
  name: visibleText({
    min: 3,
    max: 160,
    tooShort: 'Bitte einen Namen mit mindestens 3 Zeichen eintragen.',
    tooLong: 'Der Name ist zu lang (höchstens 160 Zeichen).',
    invisible: invisibleMessage('Der Name'),
  }),
  description: z.string().max(2000, 'Die Beschreibung ist zu lang (höchstens 2000 Zeichen).'),
  /** Chart colour (#RRGGBB); without it the charts use the palette by area order. No index, so no schema version. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Bitte eine Farbe im Format #RRGGBB wählen, z. B. #0072B2.')
    .nullable()
    .optional(),
});
export type AreaInput = z.infer<typeof areaInputSchema>;

export const areaSchema = recordMetaSchema.extend(areaInputSchema.shape).extend({
  order: z.number().int(),
  seedKey: z.string().nullable(),
});
export type Area = z.infer<typeof areaSchema>;

/** One item of a meeting's agenda: a proposal and the decision requested (Beschlussvorschlag). Order = array order. */
export const agendaItemSchema = z.object({
  id: z.string().min(1),
  proposalId: z.string().min(1),
  decisionRequested: z.string().max(2000, 'Der Beschlussvorschlag ist zu lang (höchstens 2000 Zeichen).'),
  outcome: z.enum(AGENDA_OUTCOMES).nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const meetingInputSchema = z.object({
  title: visibleText({
    min: 3,
    max: 200,
    tooShort: 'Bitte einen Titel mit mindestens 3 Zeichen eintragen.',
    tooLong: 'Der Titel ist zu lang (höchstens 200 Zeichen).',
    invisible: invisibleMessage('Der Titel'),
  }),
  date: isoDate.refine((d) => !Number.isNaN(Date.parse(d)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Dieses Datum gibt es nicht.'),
  location: z.string().max(200, 'Der Ort ist zu lang (höchstens 200 Zeichen).'),
  kind: z.enum(MEETING_KINDS, { error: 'Bitte die Art des Termins wählen.' }),
  /** Parties taking part (ids). */
  participantIds: z.array(z.string()),
  agenda: z.array(agendaItemSchema),
  /**
   * Presenter notes per slide of this meeting's presentation, by slide key („title“,
   * „proposal:<id>“ …; see features/presentation/deck.ts). Optional: older records and
   * forms without it keep working; no index, so no schema version.
   */
  slideNotes: z.record(z.string().max(100), z.string().max(5000, 'Die Notiz ist zu lang (höchstens 5.000 Zeichen).')).optional(),
});
export type MeetingInput = z.infer<typeof meetingInputSchema>;

export const meetingSchema = recordMetaSchema.extend(meetingInputSchema.shape).extend({
  seedKey: z.string().nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

const longText = (label: string) => z.string().max(10_000, `${label} ist zu lang (höchstens 10.000 Zeichen).`);

export const proposalInputSchema = z
  .object({
    title: visibleText({
      min: 3,
      max: 200,
      tooShort: 'Bitte einen Titel mit mindestens 3 Zeichen eintragen.',
      tooLong: 'Der Titel ist zu lang (höchstens 200 Zeichen).',
      invisible: invisibleMessage('Der Titel'),
    }),
    areaId: z.string({ error: 'Bitte ein Aufgabenfeld auswählen.' }).min(1, 'Bitte ein Aufgabenfeld auswählen.'),
    leadPartyId: z.string({ error: 'Bitte die federführende Kommune auswählen.' }).min(1, 'Bitte die federführende Kommune auswählen.'),
    participantIds: z.array(z.string()),
    description: longText('Die Beschreibung'),
    goals: longText('Die Ziele'),
    benefits: longText('Der qualitative Nutzen'),
    risks: longText('Die Risiken'),
    responsible: z.string().max(200, 'Der Name ist zu lang (höchstens 200 Zeichen).'),
    nextMeetingId: z.string().nullable(),
    dependsOn: z.array(z.string()),
  })
  .superRefine((value, ctx) => {
    if (value.participantIds.includes(value.leadPartyId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['participantIds'],
        message: 'Die federführende Kommune ist bereits beteiligt; bitte hier nur die weiteren Beteiligten auswählen.',
      });
    }
    if (new Set(value.dependsOn).size !== value.dependsOn.length) {
      ctx.addIssue({ code: 'custom', path: ['dependsOn'], message: 'Ein Vorschlag ist doppelt als Abhängigkeit eingetragen.' });
    }
  });
export type ProposalInput = z.infer<typeof proposalInputSchema>;

export const statusHistoryEntrySchema = z.object({
  status: z.enum(PROPOSAL_STATUSES),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
});

export const proposalSchema = recordMetaSchema
  .extend(proposalInputSchema.shape)
  .extend({
    status: z.enum(PROPOSAL_STATUSES),
    statusReason: z.string(),
    statusHistory: z.array(statusHistoryEntrySchema),
    isExample: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (STATUSES_NEEDING_REASON.includes(value.status) && value.statusReason.trim().length < 3) {
      ctx.addIssue({ code: 'custom', path: ['statusReason'], message: 'Für diesen Status ist eine Begründung nötig.' });
    }
  });
export type Proposal = z.infer<typeof proposalSchema>;

export const settingsInputSchema = z.object({
  userName: z
    .string()
    .trim()
    .min(2, 'Bitte Ihren Namen eintragen (mindestens 2 Zeichen); er erscheint im Änderungsprotokoll.')
    .max(120, 'Der Name ist zu lang (höchstens 120 Zeichen).'),
  homePartyId: z.string().nullable(),
  discountRatePercent: z
    .number({ error: 'Bitte einen Zinssatz als Zahl eintragen, z. B. 0,9.' })
    .min(-5, 'Der Zinssatz muss zwischen -5 % und 20 % liegen.')
    .max(20, 'Der Zinssatz muss zwischen -5 % und 20 % liegen.'),
  observationYears: z
    .number({ error: 'Bitte die Zahl der Jahre eintragen.' })
    .int('Bitte eine ganze Zahl von Jahren eintragen.')
    .min(1, 'Der Betrachtungszeitraum muss 1 bis 30 Jahre lang sein.')
    .max(30, 'Der Betrachtungszeitraum muss 1 bis 30 Jahre lang sein.'),
});
export type SettingsInput = z.infer<typeof settingsInputSchema>;

export const settingsSchema = settingsInputSchema.extend({
  id: z.literal(SETTINGS_ID),
  updatedAt: z.string(),
  revision: z.number().int().min(1),
});
export type Settings = z.infer<typeof settingsSchema>;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export type ChangeAction = 'create' | 'update' | 'delete';

export interface ChangeLogEntry {
  id: string;
  at: string;
  by: string;
  table: string;
  recordId: string;
  action: ChangeAction;
  summary: string;
  changes: FieldChange[];
}

/** First German message of a failed parse, with the field it belongs to. */
export function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.message : 'Die Eingabe ist ungültig.';
}

/**
 * What remains of a deleted record: enough for another laptop to learn of the deletion
 * when exchange files are merged. `revision` is one above the deleted record's, so a
 * later edit elsewhere (a higher revision) can be told apart from an older one.
 */
export interface Tombstone {
  /** `${table}:${recordId}`: one tombstone per record. */
  id: string;
  table: string;
  recordId: string;
  deletedAt: string;
  deletedBy: string;
  revision: number;
}
