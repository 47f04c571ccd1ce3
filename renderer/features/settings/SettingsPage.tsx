import { Button, Card, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDb } from '../../state/DbContext';
import { salvageDatabase } from '../../data/salvage';
import { removeExampleData } from '../../data/seed';
import { useCalculationSettings, useParties, useProposals, useSettings } from '../../state/useWorkspace';
import { de } from '../../i18n/de';
import { saveTextFile } from '../../platform';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { SettingsForm } from './SettingsForm';
import { CalculationSettingsCard } from './CalculationSettingsCard';

export function SettingsPage() {
  const db = useDb();
  const settings = useSettings();
  const parties = useParties();
  const proposals = useProposals();
  const calc = useCalculationSettings();
  const [confirmRemove, setConfirmRemove] = useState(false);
  if (!settings || !parties || !proposals) return <Loader aria-label={de.common.loading} />;
  const examples = proposals.filter((p) => p.isExample);

  const remove = async () => {
    setConfirmRemove(false);
    try {
      const n = await removeExampleData(db);
      notifySuccess(`${n} Beispielvorschläge entfernt. Stammdaten und eigene Vorschläge sind unverändert.`);
    } catch (e) {
      notifyError(e);
    }
  };

  const exportAll = async () => {
    try {
      const data = await salvageDatabase(db.name);
      const date = new Date().toISOString().slice(0, 10);
      const result = await saveTextFile(`ikz-planer-sicherung-${date}.json`, JSON.stringify(data, null, 2), 'Datensicherung', 'json');
      if (result.saved) notifySuccess(`Datensicherung „${result.fileName}“ gespeichert.`);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <>
      <PageHeader title={de.nav.settings} subtitle="Angaben zu diesem Rechner und Standardwerte für Berechnungen." />
      <Stack gap="xl">
        <SettingsForm key={settings.revision} settings={settings} parties={parties} />
        {calc ? <CalculationSettingsCard key={calc.revision} settings={calc} /> : null}
        <Card withBorder maw={720}>
          <Title order={2} size="h4" mb="xs">
            Beispieldaten
          </Title>
          <Text mb="sm">
            {examples.length > 0
              ? `Es sind ${examples.length} Beispielvorschläge vorhanden. Sie können sie in einem Schritt entfernen; Kommunen, Aufgabenfelder, Termine und Ihre eigenen Vorschläge bleiben erhalten.`
              : 'Es sind keine Beispielvorschläge mehr vorhanden.'}
          </Text>
          <Button w="fit-content" variant="outline" color="red" disabled={examples.length === 0} onClick={() => setConfirmRemove(true)}>
            Beispieldaten entfernen
          </Button>
        </Card>
        <Card withBorder maw={720}>
          <Title order={2} size="h4" mb="xs">
            Datensicherung
          </Title>
          <Text mb="sm">Speichert alle Daten dieses Rechners als JSON-Datei, zum Beispiel vor einem Rechnerwechsel.</Text>
          <Button w="fit-content" variant="default" onClick={exportAll}>
            Alle Daten exportieren
          </Button>
        </Card>
      </Stack>
      <Modal opened={confirmRemove} onClose={() => setConfirmRemove(false)} title="Beispieldaten entfernen?">
        <Text mb="md">
          {examples.length} Beispielvorschläge werden gelöscht: {examples.map((e) => `„${e.title}“`).join(', ')}. Verweise Ihrer eigenen Vorschläge darauf
          werden entfernt.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmRemove(false)} data-autofocus>
            {de.common.cancel}
          </Button>
          <Button color="red" onClick={remove}>
            Entfernen
          </Button>
        </Group>
      </Modal>
    </>
  );
}
