import { describe, expect, it } from 'vitest';
import { agendaAnnouncements } from '../../renderer/features/meetings/agendaAnnouncements';

describe('German screen-reader announcements while an agenda item moves', () => {
  const names: Record<string, string> = { a: 'Bauhof', b: 'Rechnungsprüfung', c: 'IT' };
  const say = agendaAnnouncements(['a', 'b', 'c'], (id) => names[id]!);
  const item = (id: string) => ({ id }) as never;

  it('names the proposal and the TOP numbers', () => {
    expect(say.onDragStart({ active: item('c') })).toBe('„IT“ (TOP 3) aufgenommen.');
    expect(say.onDragOver({ active: item('c'), over: item('c') })).toBe('„IT“ aufgenommen, bisherige Position 3 von 3.');
    expect(say.onDragOver({ active: item('c'), over: item('a') })).toBe('„IT“ ist über Position 1 von 3.');
    expect(say.onDragOver({ active: item('c'), over: null })).toBe('„IT“ ist außerhalb der Tagesordnung.');
    expect(say.onDragEnd({ active: item('c'), over: item('a') })).toBe('„IT“ auf Position 1 abgelegt.');
    expect(say.onDragCancel({ active: item('c'), over: null })).toBe('Verschieben abgebrochen. „IT“ bleibt TOP 3.');
  });
});
