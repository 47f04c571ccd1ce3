import { describe, expect, it } from 'vitest';
import { meetingInputSchema, partyInputSchema, proposalInputSchema } from '../../renderer/domain/schemas';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';

const proposal = {
  ...EMPTY_PROPOSAL,
  title: 'Gemeinsame Lohnabrechnung',
  areaId: 'a',
  leadPartyId: 'p',
};

describe('titles and names people read', () => {
  it('refuses a title made only of invisible characters, with a German message', () => {
    for (const title of ['\u200B\u200B\u200B\u200B', '\uFEFF\u200D\u2060 ', '\u00AD\u00AD\u00AD', '\u3164\u3164\u3164']) {
      const result = proposalInputSchema.safeParse({ ...proposal, title });
      expect(result.success, JSON.stringify(title)).toBe(false);
      if (!result.success) expect(result.error.issues[0]!.message).toMatch(/unsichtbaren Zeichen|mindestens 3 Zeichen/);
    }
  });

  it('removes bidirectional control characters so a name displays as stored', () => {
    const parsed = partyInputSchema.parse({ name: 'L\u202Eenün\u202C', kind: 'Stadt', inhabitants: null, employees: null, payrollCases: null });
    expect(parsed.name).toBe('Lenün');
    expect(proposalInputSchema.parse({ ...proposal, title: '\u2066Audit\u2069 Lünen–Selm' }).title).toBe('Audit Lünen–Selm');
  });

  it('keeps ordinary German text as it is', () => {
    expect(
      meetingInputSchema.parse({
        title: 'Bürgermeisterkonferenz',
        date: '2027-04-15',
        location: 'Unna',
        kind: 'buergermeisterkonferenz',
        participantIds: [],
        agenda: [],
      }).title,
    ).toBe('Bürgermeisterkonferenz');
    expect(proposalInputSchema.parse({ ...proposal, title: '  Einkaufsgemeinschaft „Lohn“  ' }).title).toBe('Einkaufsgemeinschaft „Lohn“');
  });
});
