import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../renderer/features/exchange/ExportDialog';
import { exchangeFileName, fileNamePart } from '../../renderer/features/exchange/fileName';

describe('the export dialog', () => {
  it('names the file <Kreis>-<Partei>-<Datum>.ikz with umlauts spelled out and no signs a mail program could mangle', () => {
    expect(exchangeFileName('Kreis Unna', 'Fröndenberg/Ruhr', new Date(2027, 2, 5, 9))).toBe('Kreis-Unna-Froendenberg-Ruhr-2027-03-05.ikz');
    expect(exchangeFileName('Kreis Unna', 'Lünen', new Date(2026, 10, 26, 23, 30))).toBe('Kreis-Unna-Luenen-2026-11-26.ikz');
    expect(fileNamePart('../../con')).toBe('con');
    expect(fileNamePart('???')).toBe('unbenannt');
  });

  it('asks for a password of at least 8 characters, typed twice the same', () => {
    expect(passwordProblem(false, '', '')).toBeNull();
    expect(passwordProblem(true, 'kurz', 'kurz')).toMatch(/zu kurz: bitte mindestens 8 Zeichen/);
    expect(passwordProblem(true, 'Winterdienst', 'Winterdiensd')).toMatch(/stimmen nicht überein/);
    expect(passwordProblem(true, 'Winterdienst', 'Winterdienst')).toBeNull();
  });
});
