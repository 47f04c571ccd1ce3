import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { createBackup, prepareRestore, previewRestore, restorePrepared, type PreparedRestore, type RestorePreview } from '../../data/backups';
import { base64ToBytes } from '../../domain/bytes';
import { UserFacingError } from '../../domain/errors';
import { formatDateTime } from '../../domain/format';
import { isDesktop, platform, type BackupFileInfo } from '../../platform';
import { useDb } from '../../state/DbContext';
import { messageOf, notifySuccess } from '../../ui/notify';
import { BackupList } from './BackupList';
import { RestorePreviewModal } from './RestorePreviewModal';

const MAX_FILE_BYTES = 100 * 1024 * 1024;

function decodeUtf8(base64: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(base64ToBytes(base64));
  } catch {
    throw new UserFacingError('Die Datei ist keine Textdatei und damit keine Sicherung des IKZ-Planers. Es wurde nichts verändert.');
  }
}

/** Einstellungen → Sicherungen: write, list, export and restore backups. */
export function BackupsCard({ onRestored }: { onRestored(): void }) {
  const db = useDb();
  const [backups, setBackups] = useState<BackupFileInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [prepared, setPrepared] = useState<PreparedRestore | null>(null);
  const [preview, setPreview] = useState<RestorePreview | null>(null);

  // Raised after every change to the list; the effect reads the list again.
  const [listVersion, setListVersion] = useState(0);
  const reload = () => setListVersion((n) => n + 1);
  useEffect(() => {
    let cancelled = false;
    platform.listBackups().then(
      (list) => !cancelled && setBackups(list),
      (e: unknown) => !cancelled && setError(messageOf(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [listVersion]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const create = () =>
    run(async () => {
      await createBackup(db, 'manuell');
      notifySuccess('Sicherung erstellt.');
      reload();
    });

  const showPreview = async (source: string, text: string) => {
    const next = await prepareRestore(source, text);
    setPreview(await previewRestore(db, next));
    setPrepared(next);
  };

  const restoreListed = (b: BackupFileInfo) => run(async () => showPreview(b.name, (await platform.readBackup(b.name)).content));

  const restoreFromFile = () =>
    run(async () => {
      const file = await platform.openFile({ filters: [{ name: 'IKZ-Planer-Sicherung', extensions: ['json'] }], maxBytes: MAX_FILE_BYTES });
      if (file.status === 'cancelled') return;
      if (file.status === 'too-large')
        throw new UserFacingError(`Die Datei „${file.fileName}“ ist größer als 100 MB und keine Sicherung des IKZ-Planers. Es wurde nichts verändert.`);
      await showPreview(file.fileName, decodeUtf8(file.base64));
    });

  const exportListed = (b: BackupFileInfo) =>
    run(async () => {
      const result = await platform.exportBackup(b.name);
      if (result.saved) notifySuccess(`Sicherung als „${result.fileName}“ gespeichert.`);
    });

  const cancel = () => {
    setPrepared(null);
    setPreview(null);
  };

  const confirm = () =>
    run(async () => {
      if (!prepared) return;
      const { safetyBackup } = await restorePrepared(db, prepared);
      cancel();
      notifySuccess(`Sicherung wiederhergestellt. Der vorherige Stand ist als „${safetyBackup}“ gesichert.`);
      onRestored();
      reload();
    });

  const newest = backups?.[0];
  return (
    <Card withBorder maw={1100} component="section" aria-labelledby="sicherungen-titel">
      <Stack>
        <Title order={2} size="h4" id="sicherungen-titel">
          Sicherungen
        </Title>
        <Text size="sm">
          Der IKZ-Planer sichert alle Daten {isDesktop ? 'im Ordner „Sicherungen“ des Programms' : 'in diesem Browser'}: beim Programmstart (einmal am Tag), vor
          einem Update, vor jedem Import und vor jeder Wiederherstellung. Aufbewahrt werden die fünf neuesten Sicherungen, je eine der letzten zehn Tage und je
          eine der letzten vier Wochen. Für einen Rechnerwechsel exportieren Sie eine Sicherung auf einen USB-Stick.
          {newest ? ` Neueste Sicherung: ${formatDateTime(newest.header?.createdAt ?? newest.modifiedAt)}.` : ''}
        </Text>
        {error ? (
          <Alert color="red" role="alert" title="Nichts verändert">
            {error}
          </Alert>
        ) : null}
        <Group>
          <Button onClick={create} loading={busy && !prepared}>
            Sicherung erstellen
          </Button>
          <Button variant="default" onClick={restoreFromFile} disabled={busy}>
            Sicherung aus Datei wiederherstellen …
          </Button>
        </Group>
        {backups ? <BackupList backups={backups} busy={busy} onRestore={restoreListed} onExport={exportListed} /> : null}
      </Stack>
      <RestorePreviewModal prepared={prepared} preview={preview} busy={busy} error={error} onCancel={cancel} onConfirm={confirm} />
    </Card>
  );
}
