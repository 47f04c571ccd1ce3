import { describe, expect, it } from 'vitest';
import { proposalDisplayNames, proposalsWithTitle, type NamedProposal } from '../../renderer/domain/proposalNames';

const names: Record<string, string> = { luenen: 'Lünen', selm: 'Selm' };
const partyName = (id: string) => names[id] ?? id;
const p = (id: string, title: string, leadPartyId: string, createdAt = `2027-01-0${id.length}T00:00:00Z`): NamedProposal => ({
  id,
  title,
  leadPartyId,
  createdAt,
});

describe('proposal display names', () => {
  it('keeps a unique title and tells twins apart by lead party, then by number in order of creation', () => {
    const all = [
      p('a', 'Gemeinsamer Bauhof', 'luenen', '2027-01-01T00:00:00Z'),
      p('b', 'gemeinsamer  Bauhof ', 'selm', '2027-01-02T00:00:00Z'),
      p('c', 'Personalabrechnung', 'luenen', '2027-01-05T00:00:00Z'),
      p('d', 'Personalabrechnung', 'luenen', '2027-01-03T00:00:00Z'),
      p('e', 'Datenschutz', 'selm'),
    ];
    const display = proposalDisplayNames(all, partyName);
    expect(display.get('a')).toBe('Gemeinsamer Bauhof (Lünen)');
    expect(display.get('b')).toBe('gemeinsamer  Bauhof (Selm)');
    expect(display.get('d')).toBe('Personalabrechnung (Lünen, Nr. 1)');
    expect(display.get('c')).toBe('Personalabrechnung (Lünen, Nr. 2)');
    expect(display.get('e')).toBe('Datenschutz');
    expect(new Set(display.values()).size).toBe(all.length);
  });

  it('finds other proposals with the same title, ignoring case and spaces, not the one edited', () => {
    const all = [p('a', 'Gemeinsamer Bauhof', 'luenen'), p('b', 'Datenschutz', 'selm')];
    expect(proposalsWithTitle(' gemeinsamer   BAUHOF', all, null).map((x) => x.id)).toEqual(['a']);
    expect(proposalsWithTitle('Gemeinsamer Bauhof', all, 'a')).toEqual([]);
    expect(proposalsWithTitle('  ', all, null)).toEqual([]);
  });
});
