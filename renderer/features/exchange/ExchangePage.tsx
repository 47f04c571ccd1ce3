import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { de } from '../../i18n/de';
import { PageHeader } from '../../ui/PageHeader';
import { ExportDialog } from './ExportDialog';
import { PasswordDialog } from './PasswordDialog';
import { ReviewScreen } from './ReviewScreen';
import { useImportFlow } from './useImportFlow';

/**
 * „Austausch“: officials send each other proposals as a file (mail, USB stick) and read the
 * files of others. Its own menu item rather than a corner of Einstellungen, because it is
 * a regular task in the weeks before the March meeting, not a one-off setting.
 */
export function ExchangePage() {
  const [exporting, setExporting] = useState(false);
  const flow = useImportFlow();
  const { state } = flow;

  if (state.step === 'review') {
    return <ReviewScreen plan={state.plan} fileName={state.fileName} busy={state.busy} error={state.error} onApply={flow.apply} onCancel={flow.reset} />;
  }

  return (
    <>
      <PageHeader
        title={de.nav.exchange}
        subtitle="Vorschläge, Kosten, Termine und Vertragsentwürfe als Datei mit anderen Kommunen austauschen, auch ohne Netz."
      />
      <Stack gap="xl">
        {state.step === 'summary' ? (
          <Alert color="teal" title={`„${state.fileName}“ übernommen`} role="status" data-testid="import-summary">
            <Stack gap="xs">
              <Text fw={600}>{state.text}</Text>
              {state.written ? <Text size="sm">Übernommen: {state.written}</Text> : null}
              <Text size="sm">Der Stand davor ist gesichert („{state.backupName}“); unter Einstellungen → Sicherungen lässt er sich wiederherstellen.</Text>
              <Group gap="sm">
                <Button component={Link} to="/vorschlaege" variant="default" size="xs">
                  Zu den Vorschlägen
                </Button>
                <Button variant="subtle" size="xs" onClick={flow.reset}>
                  Fertig
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {state.step === 'idle' && state.refusal ? (
          <Alert color="red" role="alert" title="Datei nicht eingelesen" data-testid="import-refusal">
            {state.refusal}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" maw={1100}>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              Austauschdatei erstellen
            </Title>
            <Text mb="sm">
              Speichert den ganzen Arbeitsbereich, ausgewählte Vorschläge oder nur die Stammdaten als Datei (.ikz), auf Wunsch mit Passwort. Die Empfänger lesen
              sie hier unter „Austauschdatei einlesen“ ein.
            </Text>
            <Button w="fit-content" onClick={() => setExporting(true)}>
              Austauschdatei erstellen …
            </Button>
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              Austauschdatei einlesen
            </Title>
            <Text mb="sm">
              Öffnet eine Datei eines Kollegen oder einer Kollegin. Sie sehen vorher, was neu ist, was sich ändert und wo beide Seiten dasselbe Feld geändert
              haben; erst „Übernehmen“ schreibt. Vorher wird eine Sicherung Ihrer Daten angelegt.
            </Text>
            <Button w="fit-content" variant="default" onClick={flow.open}>
              Austauschdatei einlesen …
            </Button>
          </Card>
        </SimpleGrid>
      </Stack>
      {exporting ? <ExportDialog onClose={() => setExporting(false)} /> : null}
      {state.step === 'password' ? (
        <PasswordDialog fileName={state.fileName} error={state.error} busy={state.busy} onSubmit={flow.submitPassword} onCancel={flow.reset} />
      ) : null}
    </>
  );
}
