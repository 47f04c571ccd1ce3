/**
 * Autosave of one section's text. Typing calls `touch` (cheap: one state change on the
 * first keystroke, then only a timer reset); the text is read and written one second
 * after the last keystroke, at once on `flush` (the field is left) and when the editor
 * goes away (another page). While something is unsaved, closing the window asks first.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { notifyError } from '../../../ui/notify';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export const AUTOSAVE_DELAY_MS = 1000;

export function useSectionAutosave(read: () => string | null, stored: string, save: (html: string) => Promise<void>) {
  const [state, setState] = useState<SaveState>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);
  const latest = useRef({ read, save, stored });
  useEffect(() => {
    latest.current = { read, save, stored };
  });

  const inflight = useRef<Promise<void> | null>(null);

  /** Writes what is pending; also waits for a write already under way, so a caller knows all is stored. */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inflight.current) await inflight.current;
    if (!dirty.current) return;
    const html = latest.current.read();
    if (html === null) return;
    dirty.current = false;
    setState('saving');
    const write = latest.current.save(html).then(
      () => setState(dirty.current ? 'pending' : 'saved'),
      (e: unknown) => {
        dirty.current = true;
        setState('failed');
        notifyError(e);
      },
    );
    inflight.current = write;
    await write;
    inflight.current = null;
  }, []);

  const touch = useCallback(() => {
    if (!dirty.current) setState('pending');
    dirty.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  const unsaved = state !== 'saved';
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);

  // Leaving the page (menu, back) unmounts the editor: what was typed is written then.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (!dirty.current) return;
      const html = latest.current.read();
      if (html !== null) void latest.current.save(html).catch(notifyError);
    },
    [],
  );

  return { state, touch, flush };
}
