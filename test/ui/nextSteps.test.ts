import { describe, expect, it } from 'vitest';
import { nextStepFor, nextStepRow, rowsThatFit, wrappedLines } from '../../renderer/features/presentation/nextSteps';

// QA: the „Nächste Schritte“ slide cut titles after 57 characters and ignored the outcomes recorded in the meeting.
describe('the slide „Nächste Schritte“', () => {
  it('shows the recorded outcome and the step that follows from it', () => {
    expect(nextStepRow('Bauhof', 'vertragsentwurf', 'beschlossen')).toEqual({
      title: 'Bauhof',
      state: 'Vertragsentwurf · Ergebnis: beschlossen',
      step: 'Vertragsentwurf abstimmen',
    });
    expect(nextStepFor('in_pruefung', 'vertagt')).toBe('Erneut beraten');
    expect(nextStepFor('verworfen', 'abgelehnt')).toBe('Keine weiteren Schritte');
    expect(nextStepRow('Bauhof', 'idee', null).state).toBe('Idee');
  });

  it('wraps whole words and splits only a word longer than the line', () => {
    expect(wrappedLines('Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform', 30)).toBe(3);
    expect(wrappedLines('kurz', 30)).toBe(1);
    expect(wrappedLines('a'.repeat(65), 30)).toBe(3);
  });

  it('keeps whole titles and counts the rows that do not fit', () => {
    const row = nextStepRow('Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform', 'in_pruefung', 'beschlossen');
    const many = Array.from({ length: 12 }, () => row);
    // 1024×768: a canvas 1440 wide; the table column is 3/5 of the body.
    const narrow = rowsThatFit(many, ((1440 - 128 - 40) * 3) / 5, 746);
    const wide = rowsThatFit(many, ((1920 - 128 - 40) * 3) / 5, 746);
    expect(narrow).toBeGreaterThanOrEqual(2);
    expect(narrow).toBeLessThan(12);
    expect(wide).toBeGreaterThanOrEqual(narrow);
    expect(rowsThatFit([row, row], ((1440 - 128 - 40) * 3) / 5, 746)).toBe(2);
  });
});
