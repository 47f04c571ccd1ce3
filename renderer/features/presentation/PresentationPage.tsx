/** Start screen of the presentation: what to show (a meeting's agenda or chosen proposals), the scenario, start. */
import { Alert, Button, Card, Group, List, Loader, MultiSelect, Radio, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { SCENARIO_IDS, SCENARIO_LABELS, type ScenarioId } from '../../domain/costs/scenarios';
import { formatDate } from '../../domain/format';
import { proposalDisplayNames } from '../../domain/proposalNames';
import { de } from '../../i18n/de';
import { isDesktop, openPresenterWindow } from '../../platform';
import { useMeetings, useParties, useProposals } from '../../state/useWorkspace';
import { PageHeader } from '../../ui/PageHeader';
import { deckProposals, deckQuery, parseDeckSource, type DeckSource } from './source';

export function PresentationPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const meetings = useMeetings();
  const proposals = useProposals();
  const parties = useParties();
  const parsed = useMemo(() => parseDeckSource(search), [search]);
  const mode = new URLSearchParams(search).get('vorschlaege') !== null ? 'proposals' : 'meeting';
  const source: DeckSource = mode === 'meeting' && !parsed.meetingId && meetings?.[0] ? { ...parsed, meetingId: meetings[0].id } : parsed;
  const set = (next: DeckSource, nextMode = mode) => {
    const query = deckQuery(nextMode === 'meeting' ? { ...next, proposalIds: [] } : { ...next, meetingId: null });
    navigate(`/praesentation?${query}`, { replace: true });
  };
  const meeting = meetings?.find((m) => m.id === source.meetingId) ?? null;
  const deck = proposals ? deckProposals(mode === 'meeting' ? source : { ...source, meetingId: null }, meeting, proposals) : null;
  const canStart = Boolean(deck && (mode === 'proposals' ? deck.proposals.length > 0 : meeting));
  const start = () => canStart && navigate(`/praesentation/vortrag?${deckQuery(mode === 'meeting' ? source : { ...source, meetingId: null })}`);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F5') return;
      e.preventDefault(); // F5 starts the slides here instead of reloading the app
      start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!meetings || !proposals || !parties || !deck) return <Loader aria-label={de.common.loading} />;
  const names = proposalDisplayNames(proposals, (id) => parties.find((p) => p.id === id)?.name ?? 'Unbekannt');
  return (
    <>
      <PageHeader title={de.nav.presentation} subtitle="Folien für den Beamer: Kennzahlen, Diagramme und je Vorschlag eine Folie, mit Was-wäre-wenn." />
      <Stack gap="lg" maw={900}>
        <Card withBorder>
          <Stack gap="md">
            <Radio.Group label="Was soll gezeigt werden?" value={mode} onChange={(v) => set(source, v as 'meeting' | 'proposals')}>
              <Group mt="xs">
                <Radio value="meeting" label="Tagesordnung eines Termins" />
                <Radio value="proposals" label="Ausgewählte Vorschläge" />
              </Group>
            </Radio.Group>
            {mode === 'meeting' ? (
              <Select
                label="Termin"
                data={meetings.map((m) => ({ value: m.id, label: `${formatDate(m.date)} · ${m.title}` }))}
                value={source.meetingId}
                onChange={(v) => v && set({ ...source, meetingId: v })}
                allowDeselect={false}
                nothingFoundMessage="Keine Termine"
              />
            ) : (
              <MultiSelect
                label="Vorschläge (in dieser Reihenfolge)"
                data={proposals.map((p) => ({ value: p.id, label: names.get(p.id) ?? p.title }))}
                value={source.proposalIds}
                onChange={(ids) => set({ ...source, proposalIds: ids }, 'proposals')}
                searchable
                clearable
              />
            )}
            <div>
              <Text size="sm" fw={500} mb={4} id="scenario-label">
                Szenario
              </Text>
              <SegmentedControl
                aria-labelledby="scenario-label"
                data={SCENARIO_IDS.map((s) => ({ value: s, label: SCENARIO_LABELS[s] }))}
                value={source.scenario}
                onChange={(v) => set({ ...source, scenario: v as ScenarioId })}
              />
            </div>
            {mode === 'meeting' && meeting && meeting.agenda.length === 0 ? (
              <Alert color="blue" title="Die Tagesordnung ist noch leer">
                {deck.fromPlannedMeeting
                  ? 'Gezeigt werden die Vorschläge, die für diesen Termin vorgesehen sind. Die Reihenfolge legen Sie in der Tagesordnung unter Termine fest.'
                  : 'Stellen Sie die Tagesordnung unter Termine zusammen, oder wählen Sie „Ausgewählte Vorschläge“.'}
              </Alert>
            ) : null}
            {deck.proposals.length > 0 ? (
              <div>
                <Text fw={500}>Folien je Vorschlag ({deck.proposals.length}):</Text>
                <List type="ordered" data-testid="deck-list">
                  {deck.proposals.map((p) => (
                    <List.Item key={p.id}>{names.get(p.id) ?? p.title}</List.Item>
                  ))}
                </List>
              </div>
            ) : null}
            <Group>
              <Button onClick={start} disabled={!canStart}>
                Präsentation starten (F5)
              </Button>
              {!isDesktop ? (
                <Button
                  variant="default"
                  disabled={!canStart}
                  onClick={() => openPresenterWindow(deckQuery(mode === 'meeting' ? source : { ...source, meetingId: null }))}
                >
                  Referentenansicht in neuem Fenster öffnen
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Card>
        <Card withBorder>
          <Text fw={600} mb="xs">
            Bedienung während der Präsentation
          </Text>
          <List size="sm">
            <List.Item>Weiter: Pfeil rechts, Leertaste, Bild ab (auch Präsentations-Fernbedienungen); zurück: Pfeil links, Bild auf.</List.Item>
            <List.Item>Erste und letzte Folie: Pos1 und Ende. Zahl tippen und Eingabetaste springt zu dieser Folie.</List.Item>
            <List.Item>Esc beendet die Präsentation.</List.Item>
            <List.Item>
              {isDesktop
                ? 'Mit einem zweiten Bildschirm (Beamer) erscheinen die Folien dort und die Referentenansicht mit Notizen, nächster Folie und Zeit auf dem Laptop.'
                : 'Die Referentenansicht öffnet sich in einem eigenen Fenster; ziehen Sie es auf den Laptop-Bildschirm und die Folien auf den Beamer.'}
            </List.Item>
            <List.Item>
              Auf der Folie eines Vorschlags rechnet „Was wäre, wenn …“ sofort mit anderen Beteiligten, Szenario oder Zinssatz, ohne etwas zu speichern.
            </List.Item>
          </List>
        </Card>
      </Stack>
    </>
  );
}
