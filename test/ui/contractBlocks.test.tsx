// @vitest-environment jsdom
import './setup-dom';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ContractBlocks } from '../../renderer/features/contracts/editor/ContractBlocks';

describe('contract text drawn read-only', () => {
  it('draws stored HTML as elements: scripts, handlers, images and links are nothing or text', () => {
    const alert = vi.fn();
    window.alert = alert;
    const { container } = render(
      <ContractBlocks
        html={
          '<p>Text <img src=x onerror="alert(1)"><a href="javascript:alert(2)">Klick</a><script>alert(3)</script> <strong onmouseover="alert(4)">fett</strong></p>'
        }
      />,
    );
    expect(container.querySelectorAll('img, a, script, [onerror], [onmouseover]')).toHaveLength(0);
    expect(container.textContent).toContain('Klick');
    expect(container.querySelector('strong')?.textContent).toBe('fett');
    expect(alert).not.toHaveBeenCalled();
  });

  it('keeps placeholders, lists and the table header (as thead, repeated on printed pages); amounts wrap only before „€“', () => {
    const { container } = render(
      <ContractBlocks
        html={
          '<p>Die <span data-placeholder="federfuehrend">Stadt Lünen</span> und <span data-placeholder="beginn" data-missing="true">[Beginn fehlt]</span></p>' +
          '<ol><li><p>eins</p></li><li><p>zwei</p></li></ol>' +
          '<table data-placeholder="anteile"><tbody><tr><th><p>Beteiligte</p></th><th><p>2027</p></th></tr><tr><td><p>Stadt Lünen</p></td><td><p>1.234,56\u00a0€</p></td></tr></tbody></table>'
        }
      />,
    );
    expect(container.querySelector('[data-placeholder="federfuehrend"]')?.textContent).toBe('Stadt Lünen');
    expect(container.querySelector('[data-placeholder="beginn"]')?.getAttribute('data-missing')).toBe('true');
    expect([...container.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['eins', 'zwei']);
    expect(container.querySelector('table')?.getAttribute('data-placeholder')).toBe('anteile');
    expect([...container.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Beteiligte', '2027']);
    expect(container.querySelector('tbody td:last-child')?.textContent).toBe('1.234,56 €');
  });
});
