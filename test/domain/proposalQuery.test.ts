import { describe, expect, it } from 'vitest';
import { wouldCreateCycle, openDependencies, dependentsOf } from '../../renderer/domain/dependencies';
import { countByStatus, EMPTY_FILTER, filterProposals, sortProposals } from '../../renderer/domain/proposalQuery';
import type { Proposal } from '../../renderer/domain/schemas';
import { upcomingMeetings } from '../../renderer/domain/masterData';
import { EXAMPLE_PROPOSALS } from '../../renderer/domain/exampleData';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';

let n = 0;
function proposal(over: Partial<Proposal>): Proposal {
  n++;
  return {
    id: `id-${n}`,
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: `2027-01-0${(n % 9) + 1}T00:00:00Z`,
    revision: 1,
    ...EMPTY_PROPOSAL,
    title: `P${n}`,
    areaId: 'it',
    leadPartyId: 'luenen',
    status: 'idee',
    statusReason: '',
    statusHistory: [],
    isExample: false,
    ...over,
  };
}
const names = { areaName: (id: string) => ({ it: 'IT-Konsolidierung', audit: 'Rechnungsprüfung' })[id] ?? id, partyName: (id: string) => id };

describe('proposal list queries', () => {
  const a = proposal({ title: 'Über den Bauhof', areaId: 'audit', participantIds: ['selm'], status: 'auf_eis', statusReason: 'Schlüsselkraft fehlt' });
  const b = proposal({ title: 'Ärztlicher Dienst', leadPartyId: 'unna' });
  const c = proposal({ title: 'Zentrale Vergabe', status: 'beschlossen', description: 'Einkaufsgemeinschaft Lizenzen' });
  const all = [a, b, c];

  it('filters by area, status, party as lead or participant, and text', () => {
    expect(filterProposals(all, { ...EMPTY_FILTER, areaId: 'audit' }, names)).toEqual([a]);
    expect(filterProposals(all, { ...EMPTY_FILTER, status: 'beschlossen' }, names)).toEqual([c]);
    expect(filterProposals(all, { ...EMPTY_FILTER, partyId: 'selm' }, names)).toEqual([a]);
    expect(filterProposals(all, { ...EMPTY_FILTER, partyId: 'luenen' }, names)).toEqual([a, c]);
    expect(filterProposals(all, { ...EMPTY_FILTER, text: 'einkaufsgemeinschaft LIZENZEN' }, names)).toEqual([c]);
    expect(filterProposals(all, { ...EMPTY_FILTER, text: 'schlüsselkraft' }, names)).toEqual([a]);
    expect(filterProposals(all, { ...EMPTY_FILTER, text: 'rechnungsprüfung' }, names)).toEqual([a]);
  });

  it('sorts German titles with umlauts in dictionary order, both directions', () => {
    expect(sortProposals(all, { key: 'title', direction: 'asc' }, names).map((p) => p.title)).toEqual([
      'Ärztlicher Dienst',
      'Über den Bauhof',
      'Zentrale Vergabe',
    ]);
    expect(sortProposals(all, { key: 'title', direction: 'desc' }, names).map((p) => p.title)).toEqual([
      'Zentrale Vergabe',
      'Über den Bauhof',
      'Ärztlicher Dienst',
    ]);
    expect(sortProposals(all, { key: 'status', direction: 'asc' }, names).map((p) => p.status)).toEqual(['idee', 'beschlossen', 'auf_eis']);
  });

  it('counts per status', () => {
    const counts = countByStatus(all);
    expect(counts.idee).toBe(1);
    expect(counts.auf_eis).toBe(1);
    expect(counts.umgesetzt).toBe(0);
  });
});

describe('search with synonyms', () => {
  const payrollFields = EXAMPLE_PROPOSALS.find((e) => e.key === 'payroll-consortium')!.fields;
  const payroll = proposal({ ...payrollFields });
  const yard = proposal({ title: 'Gemeinsamer Baubetriebshof', description: 'Fuhrpark mit Winterdienst' });
  const search = (text: string) => filterProposals([payroll, yard], { ...EMPTY_FILTER, text }, names);

  it('finds the payroll proposal by „Lohn“ and „Gehalt“, words its text does not use', () => {
    expect(`${payrollFields.title} ${payrollFields.description}`.toLowerCase()).not.toMatch(/lohn|gehalt/);
    for (const q of ['Lohn', 'Gehalt', 'gehälter', 'Lohnabrechnung', 'Gehaltsabrechnung', 'Entgelt', 'Lohn Lünen']) {
      expect(
        search(q).map((p) => p.title),
        q,
      ).toEqual([payroll.title]);
    }
  });

  it('still needs every word, and a short word is no synonym', () => {
    expect(search('Lohn Winterdienst')).toEqual([]);
    expect(search('Bauhof').map((p) => p.title)).toEqual([yard.title]);
    expect(search('Loh')).toEqual([]);
    expect(search('mit').map((p) => p.title)).toEqual([yard.title]);
  });
});

describe('dependencies', () => {
  const district = proposal({ title: 'Kreisweit' });
  const local = proposal({ title: 'Lünen-Selm', dependsOn: [district.id] });
  it('reads both ways and knows what is still open', () => {
    expect(dependentsOf(district.id, [district, local])).toEqual([local]);
    expect(openDependencies(local, [district, local])).toEqual([district]);
    expect(openDependencies(local, [{ ...district, status: 'beschlossen' }, local])).toEqual([]);
  });
  it('detects cycles, also indirect ones', () => {
    const third = proposal({ dependsOn: [local.id] });
    expect(wouldCreateCycle(district.id, [local.id], [district, local])).toBe(true);
    expect(wouldCreateCycle(district.id, [third.id], [district, local, third])).toBe(true);
    expect(wouldCreateCycle(third.id, [district.id], [district, local, third])).toBe(false);
  });
});

describe('upcoming meetings', () => {
  it("plans March and April of the next year once this year's March meeting has passed", () => {
    const m = upcomingMeetings(new Date('2026-11-25T12:00:00'));
    expect(m.map((x) => x.date)).toEqual(['2027-03-10', '2027-04-14']);
    expect(new Date(m[0]!.date).getUTCDay()).toBe(3);
  });
  it('plans the current year before March', () => {
    expect(upcomingMeetings(new Date('2027-01-15T12:00:00'))[0]!.date.startsWith('2027-03')).toBe(true);
  });
  it('in early March, before the meeting (10 March 2027), still plans this year’s meetings', () => {
    expect(upcomingMeetings(new Date('2027-03-05T09:00:00')).map((x) => x.date)).toEqual(['2027-03-10', '2027-04-14']);
    expect(upcomingMeetings(new Date('2027-03-10T09:00:00'))[0]!.date).toBe('2027-03-10');
    expect(upcomingMeetings(new Date('2027-03-11T09:00:00')).map((x) => x.date)).toEqual(['2028-03-08', '2028-04-12']);
  });
});
