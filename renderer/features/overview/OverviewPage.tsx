import { Alert, Anchor, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatEuroWhole } from '../../charts/chartFormat';
import { useCalculations } from '../../state/useCalculations';
import { useAreas, useParties, useProposals, useSettings } from '../../state/useWorkspace';
import type { ScenarioId } from '../../domain/costs/scenarios';
import { SCENARIO_LABELS } from '../../domain/costs/scenarios';
import { openDependencies } from '../../domain/dependencies';
import { proposalDisplayNames } from '../../domain/proposalNames';
import { DEFAULT_SETTINGS } from '../../domain/vocabulary';
import { de } from '../../i18n/de';
import { PageHeader } from '../../ui/PageHeader';
import { dashboardData } from '../../domain/figures/figures';
import { AreaTotalsExport } from './AreaTotalsExport';
import { DashboardCharts } from './DashboardCharts';
import { DashboardFilters } from './DashboardFilters';
import { useDashboardFilter } from './useDashboardFilter';
import { kapitalwertBasis, kapitalwertBasisLong } from '../../domain/figures/labels';

function KeyFigure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="gray.7">
          {hint}
        </Text>
      ) : null}
    </Card>
  );
}

export function OverviewPage() {
  const proposals = useProposals();
  const parties = useParties();
  const areas = useAreas();
  const settings = useSettings();
  const [scenario, setScenario] = useState<ScenarioId>('basis');
  const [filter, setFilter] = useDashboardFilter();
  const items = useCalculations(scenario);
  const data = useMemo(
    () => (items && proposals && areas && parties ? dashboardData(items, proposals, areas, parties, filter) : null),
    [items, proposals, areas, parties, filter],
  );
  if (!proposals || !parties || !areas || !settings || !data) return <Loader aria-label={de.common.loading} />;
  const displayName = proposalDisplayNames(proposals, (id) => parties.find((p) => p.id === id)?.name ?? 'Unbekannt');

  const waiting = proposals.filter((p) => p.status !== 'verworfen' && (filter.includeExamples || !p.isExample) && openDependencies(p, proposals).length > 0);
  const f = data.figures;
  const ex = data.fromExamples;
  const period = filter.year === null ? 'gesamter Zeitraum' : String(filter.year);
  const partyName = filter.partyId ? (data.partyName.get(filter.partyId) ?? 'Kommune') : null;
  const money = (cents: number) => (data.hasData ? formatEuroWhole(cents) : '–');
  // How much of a figure the shipped examples make up, said next to the figure.
  const fromExamples = (cents: number) => (filter.includeExamples && ex.counted > 0 ? `davon aus Beispielvorschlägen: ${formatEuroWhole(cents)}` : undefined);

  return (
    <>
      <PageHeader title={de.nav.overview} subtitle={`${de.appSubtitle} · Szenario ${SCENARIO_LABELS[scenario]}`} />
      <Stack gap="lg">
        {settings.userName === DEFAULT_SETTINGS.userName ? (
          <Alert color="yellow" title="Bitte stellen Sie sich vor" data-print-hide>
            Tragen Sie unter{' '}
            <Anchor component={Link} to="/einstellungen">
              Einstellungen
            </Anchor>{' '}
            Ihren Namen und Ihre Kommune ein. Der Name erscheint im Änderungsprotokoll, damit alle sehen, wer was geändert hat.
          </Alert>
        ) : null}
        <Group justify="space-between" align="flex-end" data-print-hide>
          <DashboardFilters
            filter={filter}
            onChange={setFilter}
            scenario={scenario}
            onScenario={setScenario}
            areas={areas}
            parties={parties}
            years={data.allYears}
          />
          <AreaTotalsExport
            totals={data.areaTotals}
            areaName={(id) => areas.find((a) => a.id === id)?.name ?? id}
            kapitalwertLabel={data.referenceYear !== null ? `Kapitalwert (${kapitalwertBasis(data.referenceYear)})` : 'Kapitalwert'}
            suffix={`${SCENARIO_LABELS[scenario]}_${filter.year ?? 'gesamt'}`}
          />
        </Group>
        {!data.hasData ? (
          <Alert color="blue" title="Noch keine Kostendaten">
            Für diese Auswahl sind noch keine Kosten erfasst. Erfassen oder importieren Sie die Kosten unter{' '}
            <Anchor component={Link} to="/kosten">
              Kosten
            </Anchor>
            .
          </Alert>
        ) : null}
        {filter.includeExamples && ex.counted > 0 ? (
          <Alert color="gray" title="Die Zahlen enthalten Beispielvorschläge" data-testid="example-note">
            {ex.counted} der {f.counted} eingerechneten Vorschläge sind mitgelieferte Beispiele. Mit dem Schalter „Beispielvorschläge einrechnen“ lassen Sie sie
            weg.
          </Alert>
        ) : null}
        {!filter.includeExamples && data.exampleCount > 0 ? (
          <Text size="sm" c="gray.7" data-testid="example-note">
            {data.exampleCount} Beispielvorschläge sind ausgeblendet.
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 2, lg: partyName ? 5 : 4 }} data-testid="key-figures">
          <KeyFigure
            label={partyName ? `Jährliche Einsparung ${partyName} bei voller Wirkung` : 'Jährliche Einsparung bei voller Wirkung'}
            value={money(f.annualSavingsFullEffect)}
            hint={[`${f.counted} ${f.counted === 1 ? 'Vorschlag' : 'Vorschläge'} eingerechnet`, fromExamples(ex.annualSavingsFullEffect)]
              .filter(Boolean)
              .join(' · ')}
          />
          <KeyFigure
            label={partyName ? `Kapitalwert ${partyName} (Summe)` : 'Kapitalwert (Summe)'}
            value={money(f.kapitalwert)}
            hint={[data.hasData && data.referenceYear !== null ? kapitalwertBasisLong(data.referenceYear) : undefined, fromExamples(ex.kapitalwert)]
              .filter(Boolean)
              .join(' · ')}
          />
          {partyName ? (
            <KeyFigure
              label={`Anteil ${partyName} an gemeinsamen Kosten`}
              value={money(f.jointShare)}
              hint={[`gesamter Zeitraum`, fromExamples(ex.jointShare)].filter(Boolean).join(' · ')}
            />
          ) : null}
          <KeyFigure
            label="Beschlussreif"
            value={String(f.readyForDecision)}
            hint={filter.includeExamples && ex.readyForDecision > 0 ? `davon Beispielvorschläge: ${ex.readyForDecision}` : undefined}
          />
          <KeyFigure
            label="Förderschwelle NRW (≥ 15 %) erreicht"
            value={String(f.fundingEligible)}
            hint={['laufende Kosten', filter.includeExamples && ex.fundingEligible > 0 ? `davon Beispielvorschläge: ${ex.fundingEligible}` : undefined]
              .filter(Boolean)
              .join(' · ')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <DashboardCharts data={data} period={period} />
          {waiting.length > 0 ? (
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                Vorschläge, die auf andere warten
              </Title>
              <Stack gap={4}>
                {waiting.map((p) => (
                  <Anchor key={p.id} component={Link} to={`/vorschlaege/${p.id}`}>
                    {displayName.get(p.id) ?? p.title}
                  </Anchor>
                ))}
              </Stack>
            </Card>
          ) : null}
        </SimpleGrid>
      </Stack>
    </>
  );
}
