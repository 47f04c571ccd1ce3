// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sanitizeContractHtml } from '../../renderer/features/contracts/editor/sanitize';
import { sectionExtensions } from '../../renderer/features/contracts/editor/sectionExtensions';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

/** What the section editor keeps of some HTML: sanitised, then parsed into the schema. */
function throughEditor(html: string): string {
  const editor = new Editor({ extensions: sectionExtensions(), content: sanitizeContractHtml(html) });
  editors.push(editor);
  return editor.getHTML();
}

describe('contract sanitiser', () => {
  it('removes scripts with their content, event handlers and every URL', () => {
    const out = sanitizeContractHtml(
      '<p>Vor<script>alert(1)</script>nach</p><img src=x onerror="alert(2)"><p onclick="alert(3)">Klick</p>' +
        '<a href="javascript:alert(4)">Link</a><iframe src="https://evil.example"></iframe><svg><script>alert(5)</script></svg>',
    );
    expect(out).toBe('<p>Vornach</p><p>Klick</p>Link');
    expect(out).not.toMatch(/script|onerror|onclick|javascript|iframe|img|svg|href/i);
  });

  it('keeps the schema: paragraphs, headings, bold, italic, lists, tables and placeholders', () => {
    const html =
      '<h3>Titel</h3><p><strong>fett</strong> <em>kursiv</em></p><ul><li>a</li></ul><ol><li>b</li></ol>' +
      '<table><thead><tr><th>Kommune</th></tr></thead><tbody><tr><td colspan="2">Lünen</td></tr></tbody></table>' +
      '<p><span data-placeholder="lead.name">Stadt Lünen</span> <span data-placeholder="term" data-missing="true">Laufzeit</span></p>';
    expect(sanitizeContractHtml(html)).toBe(html);
  });

  it('turns pasted synonyms into the schema (b, i, h1) and unwraps styling spans, classes and styles', () => {
    const out = sanitizeContractHtml(
      '<h1 class="x">Kopf</h1><p style="color:red"><b>F</b><i>K</i><span style="font-size:20pt">Word</span></p><font>alt</font>',
    );
    expect(out).toBe('<h3>Kopf</h3><p><strong>F</strong><em>K</em>Word</p>alt');
  });

  it('accepts only plain placeholder keys and cell spans that are numbers', () => {
    expect(sanitizeContractHtml('<span data-placeholder="a&quot; onmouseover=&quot;x">t</span>')).toBe('t');
    expect(sanitizeContractHtml('<p data-placeholder="x">t</p>')).toBe('<p>t</p>');
    expect(sanitizeContractHtml('<span data-missing="true">t</span>')).toBe('t');
    expect(sanitizeContractHtml('<table><tbody><tr><td colspan="javascript:1" rowspan="2">x</td></tr></tbody></table>')).toBe(
      '<table><tbody><tr><td rowspan="2">x</td></tr></tbody></table>',
    );
  });

  it('never runs anything while sanitising', () => {
    const alert = vi.fn();
    window.alert = alert;
    sanitizeContractHtml('<img src=x onerror="alert(1)"><svg onload="alert(2)"></svg><details open ontoggle="alert(3)">x</details>');
    expect(alert).not.toHaveBeenCalled();
  });
});

describe('section editor schema', () => {
  it('keeps placeholders as atoms with their key, value and missing mark', () => {
    const out = throughEditor(
      '<p>Die <span data-placeholder="lead.name">Stadt Lünen</span> und <span data-placeholder="start" data-missing="true">Beginn</span>.</p>',
    );
    expect(out).toBe(
      '<p>Die <span data-placeholder="lead.name" class="contract-placeholder">Stadt Lünen</span> und ' +
        '<span data-placeholder="start" data-missing="true" class="contract-placeholder">Beginn</span>.</p>',
    );
  });

  it('parses what the sanitiser lets through into the schema, and nothing that can run comes out', () => {
    const out = throughEditor(
      '<p><a href="javascript:alert(1)">Link</a> <img src=x onerror=alert(1)> <code>c</code> <s>weg</s></p><blockquote>Zitat</blockquote><h1>Groß</h1>',
    );
    expect(out).toBe('<p>Link c weg</p>Zitat<h3>Groß</h3>'.replace('Zitat', '<p>Zitat</p>'));
    expect(out).not.toMatch(/href|onerror|<img|<a /);
  });

  it('keeps the shares table a block placeholder', () => {
    const out = sanitizeContractHtml(
      throughEditor('<table data-placeholder="anteile"><tbody><tr><th>Kommune</th></tr><tr><td>Lünen</td></tr></tbody></table>'),
    );
    expect(out).toBe('<table data-placeholder="anteile"><tbody><tr><th><p>Kommune</p></th></tr><tr><td><p>Lünen</p></td></tr></tbody></table>');
  });

  it('keeps a table with its header row', () => {
    const out = throughEditor('<table><tbody><tr><th>Kommune</th><th>Anteil</th></tr><tr><td>Lünen</td><td>40 %</td></tr></tbody></table>');
    expect(out).toContain('<tr><th><p>Kommune</p></th><th><p>Anteil</p></th></tr>');
    expect(out).toContain('<td><p>40 %</p></td>');
    // Stored text is the sanitised editor output: the editor's layout styles go, the table stays.
    expect(sanitizeContractHtml(out)).toBe(
      '<table><tbody><tr><th><p>Kommune</p></th><th><p>Anteil</p></th></tr><tr><td><p>Lünen</p></td><td><p>40 %</p></td></tr></tbody></table>',
    );
  });
});
