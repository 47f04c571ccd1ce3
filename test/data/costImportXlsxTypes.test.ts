import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseXlsx } from '../../renderer/data/import/costImport';

const ctx = {
  proposalId: 'p',
  parties: [
    { id: 'luenen', name: 'Lünen' },
    { id: 'selm', name: 'Selm' },
  ],
  years: [2027, 2028, 2029],
};

describe('XLSX cells read by type', () => {
  it('takes rich text, hyperlinks and formula results as a user sees them in Excel', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Kosten');
    sheet.addRow(['Kommune', 'Variante', 'Kategorie', 'Art', 'Haushaltswirksam', 'Bezeichnung', 2027, 2028, 2029]);
    const row = sheet.addRow(['', 'Ist', 'Sachkosten', 'laufend', 'ja', '', 0, 0, 0]);
    row.getCell(1).value = { text: 'Lünen', hyperlink: 'https://www.luenen.de' };
    row.getCell(6).value = { richText: [{ text: 'Lizenz ' }, { font: { bold: true }, text: 'Lohnsoftware' }] };
    row.getCell(7).value = { formula: 'H2*1.5', result: 1234.5 };
    row.getCell(8).value = { formula: 'I2+0', result: 823 };
    row.getCell(9).value = 823;
    const preview = await parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), ctx);
    expect(preview.errors).toEqual([]);
    expect(preview.lines).toHaveLength(1);
    const line = preview.lines[0]!;
    expect(line).toMatchObject({ partyId: 'luenen', label: 'Lizenz Lohnsoftware' });
    expect(JSON.stringify(line.entry)).not.toContain('object Object');
    expect(JSON.stringify(line.entry)).toContain('123450');
    expect(JSON.stringify(line.entry)).toContain('82300');
  });
});
