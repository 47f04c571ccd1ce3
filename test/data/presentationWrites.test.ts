/** The two writes of the presentation: a presenter note per slide, and a what-if kept as a variant. */
import { describe, expect, it } from 'vitest';
import { saveSlideNote, updateMeeting } from '../../renderer/data/repositories/meetings';
import { applyCostLineChanges, savePlan } from '../../renderer/data/repositories/costs';
import { saveProposalVariant } from '../../renderer/data/repositories/proposalVariants';
import { bauhofProposal, freshDb } from './helpers';

describe('presenter notes', () => {
  it('are kept per meeting and slide, logged, and removed with an empty text', async () => {
    const db = await freshDb();
    const [meeting] = await db.meetings.orderBy('date').toArray();
    const logBefore = await db.changeLog.count();
    await saveSlideNote(db, meeting!.id, 'proposal:x', '  Zahlen aus Lünen nennen ');
    await saveSlideNote(db, meeting!.id, 'title', 'Begrüßung');
    expect((await db.meetings.get(meeting!.id))!.slideNotes).toEqual({ 'proposal:x': 'Zahlen aus Lünen nennen', title: 'Begrüßung' });
    expect(await db.changeLog.count()).toBe(logBefore + 2);
    await saveSlideNote(db, meeting!.id, 'title', '   ');
    expect((await db.meetings.get(meeting!.id))!.slideNotes).toEqual({ 'proposal:x': 'Zahlen aus Lünen nennen' });
    await expect(saveSlideNote(db, meeting!.id, 'title', 'x'.repeat(5001))).rejects.toThrow('Die Notiz ist zu lang');
    await expect(saveSlideNote(db, 'gone', 'title', 'x')).rejects.toThrow('gelöscht');
  });

  it('survive an edit of the meeting made without them (a form that does not know the field)', async () => {
    const db = await freshDb();
    const [meeting] = await db.meetings.orderBy('date').toArray();
    await saveSlideNote(db, meeting!.id, 'title', 'Begrüßung');
    const { title, date, kind, participantIds, agenda } = meeting!;
    await updateMeeting(db, meeting!.id, { title, date, location: 'Kreishaus Unna, Raum 2', kind, participantIds, agenda });
    expect((await db.meetings.get(meeting!.id))!.slideNotes).toEqual({ title: 'Begrüßung' });
  });
});

describe('a what-if kept as a variant', () => {
  it('is a new proposal with the changed parties and rate, the staying parties’ and the joint lines; the original stays', async () => {
    const { db, p, party, line } = await bauhofProposal();
    await applyCostLineChanges(db, p.id, {
      upserts: [line(), line({ partyId: party('bergkamen'), label: 'Bauhof Bergkamen' }), line({ variant: 'kooperation', partyId: null, label: 'Gemeinsam' })],
      deletions: [],
    });
    await savePlan(db, p.id, { discounting: { mode: 'flat', ratePercent: 1 } });
    const original = await db.proposals.get(p.id);
    const originalLines = await db.costLines.ofProposal(p.id);
    const copy = await saveProposalVariant(db, p.id, { partyIds: [party('kamen'), party('unna')], ratePercent: 2.5, note: 'ohne Bergkamen · mit Unna' });
    expect(copy).toMatchObject({ title: 'Bauhof – Variante', status: 'idee', leadPartyId: party('kamen'), participantIds: [party('unna')], isExample: false });
    expect(copy.description).toContain('Variante von „Bauhof“ (ohne Bergkamen · mit Unna)');
    const plan = await db.costPlans.where('proposalId').equals(copy.id).first();
    expect(plan).toMatchObject({ discounting: { mode: 'flat', ratePercent: 2.5 }, followsSettings: false });
    const copied = await db.costLines.ofProposal(copy.id);
    expect(copied.map((l) => l.label).sort()).toEqual(['Bauhofpersonal', 'Gemeinsam']);
    expect(copied.every((l) => !originalLines.some((o) => o.id === l.id))).toBe(true);
    expect(await db.proposals.get(p.id)).toEqual(original);
    expect(await db.costLines.ofProposal(p.id)).toEqual(originalLines);
  });

  it('keeps the original’s discounting when the rate was not changed, and refuses a variant of nobody', async () => {
    const { db, p, party } = await bauhofProposal();
    const copy = await saveProposalVariant(db, p.id, { partyIds: [party('kamen')], ratePercent: null, note: 'ohne Bergkamen' });
    const [source, plan] = await Promise.all([p.id, copy.id].map((id) => db.costPlans.where('proposalId').equals(id).first()));
    expect(plan!.discounting).toEqual(source!.discounting);
    expect(plan!.followsSettings).toBe(source!.followsSettings);
    await expect(saveProposalVariant(db, p.id, { partyIds: [], ratePercent: null, note: '' })).rejects.toThrow('mindestens eine');
  });
});
