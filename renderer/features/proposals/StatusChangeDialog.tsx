import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useDb } from '../../state/DbContext';
import { changeProposalStatus } from '../../data/repositories/proposals';
import type { Proposal } from '../../domain/schemas';
import { allowedNextStatuses, checkTransition, STATUS_LABELS, STATUSES_NEEDING_REASON, type ProposalStatus } from '../../domain/status';
import { de } from '../../i18n/de';
import { messageOf, notifySuccess } from '../../ui/notify';
import { FormModal } from '../../ui/FormModal';

export function StatusChangeDialog({ proposal, opened, onClose }: { proposal: Proposal; opened: boolean; onClose(): void }) {
  const db = useDb();
  const options = allowedNextStatuses(proposal.status, proposal.statusHistory);
  const [target, setTarget] = useState<ProposalStatus | null>(options[0] ?? null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsReason = target !== null && STATUSES_NEEDING_REASON.includes(target);

  const save = async () => {
    if (!target) return;
    const check = checkTransition(proposal.status, target, reason, proposal.statusHistory);
    if (!check.ok) return setError(check.message);
    setBusy(true);
    try {
      await changeProposalStatus(db, proposal.id, target, reason);
      notifySuccess(`Status auf „${STATUS_LABELS[target]}“ geändert.`);
      onClose();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal opened={opened} onClose={onClose} dirty={reason.trim() !== '' && !busy} title={de.proposals.changeStatus} size="lg">
      {options.length === 0 ? (
        <Text>{de.proposals.noFurtherStatus}</Text>
      ) : (
        <Stack>
          <Text>
            Aktueller Status: <strong>{STATUS_LABELS[proposal.status]}</strong>
          </Text>
          <Select
            label={de.proposals.newStatus}
            data={options.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            value={target}
            onChange={(v) => {
              setTarget(v as ProposalStatus | null);
              setError(null);
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={de.proposals.reason}
            description={de.proposals.reasonHint}
            withAsterisk={needsReason}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={3}
            error={error !== null && needsReason}
          />
          {error ? (
            <Alert color="red" role="alert" data-testid="status-error">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {de.common.cancel}
            </Button>
            <Button onClick={save} loading={busy}>
              {de.proposals.changeStatus}
            </Button>
          </Group>
        </Stack>
      )}
    </FormModal>
  );
}
