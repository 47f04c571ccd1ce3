import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useDb } from '../../state/DbContext';
import { recordOutcome } from '../../data/repositories/meetingAgenda';
import type { StatusSuggestion } from '../../domain/agenda';
import { type AgendaItem, type Meeting, type Proposal } from '../../domain/schemas';
import { AGENDA_OUTCOME_LABELS, type AgendaOutcome } from '../../domain/vocabulary';
import { checkTransition, STATUS_LABELS, STATUSES_NEEDING_REASON } from '../../domain/status';
import { messageOf, notifySuccess } from '../../ui/notify';
import { FormModal } from '../../ui/FormModal';

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  proposal: Proposal;
  name: string;
  outcome: AgendaOutcome;
  suggestion: StatusSuggestion;
  onClose(): void;
}

/**
 * Asks before an outcome moves a proposal's status. „Ergebnis und Status speichern“ writes
 * both in one transaction (through the proposals' own status path); „Nur Ergebnis
 * speichern“ leaves the status alone.
 */
export function OutcomeDialog({ meeting, item, proposal, name, outcome, suggestion, onClose }: Props) {
  const db = useDb();
  const [reason, setReason] = useState(suggestion.reason);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsReason = STATUSES_NEEDING_REASON.includes(suggestion.target);
  const from = STATUS_LABELS[proposal.status];
  const to = STATUS_LABELS[suggestion.target];

  const save = async (withStatus: boolean) => {
    if (withStatus) {
      const check = checkTransition(proposal.status, suggestion.target, reason, proposal.statusHistory);
      if (!check.ok) return setError(check.message);
    }
    setBusy(true);
    try {
      await recordOutcome(db, meeting.id, item.id, outcome, withStatus ? { target: suggestion.target, reason } : null);
      notifySuccess(
        withStatus
          ? `Ergebnis „${AGENDA_OUTCOME_LABELS[outcome]}“ gespeichert; Status von „${name}“ auf „${to}“ geändert.`
          : `Ergebnis „${AGENDA_OUTCOME_LABELS[outcome]}“ gespeichert; der Status bleibt „${from}“.`,
      );
      onClose();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal opened onClose={onClose} dirty={reason !== suggestion.reason && !busy} title="Status des Vorschlags ändern?" size="lg">
      <Stack>
        <Text>
          Ergebnis zu „{name}“: <strong>{AGENDA_OUTCOME_LABELS[outcome]}</strong>.
        </Text>
        <Text>
          Der Vorschlag hat den Status <strong>{from}</strong>. Soll er auf <strong>{to}</strong> geändert werden? Die Änderung erscheint im Statusverlauf und
          im Änderungsprotokoll des Vorschlags, wie bei einer Änderung von Hand.
        </Text>
        <Textarea
          label={needsReason ? 'Begründung' : 'Vermerk im Statusverlauf'}
          withAsterisk={needsReason}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          autosize
          minRows={2}
          error={error !== null && needsReason}
        />
        {error ? (
          <Alert color="red" role="alert" data-testid="outcome-error">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Abbrechen
          </Button>
          <Button variant="default" onClick={() => save(false)} loading={busy}>
            Nur Ergebnis speichern
          </Button>
          <Button onClick={() => save(true)} loading={busy} data-autofocus>
            Ergebnis und Status speichern
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
