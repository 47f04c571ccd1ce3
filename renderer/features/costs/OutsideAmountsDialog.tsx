import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { OutsideDecision } from '../../data/repositories/costs';
import type { Period } from '../../domain/costs/model';
import { yearList, type OutsideAmounts } from '../../domain/costs/outsidePeriod';

interface Props {
  outside: OutsideAmounts;
  period: Period;
  busy: boolean;
  onDecide(decision: OutsideDecision): void;
  onCancel(): void;
}

const MAX_LABELS = 6;

/** Asked before a new period leaves yearly amounts outside it: nothing disappears silently. */
export function OutsideAmountsDialog({ outside, period, busy, onDecide, onCancel }: Props) {
  const end = period.startYear + period.years - 1;
  const amounts = outside.amounts === 1 ? 'Ein Betrag' : `${outside.amounts} Beträge`;
  const lines = outside.lineIds.length === 1 ? 'einer Zeile' : `${outside.lineIds.length} Zeilen`;
  // Lines of several parties often share a label: list each label once, with its count.
  const byLabel = [...outside.labels.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>())];
  return (
    <Modal opened onClose={onCancel} title="Beträge außerhalb des neuen Zeitraums" size="lg" closeOnClickOutside={!busy} closeOnEscape={!busy}>
      <Stack>
        <Text>
          {amounts} in {lines} {outside.amounts === 1 ? 'liegt' : 'liegen'} außerhalb des neuen Zeitraums {period.startYear}–{end}:{' '}
          {outside.years.length === 1 ? 'Jahr' : 'Jahre'} {yearList(outside.years)}.
        </Text>
        <List size="sm">
          {byLabel.slice(0, MAX_LABELS).map(([label, count]) => (
            <List.Item key={label}>
              „{label}“{count > 1 ? ` (${count} Zeilen)` : ''}
            </List.Item>
          ))}
          {byLabel.length > MAX_LABELS ? <List.Item>und {byLabel.length - MAX_LABELS} weitere Bezeichnungen</List.Item> : null}
        </List>
        <Text size="sm" c="gray.7">
          Behaltene Beträge bleiben gespeichert, werden aber nicht berechnet, solange ihr Jahr außerhalb des Zeitraums liegt. Zeilen mit Fortschreibung oder
          Personal beginnen immer im ersten Jahr des Zeitraums.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Abbrechen
          </Button>
          <Button color="red" variant="light" onClick={() => onDecide('delete')} loading={busy}>
            Löschen
          </Button>
          <Button onClick={() => onDecide('keep')} loading={busy} data-autofocus>
            Behalten (werden nicht berechnet)
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
