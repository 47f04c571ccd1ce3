import { Button, Checkbox, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { restoreVersion, saveVersion } from '../../data/repositories/contracts';
import { textDiffers } from '../../domain/contracts/compare';
import { CONTRACT_STATUS_LABELS, type Contract, type ContractVersion } from '../../domain/contracts/model';
import { formatDateTime } from '../../domain/format';
import { de } from '../../i18n/de';
import { useDb } from '../../state/DbContext';
import { notifyError, notifySuccess } from '../../ui/notify';
import { AuthorName, useNameIsSet } from '../../ui/AuthorName';
import { useAnyPending, useFlushAll } from './editor/flushRegistry';

interface SaveProps {
  contract: Contract;
  /** The newest saved version (none yet: always allowed). */
  latest: ContractVersion | undefined;
  variant?: 'filled' | 'light';
}

/**
 * „Version speichern“ with a note, as a button with its dialog (the page header and the
 * versions tab both offer it). A version identical to the one before would only lengthen
 * the list: while the text (title, order, headings, bodies) equals the newest version and
 * nothing typed is pending, the button is off and says why.
 */
export function SaveVersionButton({ contract, latest, variant = 'filled' }: SaveProps) {
  const db = useDb();
  const flushAll = useFlushAll();
  const typing = useAnyPending();
  const same = useMemo(() => latest !== undefined && !textDiffers(contract, latest), [contract, latest]);
  const unchanged = same && !typing;
  const hintId = useId();
  const nameSet = useNameIsSet();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await flushAll();
      const number = await saveVersion(db, contract.id, note);
      notifySuccess(`Version ${number} gespeichert.`);
      setOpen(false);
      setNote('');
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        {unchanged ? (
          <Text size="sm" c="gray.7" id={hintId} data-testid="no-changes-hint">
            Keine Änderungen seit Version {latest!.number}
          </Text>
        ) : null}
        <Button variant={variant} onClick={() => setOpen(true)} disabled={unchanged} aria-describedby={unchanged ? hintId : undefined}>
          Version speichern
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title="Version speichern">
        <Stack>
          <Text size="sm">Die Version hält den Text, wie er jetzt ist, dauerhaft fest; sie lässt sich später vergleichen und wiederherstellen.</Text>
          <Textarea
            label="Notiz zur Version"
            placeholder="z. B. an die Rechtsämter versandt"
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-autofocus
          />
          {nameSet === false ? (
            <Text size="sm" data-testid="version-author-hint">
              Als Autor wird der Name aus den Einstellungen eingetragen; noch ist keiner gesetzt: <AuthorName by="" />.
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {de.common.cancel}
            </Button>
            <Button onClick={save} loading={busy}>
              Version speichern
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The saved versions (Nr., Datum, Autor, Notiz, Status): pick two to compare, restore one as a new version. */
export function VersionsPanel({ contract, versions }: { contract: Contract; versions: ContractVersion[] }) {
  const db = useDb();
  const navigate = useNavigate();
  const flushAll = useFlushAll();
  const [picked, setPicked] = useState<number[]>([]);
  const [restoring, setRestoring] = useState<ContractVersion | null>(null);
  const newestFirst = [...versions].reverse();
  const toggle = (n: number, on: boolean) => setPicked((p) => (on ? [...p.filter((x) => x !== n), n].slice(-2) : p.filter((x) => x !== n)));
  const [a, b] = [...picked].sort((x, y) => x - y);

  const restore = async (v: ContractVersion) => {
    setRestoring(null);
    try {
      await flushAll();
      const number = await restoreVersion(db, contract.id, v.id);
      notifySuccess(`Version ${v.number} wiederhergestellt und als Version ${number} gespeichert.`);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Stack>
      <Group>
        <SaveVersionButton contract={contract} latest={versions.at(-1)} variant="light" />
        <Button
          variant="default"
          disabled={a === undefined}
          onClick={() => a !== undefined && navigate(`/vertraege/${contract.id}/vergleich?von=${a}&bis=${b ?? 'aktuell'}`)}
        >
          {b === undefined
            ? a === undefined
              ? 'Zwei Versionen wählen zum Vergleichen'
              : `Version ${a} mit dem aktuellen Text vergleichen`
            : `Version ${a} und ${b} vergleichen`}
        </Button>
      </Group>
      {versions.length === 0 ? (
        <Text>Noch keine Version gespeichert. Speichern Sie eine, bevor Sie den Entwurf versenden; dann zeigt der Vergleich später jede Änderung.</Text>
      ) : (
        <Table withTableBorder striped aria-label="Versionen" data-testid="version-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Vergleichen</Table.Th>
              <Table.Th>Nr.</Table.Th>
              <Table.Th>Datum</Table.Th>
              <Table.Th>Autor</Table.Th>
              <Table.Th>Notiz</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Aktion</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Version ${v.number} zum Vergleich wählen`}
                    checked={picked.includes(v.number)}
                    onChange={(e) => toggle(v.number, e.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>{v.number}</Table.Td>
                <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
                <Table.Td>
                  <AuthorName by={v.author} />
                </Table.Td>
                <Table.Td>{v.note || '–'}</Table.Td>
                <Table.Td>{CONTRACT_STATUS_LABELS[v.status]}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="subtle" aria-label={`Version ${v.number} wiederherstellen`} onClick={() => setRestoring(v)}>
                    Wiederherstellen
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={restoring !== null} onClose={() => setRestoring(null)} title="Version wiederherstellen?">
        {restoring ? (
          <Stack>
            <Text>
              Titel und Text der Version {restoring.number} ({formatDateTime(restoring.createdAt)}) werden in den Entwurf übernommen und als neue Version
              gespeichert. Der jetzige Text bleibt als ältere Version erhalten, wenn Sie ihn vorher speichern; die bisherigen Versionen ändern sich nicht.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRestoring(null)} data-autofocus>
                {de.common.cancel}
              </Button>
              <Button onClick={() => restore(restoring)}>Wiederherstellen</Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
