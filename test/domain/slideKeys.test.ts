import { describe, expect, it } from 'vitest';
import { slideKey, type DeckPosition } from '../../renderer/features/presentation/slideKeys';
import { buildDeck, slideKeyOf } from '../../renderer/features/presentation/deck';
import { deckProposals, deckQuery, parseDeckSource } from '../../renderer/features/presentation/source';
import type { Meeting, Proposal } from '../../renderer/domain/schemas';

const at = (index: number, digits = ''): DeckPosition => ({ index, count: 12, digits });
const press = (position: DeckPosition, ...keys: string[]) =>
  keys.reduce((p, key) => {
    const o = slideKey(p, key);
    return o.kind === 'move' ? o.position : p;
  }, position);

describe('keys during a presentation', () => {
  it('move forward and back with arrows, space, clickers (PageDown/PageUp), Home and End, within the deck', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(press(at(2), key).index).toBe(3);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(press(at(2), key).index).toBe(1);
    expect(press(at(5), 'Home').index).toBe(0);
    expect(press(at(5), 'End').index).toBe(11);
    expect(press(at(11), 'PageDown').index).toBe(11);
    expect(press(at(0), 'PageUp').index).toBe(0);
  });

  it('a number then Enter jumps; a number outside the deck stays; Esc first clears the number, then leaves', () => {
    expect(press(at(0), '7', 'Enter')).toEqual(at(6));
    expect(press(at(0), '1', '2', 'Enter').index).toBe(11);
    expect(press(at(3), '4', '0', 'Enter')).toEqual(at(3));
    expect(press(at(3), '0', 'Enter')).toEqual(at(3));
    expect(press(at(3), '9')).toEqual(at(3, '9'));
    expect(slideKey(at(3, '9'), 'Escape')).toEqual({ kind: 'move', position: at(3) });
    expect(slideKey(at(3), 'Escape')).toEqual({ kind: 'exit' });
    expect(press(at(0), '1', '5', 'Backspace', 'Enter').index).toBe(0);
  });

  it('leaves Space, Enter, arrows and digits to a focused control (a party box, the rate field), but not the clicker keys', () => {
    for (const key of [' ', 'Enter', 'ArrowRight', '5']) expect(slideKey(at(2), key, { inControl: true })).toEqual({ kind: 'ignored' });
    expect(slideKey(at(2), 'PageDown', { inControl: true })).toEqual({ kind: 'move', position: at(3) });
    expect(slideKey(at(2), 'Escape', { inControl: true })).toEqual({ kind: 'exit' });
    expect(slideKey(at(2), 'x')).toEqual({ kind: 'ignored' });
  });
});

describe('the deck', () => {
  const proposal = (id: string, over: Partial<Proposal> = {}) => ({ id, title: `Vorschlag ${id}`, nextMeetingId: null, ...over }) as Proposal;
  const meeting = (agenda: string[]) =>
    ({
      id: 'm',
      title: 'Arbeitskreis',
      agenda: agenda.map((proposalId, i) => ({ id: `a${i}`, proposalId, decisionRequested: '', outcome: null })),
    }) as unknown as Meeting;

  it('has title, key figures, areas, cumulative savings, one slide per proposal in order, next steps', () => {
    const deck = buildDeck(['x', 'y']);
    expect(deck.map(slideKeyOf)).toEqual(['title', 'keyFigures', 'areas', 'cumulative', 'proposal:x', 'proposal:y', 'nextSteps']);
  });

  it('takes a meeting’s agenda in its order, skips deleted proposals, and falls back to the planned proposals', () => {
    const all = [proposal('a'), proposal('b'), proposal('c', { nextMeetingId: 'm' })];
    const source = parseDeckSource('termin=m&szenario=optimistisch');
    expect(source).toEqual({ meetingId: 'm', proposalIds: [], scenario: 'optimistisch' });
    expect(deckProposals(source, meeting(['b', 'gone', 'a']), all).proposals.map((p) => p.id)).toEqual(['b', 'a']);
    expect(deckProposals(source, meeting([]), all)).toEqual({ proposals: [all[2]], fromPlannedMeeting: true });
    const chosen = parseDeckSource(deckQuery({ meetingId: null, proposalIds: ['c', 'a'], scenario: 'basis' }));
    expect(deckProposals(chosen, null, all).proposals.map((p) => p.id)).toEqual(['c', 'a']);
  });

  it('reads only sane values from the address', () => {
    expect(parseDeckSource('vorschlaege=a,<script>,b,a&szenario=boese')).toEqual({ meetingId: null, proposalIds: ['a', 'b'], scenario: 'basis' });
  });
});
