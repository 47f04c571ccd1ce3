/**
 * Schema v5 (issue 8): meetings get a kind, participants and an agenda. Existing meetings
 * keep everything they had; the kind follows the seeded meetings' keys (or the title),
 * participants and agenda start empty. Pinned here, not read from the current schemas,
 * so a later change of the meeting schema does not change what this step did.
 */
import type { Transaction } from 'dexie';

type MeetingKindV5 = 'arbeitskreis' | 'buergermeisterkonferenz' | 'sonstiges';

export function meetingKindV5(meeting: { seedKey?: string | null; title?: string }): MeetingKindV5 {
  const key = meeting.seedKey ?? '';
  const title = (meeting.title ?? '').toLowerCase();
  if (key.startsWith('kaemmerer-') || title.includes('kämmerer')) return 'arbeitskreis';
  if (key.startsWith('buergermeister-') || title.includes('bürgermeister')) return 'buergermeisterkonferenz';
  return 'sonstiges';
}

export async function upgradeMeetingAgendas(tx: Transaction): Promise<void> {
  await tx
    .table('meetings')
    .toCollection()
    .modify((m: Record<string, unknown>) => {
      if (typeof m.kind !== 'string') m.kind = meetingKindV5(m as { seedKey?: string | null; title?: string });
      if (!Array.isArray(m.participantIds)) m.participantIds = [];
      if (!Array.isArray(m.agenda)) m.agenda = [];
    });
}
