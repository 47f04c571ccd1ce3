import { Alert, Button, Group, Modal, Radio, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useDb } from '../../state/DbContext';
import type { ImportPreview } from '../../data/import/costImport';
import { importCostLines, type ImportUndo } from '../../data/repositories/costs';
import { IMPORT_MODE_LABELS, linesInFileVariants, matchingLines, planImport, type ImportMode } from '../../domain/costs/importPlan';
import { lineAmounts, type PayRate } from '../../domain/costs/expand';
import { CATEGORY_LABELS, VARIANT_LABELS, type CostLine, type Period } from '../../domain/costs/model';
import { formatEuroCents } from '../../domain/format';
import { messageOf, notifySuccess } from '../../ui/notify';

interface Props {
  fileName: string;
  preview: ImportPreview;
  proposalId: string;
  /** The proposal's stored lines in display order. */
  existing: CostLine[];
  period: Period;
  payRates: readonly PayRate[];
  partyName(id: string | null): string;
  onImported(undo: ImportUndo, summary: string): void;
  onClose(): void;
}

/**
 * Shows which rows will be imported and which are rejected, and imports in one transaction.
 * When the proposal already has lines in the file's variants, the user chooses what the
 * import does with them; nothing is doubled without that choice.
 */
export function ImportDialog({ fileName, preview, proposalId, existing, period, payRates, partyName, onImported, onClose }: Props) {
  const db = useDb();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const incoming = preview.lines.map(({ sourceRow: _r, ...l }) => l);
  const present = linesInFileVariants(existing, incoming);
  const [mode, setMode] = useState<ImportMode | null>(present.length === 0 ? 'add' : null);
  const rejectedRows = new Set(preview.errors.map((e) => e.row)).size;
  const matches = matchingLines(present, incoming);

  const importNow = async () => {
    if (!mode) return setError('Bitte zuerst wählen, was mit den vorhandenen Zeilen geschehen soll.');
    setBusy(true);
    try {
      const same = (stored: CostLine, line: (typeof incoming)[number]) =>
        lineAmounts(stored, period, payRates).join() === lineAmounts(line, period, payRates).join();
      const plan = planImport(present, incoming, mode, same);
      const undo = await importCostLines(db, proposalId, { upserts: plan.upserts, deletions: plan.deletions });
      const summary = `Import aus „${fileName}“: ${plan.added} Zeilen angelegt, ${plan.updated} aktualisiert, ${plan.deleted} ersetzt.`;
      notifySuccess(summary);
      onImported(undo, summary);
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
        {preview.ignoredColumns.length > 0 ? (
          <Alert color="yellow" title="Diese Spalten werden nicht importiert" data-testid="import-ignored-columns">
            {preview.ignoredColumns.join(', ')}. Sie sind weder eine bekannte Spalte noch ein Jahr; ihr Inhalt bleibt unberücksichtigt.
          </Alert>
        ) : null}
        {present.length > 0 ? (
          <Radio.Group
            label={`Der Vorschlag hat schon ${present.length} Kostenzeilen in ${[...new Set(present.map((l) => VARIANT_LABELS[l.variant]))].join(' und ')}; ${matches} Zeilen der Datei haben dieselbe Variante, Kommune und Bezeichnung. Was soll der Import tun?`}
            value={mode}
            onChange={(v) => setMode(v as ImportMode)}
            data-testid="import-mode"
          >
            <Stack gap="xs" mt="xs">
              {(['update', 'replace', 'add'] as const).map((m) => (
                <Radio key={m} value={m} label={IMPORT_MODE_LABELS[m]} />
              ))}
            </Stack>
          </Radio.Group>
        ) : null}
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
          <Button onClick={importNow} loading={busy} disabled={preview.lines.length === 0 || mode === null}>
            {preview.lines.length} Zeilen importieren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
