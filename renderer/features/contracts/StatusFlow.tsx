import { Group, Select, Stack, Text } from '@mantine/core';
import { setStatus } from '../../data/repositories/contracts';
import { CONTRACT_STATUS_LABELS, CONTRACT_STATUSES, type Contract, type ContractStatus } from '../../domain/contracts/model';
import { formatDateTime } from '../../domain/format';
import { useDb } from '../../state/DbContext';
import { notifyError, notifySuccess } from '../../ui/notify';
import { AuthorName, recordedName } from '../../ui/AuthorName';
import { useFlushAll } from './editor/flushRegistry';

const OPTIONS = CONTRACT_STATUSES.map((s) => ({ value: s, label: CONTRACT_STATUS_LABELS[s] }));

/** Entwurf → … → In Kraft: where the draft stands, who moved it when (the change log has every step too). */
export function StatusFlow({ contract }: { contract: Contract }) {
  const db = useDb();
  const flushAll = useFlushAll();
  const at = CONTRACT_STATUSES.indexOf(contract.status);
  const last = new Map<ContractStatus, { at: string; by: string }>();
  for (const e of contract.statusHistory) last.set(e.status, e);

  const since = [...contract.statusHistory].reverse().find((e) => e.status === contract.status);

  const change = async (status: ContractStatus) => {
    try {
      await flushAll();
      await setStatus(db, contract.id, status);
      notifySuccess(`Status: ${CONTRACT_STATUS_LABELS[status]}.`);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Stack gap="xs">
      <ol className="contract-flow" aria-label="Verfahrensstand">
        {CONTRACT_STATUSES.map((s, i) => {
          const entry = last.get(s);
          const state = i < at ? 'done' : i === at ? 'current' : 'open';
          return (
            <li
              key={s}
              data-state={state}
              aria-current={state === 'current' ? 'step' : undefined}
              title={entry ? `${formatDateTime(entry.at)}${recordedName(entry.by) ? `, ${recordedName(entry.by)}` : ''}` : undefined}
            >
              {state === 'done' ? '✓ ' : ''}
              {CONTRACT_STATUS_LABELS[s]}
            </li>
          );
        })}
      </ol>
      <Group align="flex-end" gap="md">
        <Select
          label="Status ändern"
          data={OPTIONS}
          value={contract.status}
          onChange={(v) => v && v !== contract.status && void change(v as ContractStatus)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          w={260}
        />
        {since ? (
          <Text size="sm" c="gray.7" data-testid="status-since">
            „{CONTRACT_STATUS_LABELS[contract.status]}“ seit {formatDateTime(since.at)} (<AuthorName by={since.by} />)
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
