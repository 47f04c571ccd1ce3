import { Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useDb } from '../../state/DbContext';
import { setDecisionRequested } from '../../data/repositories/meetingAgenda';
import { notifyError } from '../../ui/notify';

/**
 * The Beschlussvorschlag of one agenda item. Saved as its own command when the field is
 * left, and when the page goes away while it still holds typed text (a menu click), so
 * nothing typed is lost silently; closing the window meanwhile asks first.
 */
export function DecisionText({ meetingId, itemId, stored, label }: { meetingId: string; itemId: string; stored: string; label: string }) {
  const db = useDb();
  const [draft, setDraft] = useState(stored);
  const focused = useRef(false);
  const latest = useRef({ draft, stored });
  useEffect(() => {
    latest.current = { draft, stored };
  });
  const dirty = draft !== stored;

  // Another change of the stored text (undo, another window) shows unless the user is typing.
  useEffect(() => {
    if (!focused.current) setDraft(stored);
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
      const { draft: text, stored: saved } = latest.current;
      if (text !== saved) void setDecisionRequested(db, meetingId, itemId, text).catch(notifyError);
    },
    [db, meetingId, itemId],
  );

  return (
    <Textarea
      label="Beschlussvorschlag"
      aria-label={label}
      placeholder="Was soll beschlossen werden?"
      autosize
      minRows={2}
      value={draft}
      onFocus={() => (focused.current = true)}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={async () => {
        focused.current = false;
        if (draft === stored) return;
        try {
          await setDecisionRequested(db, meetingId, itemId, draft);
        } catch (e) {
          notifyError(e);
        }
      }}
    />
  );
}
