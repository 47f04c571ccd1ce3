import { Alert, Button, Checkbox, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { applyPlaceholderUpdates } from '../../data/repositories/contracts';
import type { Contract } from '../../domain/contracts/model';
import { BLOCK_PLACEHOLDERS, missingPlaceholders, type PlaceholderValues } from '../../domain/contracts/placeholderMarkup';
import { placeholderLabel } from '../../domain/contracts/placeholderKeys';
import { outdatedPlaceholders, type OutdatedPlaceholder } from '../../domain/contracts/staleness';
import { de } from '../../i18n/de';
import { useDb } from '../../state/DbContext';
import { notifyError, notifySuccess } from '../../ui/notify';
import { ContractBlocks } from './editor/ContractBlocks';
import { useFlushAll } from './editor/flushRegistry';

function Value({ item, which }: { item: OutdatedPlaceholder; which: 'old' | 'new' }) {
  const value = item[which];
  if (value === null)
    return (
      <Text span c="gray.7">
        {which === 'old' ? '(fehlte)' : '(nicht mehr aus den Daten zu füllen)'}
      </Text>
    );
  return BLOCK_PLACEHOLDERS.has(item.key) ? <ContractBlocks html={value} /> : <>{value}</>;
}

/** Open placeholders, and filled values the proposal's data have overtaken: shown old → new, applied only when confirmed. */
export function PlaceholderPanel({ contract, values, linked }: { contract: Contract; values: PlaceholderValues; linked: boolean }) {
  const db = useDb();
  const flushAll = useFlushAll();
  // Both lists scan every section's text (a 100-page contract after each autosave): a
  // deferred copy lets React do that after the typing in progress, never in its way.
  const sections = useDeferredValue(contract.sections);
  const filledValues = useDeferredValue(contract.filledValues);
  const open = useMemo(() => missingPlaceholders(sections), [sections]);
  const outdated = useMemo(() => (linked ? outdatedPlaceholders({ sections, filledValues }, values) : []), [linked, sections, filledValues, values]);
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const [confirming, setConfirming] = useState(false);
  const selected = chosen ?? new Set(outdated.map((o) => o.key));
  const toApply = outdated.filter((o) => selected.has(o.key));

  const apply = async () => {
    setConfirming(false);
    try {
      // Pending typing first: otherwise its later save would write the old value back.
      await flushAll();
      await applyPlaceholderUpdates(
        db,
        contract.id,
        toApply.map((o) => o.key),
        values,
      );
      setChosen(null);
      notifySuccess(`${toApply.length === 1 ? 'Ein Wert' : `${toApply.length} Werte`} aktualisiert.`);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Stack gap="md">
      <section aria-labelledby="open-placeholders">
        <Title order={2} size="h5" id="open-placeholders" mb={4}>
          Offene Platzhalter
        </Title>
        {open.length === 0 ? (
          <Text size="sm">Alle Platzhalter sind gefüllt.</Text>
        ) : (
          <>
            <Text size="sm" mb={4}>
              Im Text orange markiert. Ergänzen Sie die Daten im Vorschlag (dann hier aktualisieren) oder schreiben Sie den Text selbst.
            </Text>
            <List size="sm" data-testid="open-placeholders">
              {open.map((key) => (
                <List.Item key={key}>{placeholderLabel(key)}</List.Item>
              ))}
            </List>
          </>
        )}
      </section>
      {outdated.length > 0 ? (
        <section aria-labelledby="outdated-placeholders">
          <Title order={2} size="h5" id="outdated-placeholders" mb={4}>
            Veraltete Werte
          </Title>
          <Text size="sm" mb={4}>
            Die Daten des Vorschlags haben sich geändert, seit diese Werte eingesetzt wurden.
          </Text>
          <Stack gap={4} data-testid="outdated-placeholders">
            {outdated.map((o) => (
              <Checkbox
                key={o.key}
                label={o.label}
                checked={selected.has(o.key)}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.currentTarget.checked) next.add(o.key);
                  else next.delete(o.key);
                  setChosen(next);
                }}
              />
            ))}
          </Stack>
          <Button mt="xs" size="sm" variant="light" disabled={toApply.length === 0} onClick={() => setConfirming(true)}>
            Aktualisieren …
          </Button>
        </section>
      ) : null}
      {!linked && contract.proposalId === null ? (
        <Alert color="gray">Dieser Entwurf gehört zu keinem Vorschlag; Platzhalter füllen Sie im Text selbst.</Alert>
      ) : null}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Werte aktualisieren?" size="xl">
        <Stack>
          <Text>Diese Werte werden im Text ersetzt. Eigene Änderungen innerhalb der Tabelle der Anteile gehen dabei verloren.</Text>
          <Table withTableBorder aria-label="Änderungen der Werte">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Platzhalter</Table.Th>
                <Table.Th>Bisher</Table.Th>
                <Table.Th>Neu</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {toApply.map((o) => (
                <Table.Tr key={o.key}>
                  <Table.Td>{o.label}</Table.Td>
                  <Table.Td>
                    <Value item={o} which="old" />
                  </Table.Td>
                  <Table.Td>
                    <Value item={o} which="new" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {de.common.cancel}
            </Button>
            <Button onClick={apply} data-autofocus>
              Übernehmen
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
