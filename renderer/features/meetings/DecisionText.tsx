import { Textarea } from '@mantine/core';
import { useDb } from '../../state/DbContext';
import { setDecisionRequested } from '../../data/repositories/meetingAgenda';
import { useFieldDraft } from '../../ui/useFieldDraft';

/** The Beschlussvorschlag of one agenda item, saved when the field is left (see useFieldDraft). */
export function DecisionText({ meetingId, itemId, stored, label }: { meetingId: string; itemId: string; stored: string; label: string }) {
  const db = useDb();
  const draft = useFieldDraft(stored, (text) => setDecisionRequested(db, meetingId, itemId, text));
  return (
    <Textarea
      label="Beschlussvorschlag"
      aria-label={label}
      placeholder="Was soll beschlossen werden?"
      autosize
      minRows={2}
      value={draft.value}
      onFocus={draft.focus}
      onChange={(e) => draft.change(e.currentTarget.value)}
      onBlur={() => void draft.blur()}
    />
  );
}
