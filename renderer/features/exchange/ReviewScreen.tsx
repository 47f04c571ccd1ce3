import { Alert, Button, Card, Checkbox, Group, List, Pagination, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { Choice, MergeConflict, MergePlan, Resolutions } from '../../domain/exchange/plan';
import { formatDateTime, formatInteger } from '../../domain/format';
import { ConflictCard } from './ConflictCard';
import { RecordList } from './RecordList';
import { resolveAll, unresolvedConflicts } from '../../data/exchange';
import { chooseField, chooseRecord, masterDataChanges } from './reviewChoices';

const CONFLICTS_PER_PAGE = 10;

export interface ReviewDecision {
  resolutions: Resolutions;
  acceptMasterData: boolean;
}

interface Props {
  plan: MergePlan;
  fileName: string;
  busy: boolean;
  error: string | null;
  onApply(decision: ReviewDecision): void;
  onCancel(): void;
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Card withBorder padding="sm" data-testid={`review-count-${label}`}>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {formatInteger(value)}
      </Text>
    </Card>
  );
}

function senderText(plan: MergePlan): string {
  const { sender, exportedAt } = plan.header;
  const party = sender.partyName ? ` (${sender.partyName})` : '';
  return `von ${sender.userName}${party}, erstellt am ${formatDateTime(exportedAt)}`;
}

/**
 * Everything an exchange file would change, before anything is written: new records,
 * changes, deletions, and each conflict field by field. Only „Übernehmen“ writes.
 */
export function ReviewScreen({ plan, fileName, busy, error, onApply, onCancel }: Props) {
  const [resolutions, setResolutions] = useState<Resolutions>({});
  const [acceptMasterData, setAcceptMasterData] = useState(false);
  const [conflictPage, setConflictPage] = useState(1);
  const open = unresolvedConflicts(plan, resolutions).length;
  const onField = useCallback((c: MergeConflict, field: string, side: Choice) => setResolutions((r) => chooseField(r, c, field, side)), []);
  const onRecord = useCallback((c: MergeConflict, side: Choice) => setResolutions((r) => chooseRecord(r, c, side)), []);
  const { conflicts } = plan;
  const pages = Math.max(1, Math.ceil(conflicts.length / CONFLICTS_PER_PAGE));
  const shownConflicts = conflicts.slice((conflictPage - 1) * CONFLICTS_PER_PAGE, conflictPage * CONFLICTS_PER_PAGE);
  const nothingToDo = plan.added.length + plan.updated.length + plan.deleted.length + conflicts.length === 0;
  const masterCount = masterDataChanges(plan);

  return (
    <Stack gap="lg" data-testid="review-screen">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Austauschdatei prüfen
        </Title>
        <Text c="gray.7">
          „{fileName}“ {senderText(plan)}.
        </Text>
      </Stack>
      <Alert color="blue" title="Noch ist nichts gespeichert" role="note">
        Prüfen Sie, was die Datei ändern würde. Erst „Übernehmen“ schreibt die Änderungen, alle in einem Schritt; „Abbrechen“ lässt Ihre Daten unverändert.
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        <Figure label="Neu" value={plan.added.length} />
        <Figure label="Geändert" value={plan.updated.length} />
        <Figure label="Gelöscht" value={plan.deleted.length} />
        <Figure label="Konflikte" value={conflicts.length} />
        <Figure label="Unverändert" value={plan.unchanged} />
      </SimpleGrid>
      {plan.warnings.length > 0 ? (
        <Alert color="yellow" title="Hinweise zur Datei" role="note">
          <List size="sm">
            {plan.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {nothingToDo ? <Text>Die Datei enthält nichts, was Sie nicht schon haben. Es gibt nichts zu übernehmen.</Text> : null}

      {conflicts.length > 0 ? (
        <section aria-label="Konflikte">
          <Group justify="space-between" mb="xs" wrap="wrap">
            <Stack gap={2}>
              <Title order={2} size="h4">
                Konflikte ({formatInteger(conflicts.length)})
              </Title>
              <Text size="sm" c="gray.7">
                Diese Felder wurden auf beiden Rechnern geändert. Wählen Sie je Feld oder je Datensatz, welche Fassung gilt.
              </Text>
            </Stack>
            <Group gap="xs">
              <Button variant="default" onClick={() => setResolutions(resolveAll(plan, 'mine'))}>
                Alle von mir
              </Button>
              <Button variant="default" onClick={() => setResolutions(resolveAll(plan, 'theirs'))}>
                Alle aus der Datei
              </Button>
            </Group>
          </Group>
          <Stack gap="md">
            {shownConflicts.map((c) => (
              <ConflictCard key={c.key} conflict={c} resolution={resolutions[c.key]} onField={onField} onRecord={onRecord} />
            ))}
          </Stack>
          {pages > 1 ? (
            <Group justify="center" mt="sm">
              <Pagination total={pages} value={conflictPage} onChange={setConflictPage} size="sm" aria-label="Konflikte: Seiten" />
            </Group>
          ) : null}
        </section>
      ) : null}

      <RecordList title="Neu" items={plan.added} action="wird neu angelegt" masterDataAccepted={acceptMasterData} testId="review-new" />
      <RecordList title="Änderungen" items={plan.updated} action="wird aktualisiert" masterDataAccepted={acceptMasterData} testId="review-changes" />
      <RecordList
        title="Löschungen"
        items={plan.deleted}
        action="wird gelöscht (in der Datei gelöscht)"
        masterDataAccepted={acceptMasterData}
        testId="review-deletions"
      />

      {/* The core marks master data a file only names for reference as unchanged; whatever it would write needs the tick. */}
      {plan.touchesMasterData ? (
        <Checkbox
          checked={acceptMasterData}
          onChange={(e) => setAcceptMasterData(e.currentTarget.checked)}
          label={`Änderungen an den Stammdaten übernehmen (${masterCount} Kommunen oder Aufgabenfelder)`}
          description="Stammdaten gelten für alle Vorschläge. Ohne diesen Haken bleiben Ihre Kommunen und Aufgabenfelder unverändert."
        />
      ) : null}

      {error ? (
        <Alert color="red" role="alert" title="Nicht übernommen">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm" pos="sticky" bottom={0} py="sm" bg="white" style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}>
        {open > 0 ? (
          <Text size="sm" c="orange.9" data-testid="open-conflicts">
            Noch {open === 1 ? '1 Konflikt' : `${open} Konflikte`} ohne Wahl
          </Text>
        ) : null}
        <Button variant="default" onClick={onCancel} disabled={busy}>
          Abbrechen
        </Button>
        <Button onClick={() => onApply({ resolutions, acceptMasterData })} loading={busy} disabled={open > 0 || nothingToDo}>
          Übernehmen
        </Button>
      </Group>
    </Stack>
  );
}
