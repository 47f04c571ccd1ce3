/**
 * A plain text field (a contract section's heading or note, an agenda item's
 * Beschlussvorschlag) typed locally and saved as its own command when it is left, and when
 * the page goes away while it still holds typed text (a menu click), so nothing typed is
 * lost; closing the window meanwhile asks first.
 */
import { useEffect, useRef, useState } from 'react';
import { notifyError } from './notify';

export function useFieldDraft(stored: string, save: (value: string) => Promise<unknown>) {
  const [value, setValue] = useState(stored);
  const focused = useRef(false);
  const latest = useRef({ value, stored, save });
  useEffect(() => {
    latest.current = { value, stored, save };
  });
  const dirty = value !== stored;

  // Another change of the stored text (restore, another window) shows unless the user is typing.
  useEffect(() => {
    if (!focused.current) setValue(stored);
  }, [stored]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  useEffect(
    () => () => {
      const { value: text, stored: saved, save: write } = latest.current;
      if (text !== saved) void write(text).catch(notifyError);
    },
    [],
  );

  return {
    value,
    change: setValue,
    focus: () => (focused.current = true),
    blur: async () => {
      focused.current = false;
      const { value: text, stored: saved, save: write } = latest.current;
      if (text === saved) return;
      try {
        await write(text);
      } catch (e) {
        notifyError(e);
      }
    },
  };
}
