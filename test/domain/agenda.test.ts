import { describe, expect, it } from 'vitest';
import { isProvisionalMeetingDate, shippedMeetingDate } from '../../renderer/domain/masterData';
import {
  agendaProposalIds,
  meetingForDeferred,
  meetingsOfProposal,
  moveItem,
  nextMeetingAfterAdding,
  statusSuggestionForOutcome,
} from '../../renderer/domain/agenda';
import type { Meeting } from '../../renderer/domain/schemas';
import type { ProposalStatus } from '../../renderer/domain/status';

function meeting(id: string, date: string, proposalIds: string[]): Meeting {
  return {
    id,
    title: `Termin ${id}`,
    date,
    location: '',
    kind: 'arbeitskreis',
    participantIds: [],
    agenda: proposalIds.map((p, i) => ({ id: `${id}-${i}`, proposalId: p, decisionRequested: '', outcome: null })),
    seedKey: null,
    createdAt: '',
    updatedAt: '',
    revision: 1,
  };
}

const at = (status: ProposalStatus, history: ProposalStatus[] = [status]) => ({
  status,
  statusHistory: history.map((s) => ({ status: s, at: '', by: '', reason: '' })),
});

describe('agenda helpers', () => {
  it('lists the proposals of an agenda in agenda order', () => {
    expect(agendaProposalIds(meeting('m', '2027-03-17', ['c', 'a', 'b']))).toEqual(['c', 'a', 'b']);
    expect(agendaProposalIds(meeting('m', '2027-03-17', []))).toEqual([]);
  });

  it('finds the meetings of a proposal, earliest first, with the item and its TOP number', () => {
    const april = meeting('april', '2027-04-21', ['x', 'p']);
    const march = meeting('march', '2027-03-17', ['p']);
    const other = meeting('other', '2027-02-01', ['x']);
    const found = meetingsOfProposal([april, other, march], 'p');
    expect(found.map((f) => [f.meeting.id, f.position, f.item.id])).toEqual([
      ['march', 1, 'march-0'],
      ['april', 2, 'april-1'],
    ]);
    expect(meetingsOfProposal([april], 'nobody')).toEqual([]);
  });

  it('moves one item and keeps the others in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 99)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('makes an upcoming agenda the next meeting only when it comes first', () => {
    const march = { id: 'march', date: '2027-03-17' };
    const april = { id: 'april', date: '2027-04-21' };
    const past = { id: 'past', date: '2026-10-01' };
    const today = '2026-11-26';
    expect(nextMeetingAfterAdding(march, null, today)).toBe('march');
    expect(nextMeetingAfterAdding(march, april, today)).toBe('march');
    expect(nextMeetingAfterAdding(march, past, today)).toBe('march');
    expect(nextMeetingAfterAdding(april, march, today)).toBeNull();
    expect(nextMeetingAfterAdding(march, march, today)).toBeNull();
    // A meeting that has taken place is minutes, not a plan.
    expect(nextMeetingAfterAdding(past, null, today)).toBeNull();
    // The meeting day itself still counts as ahead.
    expect(nextMeetingAfterAdding(march, null, '2027-03-17')).toBe('march');
  });

  it('suggests a status change only where the workflow allows it', () => {
    const m = { title: 'Arbeitskreis der Kämmerer', date: '2027-03-17' };
    expect(statusSuggestionForOutcome('beschlossen', at('beschlussreif'), m)).toEqual({
      target: 'beschlossen',
      reason: 'Beschlossen in der Sitzung „Arbeitskreis der Kämmerer“ am 17.03.2027.',
    });
    // A decision on a proposal not yet ready for the councils moves it one regular step on,
    // never over the workflow (QA: „beschlossen“ for „In Prüfung“ offered no status change).
    expect(statusSuggestionForOutcome('beschlossen', at('in_pruefung'), m)).toEqual({
      target: 'vertragsentwurf',
      reason: 'Weiter zu „Vertragsentwurf“ beschlossen in der Sitzung „Arbeitskreis der Kämmerer“ am 17.03.2027.',
    });
    expect(statusSuggestionForOutcome('beschlossen', at('idee'), m)?.target).toBe('in_pruefung');
    expect(statusSuggestionForOutcome('beschlossen', at('vertragsentwurf'), m)?.target).toBe('beschlussreif');
    expect(statusSuggestionForOutcome('beschlossen', at('in_umsetzung'), m)).toBeNull();
    expect(statusSuggestionForOutcome('beschlossen', at('auf_eis'), m)).toBeNull();
    expect(statusSuggestionForOutcome('beschlossen', at('beschlossen'), m)).toBeNull();
    expect(statusSuggestionForOutcome('abgelehnt', at('vertragsentwurf'), m)).toEqual({
      target: 'verworfen',
      reason: 'Abgelehnt in der Sitzung „Arbeitskreis der Kämmerer“ am 17.03.2027.',
    });
    expect(statusSuggestionForOutcome('abgelehnt', at('verworfen'), m)).toBeNull();
    expect(statusSuggestionForOutcome('abgelehnt', at('umgesetzt'), m)).toBeNull();
    for (const outcome of ['vertagt', 'zur_kenntnis'] as const) {
      expect(statusSuggestionForOutcome(outcome, at('beschlussreif'), m)).toBeNull();
      expect(statusSuggestionForOutcome(outcome, at('idee'), m)).toBeNull();
    }
  });

  it('offers the next later meeting that does not have a deferred proposal yet', () => {
    const march = meeting('march', '2027-03-17', ['p']);
    const april = meeting('april', '2027-04-21', []);
    const may = meeting('may', '2027-05-05', []);
    const earlier = meeting('feb', '2027-02-01', []);
    expect(meetingForDeferred([may, april, earlier, march], march, 'p')?.id).toBe('april');
    expect(meetingForDeferred([may, meeting('april', '2027-04-21', ['p']), march], march, 'p')?.id).toBe('may');
    expect(meetingForDeferred([earlier, march], march, 'p')).toBeNull();
  });
});

describe('provisional dates of the shipped meetings', () => {
  it('stay provisional until the date itself is changed (QA: the note vanished once an agenda was added)', () => {
    const march = { seedKey: 'kaemmerer-2027', date: '2027-03-10' };
    expect(shippedMeetingDate('kaemmerer-2027')).toBe('2027-03-10');
    expect(shippedMeetingDate('buergermeister-2027')).toBe('2027-04-14');
    expect(isProvisionalMeetingDate(march)).toBe(true);
    expect(isProvisionalMeetingDate({ ...march, date: '2027-03-17' })).toBe(false);
    expect(isProvisionalMeetingDate({ seedKey: null, date: '2027-03-10' })).toBe(false);
    expect(isProvisionalMeetingDate({ seedKey: 'kaemmerer-xx', date: '2027-03-10' })).toBe(false);
  });
});
