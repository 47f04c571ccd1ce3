import { Button, Group, Table, Text } from '@mantine/core';
import { formatDateTime } from '../../domain/format';
import type { BackupFileInfo } from '../../platform';
import { contentsSummary, REASON_LABELS, sizeText, versionText } from './backupTexts';

interface Props {
  backups: BackupFileInfo[];
  busy: boolean;
  onRestore(backup: BackupFileInfo): void;
  onExport(backup: BackupFileInfo): void;
}

/** The backups, newest first, with what each holds and the two actions. */
export function BackupList({ backups, busy, onRestore, onExport }: Props) {
  if (backups.length === 0) return <Text c="gray.7">Noch keine Sicherungen vorhanden.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder fz="sm" aria-label="Vorhandene Sicherungen" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Datum</Table.Th>
            <Table.Th scope="col">Anlass</Table.Th>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Inhalt</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">Aktionen</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((b) => {
            const when = formatDateTime(b.header?.createdAt ?? b.modifiedAt);
            return (
              <Table.Tr key={b.name} data-backup={b.name}>
                <Table.Th scope="row" fw="normal" style={{ whiteSpace: 'nowrap' }}>
                  {when}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{b.header ? REASON_LABELS[b.header.reason] : '–'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{versionText(b)}</Table.Td>
                <Table.Td>
                  {b.header ? contentsSummary(b.header.counts) : 'wird beim Wiederherstellen geprüft'}
                  <Text span fz="xs" style={{ whiteSpace: 'nowrap' }}>
                    {' '}
                    · {sizeText(b.bytes)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" justify="flex-end">
                    <Button size="xs" variant="light" disabled={busy} onClick={() => onRestore(b)} aria-label={`Sicherung vom ${when} wiederherstellen`}>
                      Wiederherstellen …
                    </Button>
                    <Button size="xs" variant="default" disabled={busy} onClick={() => onExport(b)} aria-label={`Sicherung vom ${when} exportieren`}>
                      Exportieren
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
