import { Alert, Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DEFAULT_DB_NAME } from '../../data/db';
import type { OpenProblem } from '../../data/openDatabase';
import { salvageDatabase } from '../../data/salvage';
import { saveTextFile } from '../../platform';

/** Shown instead of the app when the database cannot be opened. It never deletes data. */
export function DatabaseErrorScreen({ problem, message, detail, onRetry }: { problem: OpenProblem; message: string; detail: string; onRetry?: () => void }) {
  const canRetry = onRetry && (problem === 'backup-failed' || problem === 'unavailable');
  const [exportState, setExportState] = useState<string | null>(null);
  const exportReadable = async () => {
    try {
      const data = await salvageDatabase(DEFAULT_DB_NAME);
      const result = await saveTextFile(
        `ikz-planer-datenexport-${new Date().toISOString().slice(0, 10)}.json`,
        JSON.stringify(data, null, 2),
        'Datenexport',
        'json',
      );
      setExportState(
        result.saved
          ? `Gespeichert als „${result.fileName}“. ${data.unreadable.length > 0 ? `Nicht lesbar: ${data.unreadable.join(', ')}.` : ''}`
          : 'Export abgebrochen.',
      );
    } catch {
      setExportState('Die Daten konnten nicht gelesen werden. Bitte wenden Sie sich an Ihre IT-Betreuung; löschen Sie nichts.');
    }
  };
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{problem === 'backup-failed' ? 'Sicherungskopie fehlgeschlagen' : 'Die Daten können nicht geöffnet werden'}</Title>
        <Alert color={problem === 'newer-version' || problem === 'backup-failed' ? 'orange' : 'red'} role="alert">
          {message}
        </Alert>
        <Group>
          {canRetry ? <Button onClick={onRetry}>Erneut versuchen</Button> : null}
          <Button onClick={exportReadable} variant={canRetry ? 'default' : 'filled'}>
            Lesbare Daten exportieren
          </Button>
        </Group>
        {exportState ? <Text aria-live="polite">{exportState}</Text> : null}
        <Text size="sm" c="gray.7">
          Technische Angabe für die IT-Betreuung: <Code>{detail}</Code>
        </Text>
      </Stack>
    </Container>
  );
}
