import { describe, expect, it } from 'vitest';
import { compareVersions, diffSectionHtml, diffText, textDiffers } from '../../../renderer/domain/contracts/compare';
import { parseSectionHtml, sectionTextBlocks } from '../../../renderer/domain/contracts/html';

const s = (id: string, heading: string, html: string) => ({ id, heading, html });

describe('section HTML as blocks', () => {
  it('reads paragraphs, lists, tables and formatting; markup is not text', () => {
    const blocks = parseSectionHtml(
      '<p>(1) Die <strong>Stadt</strong> <em>Lünen</em> &amp; <span data-placeholder="x" data-missing="true">[X fehlt]</span>.</p><ol><li><p>eins</p></li><li><p>zwei</p><ul><li><p>tief</p></li></ul></li></ol><table data-placeholder="anteile"><tbody><tr><th><p>A</p></th><th><p>B</p></th></tr><tr><td><p>1</p></td><td><p>2</p></td></tr></tbody></table><script>alert(1)</script>',
    );
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      runs: [
        { text: '(1) Die ' },
        { text: 'Stadt', bold: true },
        { text: ' ' },
        { text: 'Lünen', italic: true },
        { text: ' & ' },
        { text: '[X fehlt]', placeholder: 'x', missing: true },
        { text: '.' },
      ],
    });
    expect(blocks.slice(1, 4)).toEqual([
      { type: 'listItem', ordered: true, level: 0, list: 0, runs: [{ text: 'eins' }] },
      { type: 'listItem', ordered: true, level: 0, list: 0, runs: [{ text: 'zwei' }] },
      { type: 'listItem', ordered: false, level: 1, list: 1, runs: [{ text: 'tief' }] },
    ]);
    expect(blocks[4]).toMatchObject({
      type: 'table',
      placeholder: 'anteile',
      rows: [{ header: true }, { header: false, cells: [[{ text: '1' }], [{ text: '2' }]] }],
    });
    expect(blocks).toHaveLength(5);
    expect(sectionTextBlocks('<p>a <b>b</b></p><table><tr><td>1</td><td>2</td></tr></table>')).toEqual([
      { kind: 'paragraph', text: 'a b' },
      { kind: 'row', text: '1 | 2' },
    ]);
  });
});

describe('version comparison', () => {
  it('a known edit gives exactly the expected insertions and deletions, word by word', () => {
    const parts = diffText(
      'Die Stadt Lünen führt die Entgeltabrechnung für die übrigen Beteiligten durch.',
      'Die Kreisstadt Unna führt die Entgeltabrechnung für alle übrigen Beteiligten durch.',
    );
    expect(parts.filter((p) => p.type === 'deleted').map((p) => p.text.trim())).toEqual(['Stadt Lünen', 'die']);
    expect(parts.filter((p) => p.type === 'inserted').map((p) => p.text.trim())).toEqual(['Kreisstadt Unna', 'alle']);
    expect(
      parts
        .filter((p) => p.type !== 'deleted')
        .map((p) => p.text)
        .join(''),
    ).toBe('Die Kreisstadt Unna führt die Entgeltabrechnung für alle übrigen Beteiligten durch.');
  });

  it('German compounds and umlauts are whole words; formatting alone is no change', () => {
    expect(diffText('Kostenerstattung für Bönen', 'Kostenverteilung für Bönen').filter((p) => p.type !== 'same')).toEqual([
      { type: 'deleted', text: 'Kostenerstattung' },
      { type: 'inserted', text: 'Kostenverteilung' },
    ]);
    expect(diffSectionHtml('<p>Die <strong>Stadt</strong> zahlt.</p>', '<p>Die Stadt zahlt.</p>').map((b) => b.change)).toEqual(['same']);
  });

  it('paragraphs added and removed are whole blocks; an edited one is word by word', () => {
    const blocks = diffSectionHtml(
      '<p>Erster Absatz.</p><p>Zweiter Absatz bleibt.</p><p>Dritter fällt weg.</p>',
      '<p>Erster Absatz, geändert.</p><p>Zweiter Absatz bleibt.</p><p>Neuer Absatz.</p><p>Noch einer.</p>',
    );
    expect(blocks.map((b) => b.change)).toEqual(['changed', 'same', 'changed', 'added']);
    expect(blocks[0]!.parts).toEqual([
      { type: 'same', text: 'Erster Absatz' },
      { type: 'inserted', text: ', geändert' },
      { type: 'same', text: '.' },
    ]);
  });

  it('sections added, removed, moved and changed are aligned by id', () => {
    const before = {
      title: 'Vereinbarung',
      sections: [s('a', 'Gegenstand', '<p>Text A</p>'), s('b', 'Kosten', '<p>Text B</p>'), s('c', 'Haftung', '<p>Text C</p>'), s('d', 'Alt', '<p>weg</p>')],
    };
    const after = {
      title: 'Vereinbarung (Entwurf 2)',
      sections: [s('c', 'Haftung', '<p>Text C</p>'), s('a', 'Gegenstand', '<p>Text A neu</p>'), s('b', 'Kosten', '<p>Text B</p>'), s('e', 'Neu', '<p>neu</p>')],
    };
    const cmp = compareVersions(before, after);
    expect(cmp.sections.map((x) => [x.sectionId, x.kind, x.oldIndex, x.newIndex])).toEqual([
      ['c', 'moved', 2, 0],
      ['a', 'changed', 0, 1],
      ['b', 'unchanged', 1, 2],
      ['d', 'removed', 3, null],
      ['e', 'added', null, 3],
    ]);
    expect(cmp.counts).toMatchObject({ sectionsAdded: 1, sectionsRemoved: 1, sectionsMoved: 1, sectionsChanged: 1 });
    expect(textDiffers(before, after)).toBe(true);
    expect(textDiffers(before, { ...before, sections: before.sections.map((x) => ({ ...x, comment: 'nur eine Notiz' })) })).toBe(false);
    expect(cmp.title).toEqual([
      { type: 'same', text: 'Vereinbarung' },
      { type: 'inserted', text: ' (Entwurf 2)' },
    ]);
    expect(cmp.sections[1]!.blocks[0]!.parts).toEqual([
      { type: 'same', text: 'Text A' },
      { type: 'inserted', text: ' neu' },
    ]);
  });
});

describe('tables in the comparison', () => {
  const table = (rows: string[][]) =>
    `<p>Anteile:</p><table data-placeholder="anteile"><tbody>${rows
      .map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th><p>${c}</p></th>` : `<td><p>${c}</p></td>`)).join('')}</tr>`)
      .join('')}</tbody></table>`;

  it('compares an edited row cell by cell: the change stays in its cell, the others are the same', () => {
    const before = table([
      ['Beteiligte', '2027'],
      ['Stadt Lünen', '1.234,56 €'],
      ['Kreisstadt Unna', '2.000,00 €'],
    ]);
    const after = table([
      ['Beteiligte', '2027'],
      ['Stadt Lünen', '1.300,00 €'],
      ['Kreisstadt Unna', '2.000,00 €'],
      ['Stadt Bergkamen', '500,00 €'],
    ]);
    const blocks = diffSectionHtml(before, after);
    expect(blocks.map((b) => [b.kind, b.change])).toEqual([
      ['paragraph', 'same'],
      ['row', 'same'],
      ['row', 'changed'],
      ['row', 'same'],
      ['row', 'added'],
    ]);
    expect(blocks[1]!.row).toEqual({ header: true, table: 0, cells: [[{ type: 'same', text: 'Beteiligte' }], [{ type: 'same', text: '2027' }]] });
    const edited = blocks[2]!.row!;
    expect(edited.cells[0]).toEqual([{ type: 'same', text: 'Stadt Lünen' }]);
    expect(edited.cells[1]!.filter((p) => p.type === 'deleted').map((p) => p.text)).toEqual(['1.234,56']);
    expect(edited.cells[1]!.filter((p) => p.type === 'inserted').map((p) => p.text)).toEqual(['1.300,00']);
    // The row as one line still reads old and new exactly (the Word comparison writes it so).
    const line = (type: 'deleted' | 'inserted') =>
      blocks[2]!.parts
        .filter((p) => p.type !== type)
        .map((p) => p.text)
        .join('');
    expect(line('inserted')).toBe('Stadt Lünen | 1.234,56 €');
    expect(line('deleted')).toBe('Stadt Lünen | 1.300,00 €');
    expect(blocks[4]!.row!.cells).toEqual([[{ type: 'inserted', text: 'Stadt Bergkamen' }], [{ type: 'inserted', text: '500,00 €' }]]);
  });

  it('tells two tables of a section apart and pads a row that gained a cell', () => {
    const blocks = diffSectionHtml(
      '<table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>',
      '<table><tr><td>a</td></tr></table><table><tr><td>b</td><td>c</td></tr></table>',
    );
    expect(blocks.map((b) => b.row!.table)).toEqual([0, 1]);
    expect(blocks[1]!.row!.cells).toEqual([[{ type: 'same', text: 'b' }], [{ type: 'inserted', text: 'c' }]]);
  });
});

describe('print model', () => {
  it('numbers sections by order, parses bodies, leaves comments out and keeps scripts as nothing', async () => {
    const { printedContract } = await import('../../../renderer/domain/contracts/printModel');
    const printed = printedContract({
      title: 'Vereinbarung',
      status: 'rechtsamt',
      sections: [
        { id: 'a', heading: 'Gegenstand', html: '<p>Text <script>alert(1)</script><img src=x onerror="alert(2)"></p>', comment: 'intern', role: null },
        { id: 'b', heading: ' Kosten ', html: '<p><span data-placeholder="anteile" data-missing="true">[fehlt]</span></p>', comment: '', role: null },
      ],
    });
    expect(printed.draft).toBe(true);
    expect(printed.sections.map((s) => [s.number, s.heading])).toEqual([
      ['§ 1', 'Gegenstand'],
      ['§ 2', 'Kosten'],
    ]);
    expect(printed.sections[0]!.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'Text' }] }]);
    expect(JSON.stringify(printed)).not.toMatch(/intern|alert|onerror/);
    expect(printed.missing).toEqual(['anteile']);
  });
});
