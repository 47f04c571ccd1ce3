// @vitest-environment jsdom
import './setup-dom';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, useSectionAutosave } from '../../renderer/features/contracts/editor/useSectionAutosave';

vi.mock('../../renderer/ui/notify', () => ({ notifyError: vi.fn() }));

afterEach(() => vi.useRealTimers());

function setup(text = { current: '<p>a</p>' }) {
  const save = vi.fn(async (_html: string) => undefined);
  const hook = renderHook(() => useSectionAutosave(() => text.current, '<p>a</p>', save));
  return { save, hook, text };
}

describe('section autosave', () => {
  it('writes once, a moment after the last keystroke, not per keystroke', async () => {
    vi.useFakeTimers();
    const { save, hook, text } = setup();
    for (const t of ['<p>ab</p>', '<p>abc</p>', '<p>abcd</p>']) {
      text.current = t;
      act(() => hook.result.current.touch());
      await act(async () => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2));
    }
    expect(save).not.toHaveBeenCalled();
    expect(hook.result.current.state).toBe('pending');
    await act(async () => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('<p>abcd</p>');
    expect(hook.result.current.state).toBe('saved');
  });

  it('writes what was typed when the editor goes away before the delay (leaving the page)', () => {
    const { save, hook, text } = setup();
    text.current = '<p>zuletzt getippt</p>';
    act(() => hook.result.current.touch());
    hook.unmount();
    expect(save).toHaveBeenCalledWith('<p>zuletzt getippt</p>');
  });

  it('asks before the window closes while something is unsaved, and flush waits until it is stored', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((r) => (finish = r)));
    const text = { current: '<p>b</p>' };
    const hook = renderHook(() => useSectionAutosave(() => text.current, '<p>a</p>', save));
    act(() => hook.result.current.touch());
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    let flushed = false;
    await act(async () => {
      const first = hook.result.current.flush();
      // A second flush (e.g. „Version speichern“) while the first write is under way waits for it.
      const second = hook.result.current.flush().then(() => (flushed = true));
      await Promise.resolve();
      expect(flushed).toBe(false);
      finish();
      await first;
      await second;
    });
    expect(flushed).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
