import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../renderer/domain/schemas';
import { footerText } from '../../renderer/features/presentation/SlideView';

const meeting = (title: string) => ({ meeting: { title } as Meeting });

describe('the slide footer', () => {
  it('names the Arbeitskreis once when the meeting is one of its meetings', () => {
    expect(footerText(meeting('Arbeitskreis der Kämmerer (März 2027)'))).toBe('Kreis Unna · Arbeitskreis der Kämmerer (März 2027)');
  });
  it('names the district, the Arbeitskreis and any other occasion', () => {
    expect(footerText(meeting('Bürgermeisterkonferenz (April 2027)'))).toBe('Kreis Unna · Arbeitskreis der Kämmerer · Bürgermeisterkonferenz (April 2027)');
    expect(footerText({ meeting: null })).toBe('Kreis Unna · Arbeitskreis der Kämmerer');
  });
});
