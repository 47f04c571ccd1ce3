import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, diffText } from '../../../renderer/domain/contracts/compare';
import { parseSectionHtml, runsText } from '../../../renderer/domain/contracts/html';

const pieces = fc.constantFrom(
  '<p>',
  '</p>',
  '<strong>',
  '</strong>',
  '<em>',
  '</em>',
  '<ol>',
  '<li>',
  '</li>',
  '</ol>',
  '<table>',
  '<tr>',
  '<td>',
  '</td>',
  '</tr>',
  '</table>',
  '<br>',
  '<span data-placeholder="x">',
  '</span>',
  '&amp;',
  '&#x1F600;',
  '&#0;',
  '<',
  '>',
  ' ',
  'Wort',
  'Straße',
  'Kündigung',
  '<script>',
  '</script>',
);
const html = fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((xs) => xs.join(''));

describe('reading section HTML, whatever it holds', () => {
  it('never throws and never yields „undefined“', () => {
    fc.assert(
      fc.property(html, (h) => {
        const blocks = parseSectionHtml(h);
        const text = blocks.map((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.cells.map(runsText)).join(' ') : runsText(b.runs))).join('\n');
        expect(text).not.toContain('undefined');
      }),
      { numRuns: 500 },
    );
  });

  it('a comparison keeps every word: the new text is the same and inserted parts, the old text the same and deleted ones', () => {
    const words = fc.array(fc.constantFrom('die', 'Stadt', 'Lünen', 'zahlt', 'Kosten', 'für', 'Bönen', '.', ','), { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, words, (a, b) => {
        const parts = diffText(a, b);
        expect(
          parts
            .filter((p) => p.type !== 'deleted')
            .map((p) => p.text)
            .join(''),
        ).toBe(b);
        expect(
          parts
            .filter((p) => p.type !== 'inserted')
            .map((p) => p.text)
            .join(''),
        ).toBe(a);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(html, html, (a, b) => {
        const cmp = compareVersions(
          { title: 'T', sections: [{ id: 's', heading: 'H', html: a }] },
          { title: 'T', sections: [{ id: 's', heading: 'H', html: b }] },
        );
        expect(cmp.sections).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});
