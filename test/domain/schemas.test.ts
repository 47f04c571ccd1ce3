import { describe, expect, it } from 'vitest';
import { partyInputSchema, proposalInputSchema, settingsInputSchema } from '../../renderer/domain/schemas';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';

const valid = {
  ...EMPTY_PROPOSAL,
  title: 'Gemeinsamer Bauhof',
  areaId: 'a',
  leadPartyId: 'p1',
  participantIds: ['p2'],
};

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('proposal schema', () => {
  it('accepts a complete proposal', () => {
    expect(proposalInputSchema.safeParse(valid).success).toBe(true);
  });

  it('gives German messages per field for a half-filled form', () => {
    const r = proposalInputSchema.safeParse({ ...valid, title: 'ab', areaId: '', leadPartyId: '' });
    expect(r.success).toBe(false);
    expect(messages(r)).toEqual({
      title: 'Bitte einen Titel mit mindestens 3 Zeichen eintragen.',
      areaId: 'Bitte ein Aufgabenfeld auswählen.',
      leadPartyId: 'Bitte die federführende Kommune auswählen.',
    });
  });

  it('refuses the lead party among the further participants', () => {
    const r = proposalInputSchema.safeParse({ ...valid, participantIds: ['p1'] });
    expect(messages(r)['participantIds']).toContain('bereits beteiligt');
  });

  it('trims the title', () => {
    const r = proposalInputSchema.safeParse({ ...valid, title: '  Bauhof  ' });
    expect(r.success && r.data.title).toBe('Bauhof');
  });
});

describe('party and settings schemas', () => {
  it('refuses negative and fractional counts', () => {
    expect(messages(partyInputSchema.safeParse({ name: 'Neustadt', kind: 'Stadt', inhabitants: -1, employees: null, payrollCases: null }))['inhabitants']).toBe(
      'Einwohnerzahl kann nicht negativ sein.',
    );
    expect(
      messages(partyInputSchema.safeParse({ name: 'Neustadt', kind: 'Stadt', inhabitants: 1.5, employees: null, payrollCases: null }))['inhabitants'],
    ).toBe('Einwohnerzahl: bitte eine ganze Zahl eintragen.');
  });

  it('bounds the discount rate and the period', () => {
    const base = { userName: 'Frau Kämmerin', homePartyId: null, discountRatePercent: 0.9, observationYears: 10 };
    expect(settingsInputSchema.safeParse(base).success).toBe(true);
    expect(settingsInputSchema.safeParse({ ...base, discountRatePercent: 25 }).success).toBe(false);
    expect(settingsInputSchema.safeParse({ ...base, observationYears: 0 }).success).toBe(false);
    expect(messages(settingsInputSchema.safeParse({ ...base, userName: '' }))['userName']).toContain('Namen');
  });
});
