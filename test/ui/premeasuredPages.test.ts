// @vitest-environment jsdom
import './setup-dom';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREMEASURE_QUIET_MS, usePremeasuredPages } from '../../renderer/features/report/usePremeasuredPages';

// jsdom lays nothing out: the measurement itself is paginate.ts's, checked in Chromium (e2e).
const measure = vi.hoisted(() => vi.fn((ids: readonly string[]) => new Map(ids.map((id, i) => [id, i + 3]))));
vi.mock('../../renderer/features/report/paginate', () => ({ measureHeadingPages: measure }));

const IDS = ['zusammenfassung', 'vorschlag-1'] as const;
let report: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  measure.mockClear();
  report = document.createElement('article');
  report.className = 'report';
  report.innerHTML = '<h2 id="zusammenfassung">Zusammenfassung</h2><p>Text</p>';
  document.body.append(report);
  document.documentElement.dataset.reportReady = 'true';
});

afterEach(() => {
  report.remove();
  delete document.documentElement.dataset.reportReady;
  vi.useRealTimers();
});

const premeasured = () => document.documentElement.dataset.reportPremeasured === 'true';
const rest = (ms = PREMEASURE_QUIET_MS + 10) => act(async () => vi.advanceTimersByTime(ms));

function setup(allowed = true, ids: readonly string[] = IDS) {
  return renderHook(({ allowed }) => usePremeasuredPages(true, allowed, ids), { initialProps: { allowed } });
}

describe('the report measured while the preview rests', () => {
  it('measures once the preview has rested, and gives the pages out once', async () => {
    const hook = setup();
    await rest(PREMEASURE_QUIET_MS / 2);
    expect(measure).not.toHaveBeenCalled();
    await rest();
    expect(measure).toHaveBeenCalledTimes(1);
    expect(premeasured()).toBe(true);
    expect(hook.result.current(IDS)).toEqual(
      new Map([
        ['zusammenfassung', 3],
        ['vorschlag-1', 4],
      ]),
    );
    // Taken: the next print measures (or takes a new measurement).
    expect(hook.result.current(IDS)).toBeUndefined();
    expect(premeasured()).toBe(false);
  });

  it('waits while the user moves the mouse, types, scrolls or has a list open', async () => {
    setup();
    for (const input of ['pointermove', 'keydown', 'wheel', 'scroll']) {
      await rest(PREMEASURE_QUIET_MS - 100);
      act(() => void window.dispatchEvent(new Event(input)));
    }
    await rest(PREMEASURE_QUIET_MS - 100);
    expect(measure).not.toHaveBeenCalled();
    const list = document.createElement('input');
    list.setAttribute('aria-haspopup', 'listbox');
    list.setAttribute('aria-expanded', 'true');
    document.body.append(list);
    await rest();
    expect(measure).not.toHaveBeenCalled();
    list.remove();
    await rest();
    expect(measure).toHaveBeenCalledTimes(1);
  });

  it('discards the measurement when the report changes afterwards, and measures again once it rests', async () => {
    const hook = setup();
    await rest();
    await act(async () => void report.append(Object.assign(document.createElement('p'), { textContent: 'Neue Zahl' })));
    expect(premeasured()).toBe(false);
    expect(hook.result.current(IDS)).toBeUndefined();
    await rest();
    expect(measure).toHaveBeenCalledTimes(2);
    expect(hook.result.current(IDS)).toBeDefined();
  });

  it('counts no change of its own: the measurement’s layout variables on the report keep it', async () => {
    measure.mockImplementationOnce((ids) => {
      report.style.setProperty('--report-page-width', '170mm');
      report.style.removeProperty('--report-page-width');
      return new Map(ids.map((id) => [id, 1]));
    });
    const hook = setup();
    await rest();
    await rest();
    expect(measure).toHaveBeenCalledTimes(1);
    expect(hook.result.current(IDS)).toEqual(
      new Map([
        ['zusammenfassung', 1],
        ['vorschlag-1', 1],
      ]),
    );
  });

  it('gives nothing for other headings', async () => {
    const hook = setup();
    await rest();
    expect(hook.result.current(['zusammenfassung'])).toBeUndefined();
  });

  it('gives nothing when React has put another report element in its place', async () => {
    const hook = setup();
    await rest();
    report.remove();
    const other = report.cloneNode(true) as HTMLElement;
    document.body.append(other);
    try {
      expect(premeasured()).toBe(true);
      expect(hook.result.current(IDS)).toBeUndefined();
    } finally {
      other.remove();
    }
  });

  it('sees every kind of change inside the report: text, attributes, elements', async () => {
    const hook = setup();
    const changes = [
      () => void (report.querySelector('p')!.firstChild!.nodeValue = '1.234,56 €'),
      () => report.querySelector('h2')!.setAttribute('class', 'report-chapter-title'),
      () => void report.append(document.createElement('table')),
    ];
    for (const change of changes) {
      await rest();
      expect(premeasured()).toBe(true);
      await act(async () => change());
      expect(premeasured()).toBe(false);
      expect(hook.result.current(IDS)).toBeUndefined();
    }
  });

  it('leaves nothing running when the builder goes', async () => {
    const hook = setup();
    await rest();
    hook.unmount();
    expect(premeasured()).toBe(false);
    await act(async () => void report.append(document.createElement('p')));
    await rest();
    expect(measure).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits for the ready signal, and does not measure while the PDF is made; a measurement taken before stays', async () => {
    delete document.documentElement.dataset.reportReady;
    const hook = setup();
    await rest();
    expect(measure).not.toHaveBeenCalled();
    document.documentElement.dataset.reportReady = 'true';
    await rest();
    expect(measure).toHaveBeenCalledTimes(1);
    hook.rerender({ allowed: false });
    expect(premeasured()).toBe(true);
    // A change while printing is still seen; nothing is measured until allowed again.
    await act(async () => void report.append(document.createElement('p')));
    await rest();
    expect(measure).toHaveBeenCalledTimes(1);
    expect(hook.result.current(IDS)).toBeUndefined();
    hook.rerender({ allowed: true });
    await rest();
    expect(measure).toHaveBeenCalledTimes(2);
  });
});
