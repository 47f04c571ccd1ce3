import { describe, expect, it } from 'vitest';
import { xlsxCellText } from '../../renderer/data/import/xlsxCellText';

describe('an XLSX cell as the text German Excel shows', () => {
  it('reads rich text and hyperlinks as their text', () => {
    expect(xlsxCellText({ richText: [{ text: 'Sach' }, { font: { bold: true }, text: 'bearbeitung' }] })).toBe('Sachbearbeitung');
    expect(xlsxCellText({ text: 'Lünen', hyperlink: 'https://www.luenen.de' })).toBe('Lünen');
    expect(xlsxCellText({ text: { richText: [{ text: 'Un' }, { text: 'na' }] }, hyperlink: 'mailto:x@y.de' })).toBe('Unna');
  });

  it('reads formulas as their result: a number result is an amount', () => {
    expect(xlsxCellText({ formula: 'A1*1.5', result: 1234.5 })).toBe('1.234,50');
    expect(xlsxCellText({ sharedFormula: 'B2', result: 60000 })).toBe('60.000,00');
    expect(xlsxCellText({ formula: '0.1+0.2', result: 0.30000000000000004 })).toBe('0,30');
    expect(xlsxCellText({ formula: 'CONCAT("ge","meinsam")', result: 'gemeinsam' })).toBe('gemeinsam');
    expect(xlsxCellText({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(xlsxCellText({ formula: 'A1' })).toBe('');
  });

  it('keeps header years as years, and leaves a third decimal for the parser to refuse', () => {
    expect(xlsxCellText(2027, true)).toBe('2027');
    expect(xlsxCellText(2027)).toBe('2.027,00');
    expect(xlsxCellText(12.345)).toBe('12,345');
    expect(xlsxCellText(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('shows dates and booleans in a text column as German Excel does', () => {
    expect(xlsxCellText(new Date(Date.UTC(2027, 2, 31)))).toBe('31.03.2027');
    expect(xlsxCellText(true)).toBe('WAHR');
    expect(xlsxCellText(false)).toBe('FALSCH');
    expect(xlsxCellText(null)).toBe('');
    expect(xlsxCellText({ unexpected: 1 })).toBe('');
  });
});
