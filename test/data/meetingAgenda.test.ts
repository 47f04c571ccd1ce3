import { describe, expect, it } from 'vitest';
import { changesOfRecord } from '../../renderer/data/changeLog';
import {
  addAgendaItem,
  moveAgendaItem,
  recordOutcome,
  removeAgendaItem,
  restoreAgenda,
  setDecisionRequested,
} from '../../renderer/data/repositories/meetingAgenda';
import { createMeeting, deleteMeeting, updateMeetingDetails } from '../../renderer/data/repositories/meetings';
import { changeProposalStatus, createProposal, deleteProposal, restoreProposal } from '../../renderer/data/repositories/proposals';
import type { ProposalStatus } from '../../renderer/domain/status';
import { freshDb, idsOf } from './helpers';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';

const TODAY = new Date('2026-11-26T12:00:00');

async function setup() {
  const db = await freshDb();
  const { party, area } = await idsOf(db);
  const proposal = (title: string) =>
    createProposal(db, {
      ...EMPTY_PROPOSAL,
      title,
      areaId: area('building-yards'),
      leadPartyId: party('kamen'),
    });
  const meeting = (title: string, date: string) =>
    createMeeting(db, { title, date, location: 'Kreishaus Unna', kind: 'arbeitskreis', participantIds: [party('kamen')], agenda: [] });
  const a = await proposal('Bauhof A');
  const b = await proposal('Bauhof B');
  const c = await proposal('Bauhof C');
  const march = await meeting('Arbeitskreis März', '2027-03-17');
  return { db, a, b, c, march, meeting };
}

async function moveTo(db: Awaited<ReturnType<typeof freshDb>>, id: string, path: ProposalStatus[]) {
  for (const s of path) await changeProposalStatus(db, id, s, '');
}

describe('agenda commands', () => {
  it('adds each proposal once, keeps order, moves items and logs every step on the meeting', async () => {
    const { db, a, b, c, march } = await setup();
    const ia = await addAgendaItem(db, march.id, a.id, TODAY);
    await addAgendaItem(db, march.id, b.id, TODAY);
    const ic = await addAgendaItem(db, march.id, c.id, TODAY);
    await expect(addAgendaItem(db, march.id, a.id, TODAY)).rejects.toThrow('„Bauhof A“ steht bereits auf der Tagesordnung');
    const ids = async () => (await db.meetings.get(march.id))!.agenda.map((i) => i.proposalId);
    expect(await ids()).toEqual([a.id, b.id, c.id]);

    await moveAgendaItem(db, march.id, ic.id, 0);
    expect(await ids()).toEqual([c.id, a.id, b.id]);
    await moveAgendaItem(db, march.id, ia.id, 99);
    expect(await ids()).toEqual([c.id, b.id, a.id]);

    await setDecisionRequested(db, march.id, ia.id, 'Der Arbeitskreis empfiehlt die Gründung.');
    await expect(setDecisionRequested(db, march.id, ia.id, 'x'.repeat(2001))).rejects.toThrow('höchstens 2000 Zeichen');
    expect((await db.meetings.get(march.id))!.agenda.find((i) => i.id === ia.id)!.decisionRequested).toBe('Der Arbeitskreis empfiehlt die Gründung.');

    const log = (await changesOfRecord(db, 'meetings', march.id)).map((e) => e.summary);
    expect(log).toEqual([
      'Termin „Arbeitskreis März“ angelegt',
      'Tagesordnungspunkt „Bauhof A“ hinzugefügt',
      'Tagesordnungspunkt „Bauhof B“ hinzugefügt',
      'Tagesordnungspunkt „Bauhof C“ hinzugefügt',
      'Tagesordnungspunkt „Bauhof C“ von TOP 3 auf TOP 1 verschoben',
      'Tagesordnungspunkt „Bauhof A“ von TOP 2 auf TOP 3 verschoben',
      'Beschlussvorschlag zu „Bauhof A“ geändert',
    ]);
  });

  it('keeps „nächster Termin“ in step with upcoming agendas', async () => {
    const { db, a, march, meeting } = await setup();
    const april = await meeting('Bürgermeisterkonferenz', '2027-04-21');
    const past = await meeting('Arbeitskreis Oktober', '2026-10-01');
    const next = async () => (await db.proposals.get(a.id))!.nextMeetingId;
    await addAgendaItem(db, past.id, a.id, TODAY);
    expect(await next()).toBeNull();
    const inApril = await addAgendaItem(db, april.id, a.id, TODAY);
    expect(await next()).toBe(april.id);
    const inMarch = await addAgendaItem(db, march.id, a.id, TODAY);
    expect(await next()).toBe(march.id);
    // Removing it from a later agenda leaves the next meeting alone; from the next one clears it.
    await removeAgendaItem(db, april.id, inApril.id);
    expect(await next()).toBe(march.id);
    const before = await removeAgendaItem(db, march.id, inMarch.id);
    expect(await next()).toBeNull();
    await restoreAgenda(db, march.id, before);
    expect((await db.meetings.get(march.id))!.agenda.map((i) => i.id)).toEqual([inMarch.id]);
  });

  it('records „beschlossen“ and the confirmed status change in one step, logged on meeting and proposal', async () => {
    const { db, a, march } = await setup();
    await moveTo(db, a.id, ['in_pruefung', 'vertragsentwurf', 'beschlussreif']);
    const item = await addAgendaItem(db, march.id, a.id, TODAY);
    await recordOutcome(db, march.id, item.id, 'beschlossen', { target: 'beschlossen', reason: 'Beschlossen in der Sitzung.' });
    const p = (await db.proposals.get(a.id))!;
    expect(p.status).toBe('beschlossen');
    expect(p.statusHistory.at(-1)).toMatchObject({ status: 'beschlossen', reason: 'Beschlossen in der Sitzung.' });
    expect((await db.meetings.get(march.id))!.agenda[0]!.outcome).toBe('beschlossen');
    const proposalLog = await changesOfRecord(db, 'proposals', a.id);
    expect(proposalLog.at(-1)!.summary).toBe(
      'Status von „Beschlussreif“ auf „Beschlossen“ geändert (Ergebnis im Termin „Arbeitskreis März“ am 17.03.2027: „beschlossen“)',
    );
    expect(proposalLog.at(-1)!.changes.map((c) => c.field)).toEqual(['status', 'statusHistory']);
    expect((await changesOfRecord(db, 'meetings', march.id)).at(-1)!.summary).toBe('Ergebnis zu „Bauhof A“: „beschlossen“');
  });

  it('records an outcome without a status change when the user declines, and logs it on the proposal', async () => {
    const { db, a, march } = await setup();
    const item = await addAgendaItem(db, march.id, a.id, TODAY);
    await recordOutcome(db, march.id, item.id, 'vertagt', null);
    expect((await db.proposals.get(a.id))!.status).toBe('idee');
    expect((await changesOfRecord(db, 'proposals', a.id)).at(-1)!.summary).toBe('Ergebnis im Termin „Arbeitskreis März“ am 17.03.2027: „vertagt“');
  });

  it('refuses a status change the workflow forbids and then records nothing at all', async () => {
    const { db, a, march } = await setup();
    const item = await addAgendaItem(db, march.id, a.id, TODAY);
    const before = (await db.meetings.get(march.id))!.revision;
    await expect(recordOutcome(db, march.id, item.id, 'beschlossen', { target: 'beschlossen', reason: '' })).rejects.toThrow('kann nicht direkt');
    await expect(recordOutcome(db, march.id, item.id, 'abgelehnt', { target: 'verworfen', reason: '' })).rejects.toThrow('Begründung');
    const m = (await db.meetings.get(march.id))!;
    expect(m.revision).toBe(before);
    expect(m.agenda[0]!.outcome).toBeNull();
  });

  it('„abgelehnt“ with confirmation discards the proposal with the reason given', async () => {
    const { db, a, march } = await setup();
    const item = await addAgendaItem(db, march.id, a.id, TODAY);
    await recordOutcome(db, march.id, item.id, 'abgelehnt', { target: 'verworfen', reason: 'Abgelehnt in der Sitzung „Arbeitskreis März“.' });
    expect(await db.proposals.get(a.id)).toMatchObject({ status: 'verworfen', statusReason: 'Abgelehnt in der Sitzung „Arbeitskreis März“.' });
  });

  it('deleting a proposal takes it off every agenda in the same command; undo puts it back in place', async () => {
    const { db, a, b, c, march, meeting } = await setup();
    const april = await meeting('Bürgermeisterkonferenz', '2027-04-21');
    for (const p of [a, b, c]) await addAgendaItem(db, march.id, p.id, TODAY);
    await addAgendaItem(db, april.id, b.id, TODAY);
    const deleted = await deleteProposal(db, b.id);
    expect(deleted.agendaItems.map((r) => [r.meetingId, r.index])).toEqual(
      expect.arrayContaining([
        [march.id, 1],
        [april.id, 0],
      ]),
    );
    expect((await db.meetings.get(march.id))!.agenda.map((i) => i.proposalId)).toEqual([a.id, c.id]);
    expect((await db.meetings.get(april.id))!.agenda).toEqual([]);
    expect((await changesOfRecord(db, 'meetings', april.id)).at(-1)!.summary).toBe('Tagesordnungspunkt „Bauhof B“ entfernt (Vorschlag gelöscht)');

    await restoreProposal(db, deleted);
    expect((await db.meetings.get(march.id))!.agenda.map((i) => i.proposalId)).toEqual([a.id, b.id, c.id]);
    expect((await db.meetings.get(april.id))!.agenda.map((i) => i.proposalId)).toEqual([b.id]);
  });

  it('deleting a meeting with an agenda still works and clears the proposals’ next meeting', async () => {
    const { db, a, march } = await setup();
    await addAgendaItem(db, march.id, a.id, TODAY);
    expect(await deleteMeeting(db, march.id)).toBe(1);
    expect((await db.proposals.get(a.id))!.nextMeetingId).toBeNull();
    await expect(addAgendaItem(db, march.id, a.id, TODAY)).rejects.toThrow('Termin wurde inzwischen gelöscht');
  });

  it('the meeting form changes details and kind but never the agenda stored meanwhile', async () => {
    const { db, a, march } = await setup();
    await addAgendaItem(db, march.id, a.id, TODAY);
    const { agenda: _stale, ...details } = march;
    const updated = await updateMeetingDetails(db, march.id, { ...details, kind: 'buergermeisterkonferenz', location: 'Rathaus Kamen' });
    expect(updated).toMatchObject({ kind: 'buergermeisterkonferenz', location: 'Rathaus Kamen' });
    expect(updated.agenda.map((i) => i.proposalId)).toEqual([a.id]);
    await expect(updateMeetingDetails(db, march.id, { ...details, title: 'x' })).rejects.toThrow('Titel');
  });
});
