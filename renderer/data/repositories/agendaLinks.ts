/**
 * A proposal's places on meetings' agendas, taken off when the proposal is deleted and put
 * back by its undo. Runs inside the proposal's command (same transaction).
 */
import type { AgendaItem, Proposal } from '../../domain/schemas';
import type { WriteTx } from '../commands';

export interface RemovedAgendaItem {
  meetingId: string;
  item: AgendaItem;
  /** 0-based place on the agenda before removal. */
  index: number;
}

export async function removeFromAllAgendas(tx: WriteTx, proposal: Proposal): Promise<RemovedAgendaItem[]> {
  const meetings = await tx.db.meetings.filter((m) => m.agenda.some((i) => i.proposalId === proposal.id)).toArray();
  const removed: RemovedAgendaItem[] = [];
  for (const m of meetings) {
    m.agenda.forEach((item, index) => {
      if (item.proposalId === proposal.id) removed.push({ meetingId: m.id, item, index });
    });
    const agenda = m.agenda.filter((i) => i.proposalId !== proposal.id);
    await tx.update('meetings', m, { agenda }, `Tagesordnungspunkt „${proposal.title}“ entfernt (Vorschlag gelöscht)`);
  }
  return removed;
}

export async function restoreToAgendas(tx: WriteTx, proposal: Proposal, removed: readonly RemovedAgendaItem[]): Promise<void> {
  for (const r of removed) {
    const m = await tx.db.meetings.get(r.meetingId);
    // A meeting deleted meanwhile, or one that has the proposal again, is left alone.
    if (!m || m.agenda.some((i) => i.proposalId === proposal.id)) continue;
    const agenda = [...m.agenda];
    agenda.splice(Math.min(r.index, agenda.length), 0, r.item);
    await tx.update('meetings', m, { agenda }, `Tagesordnungspunkt „${proposal.title}“ wiederhergestellt`);
  }
}
