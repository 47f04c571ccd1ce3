import { Button, Card, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { ConfirmActions } from '../../ui/FormParts';
import { useState } from 'react';
import { useDb } from '../../state/DbContext';
import { removeExampleData } from '../../data/seed';
import { useCalculationSettings, useParties, useProposals, useSettings } from '../../state/useWorkspace';
import { de } from '../../i18n/de';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { SettingsForm } from './SettingsForm';
import { CalculationSettingsCard } from './CalculationSettingsCard';
import { BackupsCard } from './BackupsCard';

export function SettingsPage() {
  const db = useDb();
  const settings = useSettings();
  const parties = useParties();
  const proposals = useProposals();
  const calc = useCalculationSettings();
  const [confirmRemove, setConfirmRemove] = useState(false);
  // Raised by a restore: the forms start again from the restored rows (their revision may equal the old one).
  const [generation, setGeneration] = useState(0);
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

  return (
    <>
      <PageHeader title={de.nav.settings} subtitle="Angaben zu diesem Rechner und Standardwerte für Berechnungen." />
      <Stack gap="xl">
        <SettingsForm key={`${generation}-${settings.revision}`} settings={settings} parties={parties} />
        {calc ? <CalculationSettingsCard key={`${generation}-${calc.revision}`} settings={calc} /> : null}
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
        <BackupsCard onRestored={() => setGeneration((n) => n + 1)} />
      </Stack>
      <Modal opened={confirmRemove} onClose={() => setConfirmRemove(false)} title="Beispieldaten entfernen?">
        <Text mb="md">
          {examples.length} Beispielvorschläge werden gelöscht: {examples.map((e) => `„${e.title}“`).join(', ')}. Verweise Ihrer eigenen Vorschläge darauf
          werden entfernt.
        </Text>
        <ConfirmActions onCancel={() => setConfirmRemove(false)} confirmLabel="Entfernen" onConfirm={remove} />
      </Modal>
    </>
  );
}
