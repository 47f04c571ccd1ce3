import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useDb } from '../../data/DbContext';
import type { ImportPreview } from '../../data/import/costImport';
import { applyCostLineChanges } from '../../data/repositories/costs';
import { CATEGORY_LABELS, VARIANT_LABELS } from '../../domain/costs/model';
import { formatEuroCents } from '../../domain/format';
import { messageOf, notifySuccess } from '../../ui/notify';

/** Shows which rows will be imported and which are rejected, and imports in one transaction. */
export function ImportDialog({ fileName, preview, proposalId, partyName, onClose }: { fileName: string; preview: ImportPreview; proposalId: string; partyName(id: string | null): string; onClose(): void }) {
  const db = useDb();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rejectedRows = new Set(preview.errors.map((e) => e.row)).size;

  const importNow = async () => {
    setBusy(true);
    try {
      await applyCostLineChanges(db, proposalId, { upserts: preview.lines.map(({ sourceRow: _r, ...l }) => l), deletions: [] });
      notifySuccess(`${preview.lines.length} Kostenzeilen aus „${fileName}“ importiert.`);
      onClose();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Import aus „${fileName}“`} size="xl">
      <Stack>
        <Text>
          {preview.dataRows} Datenzeilen gelesen: <strong>{preview.lines.length} werden importiert</strong>, {rejectedRows} abgelehnt.
        </Text>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        {preview.errors.length > 0 ? (
          <Alert color="orange" title="Abgelehnte Zeilen (werden nicht importiert)" data-testid="import-errors">
            <ScrollArea.Autosize mah={200}>
              <Table fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Zeile</Table.Th>
                    <Table.Th>Spalte</Table.Th>
                    <Table.Th>Grund</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.errors.slice(0, 200).map((e, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{e.row}</Table.Td>
                      <Table.Td>{e.column}</Table.Td>
                      <Table.Td>{e.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </Alert>
        ) : null}
        {preview.lines.length > 0 ? (
          <ScrollArea.Autosize mah={260}>
            <Table fz="sm" striped data-testid="import-accepted">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Zeile</Table.Th>
                  <Table.Th>Kommune</Table.Th>
                  <Table.Th>Variante</Table.Th>
                  <Table.Th>Kategorie</Table.Th>
                  <Table.Th>Bezeichnung</Table.Th>
                  <Table.Th ta="right">Summe</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.lines.slice(0, 100).map((l) => (
                  <Table.Tr key={l.sourceRow}>
                    <Table.Td>{l.sourceRow}</Table.Td>
                    <Table.Td>{partyName(l.partyId)}</Table.Td>
                    <Table.Td>{VARIANT_LABELS[l.variant]}</Table.Td>
                    <Table.Td>{CATEGORY_LABELS[l.category]}</Table.Td>
                    <Table.Td>{l.label}</Table.Td>
                    <Table.Td ta="right">{l.entry.mode === 'years' ? formatEuroCents(Object.values(l.entry.byYear).reduce((a, b) => a + b, 0)) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Abbrechen
          </Button>
          <Button onClick={importNow} loading={busy} disabled={preview.lines.length === 0}>
            {preview.lines.length} Zeilen importieren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
