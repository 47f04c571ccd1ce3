import { describe, expect, it } from 'vitest';
import { allocationProblem } from '../../../renderer/domain/costs/allocation';
import { noteForPaper } from '../../../renderer/domain/report/noteForPaper';
import { reportAuthor } from '../../../renderer/domain/report/pdfInfo';

describe('calculation notes on paper', () => {
  it('keep the fact and drop the instruction to the app user', () => {
    const warning = allocationProblem(
      { key: 'einwohner' } as never,
      [
        { id: 'a', name: 'Kamen', inhabitants: 42_000 },
        { id: 'k', name: 'Kreis Unna', inhabitants: null },
      ] as never,
    )!;
    expect(warning).toContain('Bitte die Einwohnerzahl unter Stammdaten eintragen');
    expect(noteForPaper(warning)).toBe('Für Kreis Unna ist keine Einwohnerzahl eingetragen; sie trägt so 0,00 € der gemeinsamen Kosten.');
  });

  it('leave a note without an instruction as it is', () => {
    const note = 'Die Zeile „Lizenz“ gehört zu einer Kommune, die an diesem Vorschlag nicht beteiligt ist; sie wird nicht berücksichtigt.';
    expect(noteForPaper(note)).toBe(note);
  });
});

describe('the report’s author', () => {
  it('is the name from Einstellungen, or nothing while it is the placeholder', () => {
    expect(reportAuthor('Anna Schulte', 'Unbekannt')).toBe('Anna Schulte');
    expect(reportAuthor('Unbekannt', 'Unbekannt')).toBe('');
    expect(reportAuthor(undefined, 'Unbekannt')).toBe('');
  });
});
