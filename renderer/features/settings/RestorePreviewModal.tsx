import { Alert, List, Modal, Stack, Table, Text } from '@mantine/core';
import { ConfirmActions } from '../../ui/FormParts';
import type { PreparedRestore, RestorePreview } from '../../data/backups';
import { formatDateTime, formatInteger } from '../../domain/format';

interface Props {
  prepared: PreparedRestore | null;
  preview: RestorePreview | null;
  busy: boolean;
  /** A failed restore: shown here too, as the card behind the dialog is covered. */
  error: string | null;
  onCancel(): void;
  onConfirm(): void;
}

const SHOWN = 8;

function Titles({ heading, titles }: { heading: string; titles: string[] }) {
  if (titles.length === 0) return null;
  return (
    <div>
      <Text fw={600} size="sm">
        {heading} ({formatInteger(titles.length)})
      </Text>
      <List size="sm">
        {titles.slice(0, SHOWN).map((t, i) => (
          <List.Item key={i}>{t}</List.Item>
        ))}
        {titles.length > SHOWN ? <List.Item>und {formatInteger(titles.length - SHOWN)} weitere</List.Item> : null}
      </List>
    </div>
  );
}

function sourceText(prepared: PreparedRestore): string {
  const b = prepared.backup;
  const when = b.createdAt ? `vom ${formatDateTime(b.createdAt)}` : `„${prepared.source}“`;
  const what = b.kind === 'export' ? 'Datenexport' : 'Sicherung';
  const version = b.appVersion ? `, Programmversion ${b.appVersion}` : '';
  return `${what} ${when}${version}, Datenbankversion ${b.schemaVersion}`;
}

/** What a restore would change, and the one button that does it. */
export function RestorePreviewModal({ prepared, preview, busy, error, onCancel, onConfirm }: Props) {
  return (
    <Modal opened={prepared !== null && preview !== null} onClose={onCancel} title="Sicherung wiederherstellen?" size="lg">
      {prepared && preview ? (
        <Stack>
          <Text>
            {sourceText(prepared)}. Alle Daten dieses Rechners werden durch den Stand der Sicherung ersetzt. Vorher wird der jetzige Stand gesichert; Sie können
            ihn danach aus der Liste wiederherstellen.
          </Text>
          <Table withTableBorder fz="sm" verticalSpacing={4} aria-label="Datensätze jetzt und in der Sicherung">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Daten</Table.Th>
                <Table.Th scope="col" ta="right">
                  Jetzt
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  In der Sicherung
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.counts
                // Tables empty on both sides say nothing about the change.
                .filter((c) => c.now > 0 || c.backup > 0)
                .map((c) => (
                  <Table.Tr key={c.table} fw={c.now !== c.backup ? 600 : undefined}>
                    <Table.Th scope="row" fw="inherit">
                      {c.label}
                    </Table.Th>
                    <Table.Td ta="right">{formatInteger(c.now)}</Table.Td>
                    <Table.Td ta="right">{formatInteger(c.backup)}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
          <Titles heading="Diese Vorschläge gibt es danach nicht mehr" titles={preview.disappearing} />
          <Titles heading="Diese Vorschläge kommen zurück" titles={preview.appearing} />
          {preview.changedProposals > 0 ? (
            <Text size="sm">{formatInteger(preview.changedProposals)} weitere Vorschläge erhalten den Stand der Sicherung.</Text>
          ) : null}
          <Alert color="yellow" variant="light">
            Änderungen nach dem Zeitpunkt der Sicherung gehen dabei verloren, sofern Sie nicht den gesicherten jetzigen Stand wiederherstellen.
          </Alert>
          {error ? (
            <Alert color="red" role="alert" title="Nicht wiederhergestellt">
              {error}
            </Alert>
          ) : null}
          <ConfirmActions onCancel={onCancel} confirmLabel="Jetzt wiederherstellen" onConfirm={onConfirm} busy={busy} />
        </Stack>
      ) : null}
    </Modal>
  );
}
