import { Alert, Anchor, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { AreaSavingsChart } from '../../charts/AreaSavingsChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatEuroWhole } from '../../charts/chartFormat';
import { CumulativeSavingsChart } from '../../charts/CumulativeSavingsChart';
import { IstKoopChart } from '../../charts/IstKoopChart';
import { PartySavingsChart } from '../../charts/PartySavingsChart';
import { StatusChart } from '../../charts/StatusChart';
import { useCalculations } from '../../data/useCalculations';
import { useAreas, useParties, useProposals, useSettings } from '../../data/useWorkspace';
import type { ScenarioId } from '../../domain/costs/scenarios';
import { SCENARIO_LABELS } from '../../domain/costs/scenarios';
import { openDependencies } from '../../domain/dependencies';
import { formatEuroCents } from '../../domain/format';
import { DEFAULT_SETTINGS } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { PageHeader } from '../../ui/PageHeader';
import { dashboardData, type DashboardFilter } from './dashboardData';
import { AreaTotalsExport } from './AreaTotalsExport';
import { DashboardFilters } from './DashboardFilters';

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
  const [filter, setFilter] = useState<DashboardFilter>({ areaId: null, status: null, partyId: null, includeOnHold: false, year: null });
  const items = useCalculations(scenario);
  const data = useMemo(() => (items && proposals && areas && parties ? dashboardData(items, proposals, areas, parties, filter) : null), [items, proposals, areas, parties, filter]);
  if (!proposals || !parties || !areas || !settings || !data) return <Loader aria-label={de.common.loading} />;

  const waiting = proposals.filter((p) => p.status !== 'verworfen' && openDependencies(p, proposals).length > 0);
  const f = data.figures;
  const period = filter.year === null ? 'gesamter Zeitraum' : String(filter.year);

  return (
    <>
      <PageHeader title={de.nav.overview} subtitle={`${de.appSubtitle} · Szenario ${SCENARIO_LABELS[scenario]}`} />
      <Stack gap="lg">
        {settings.userName === DEFAULT_SETTINGS.userName ? (
          <Alert color="yellow" title="Bitte stellen Sie sich vor">
            Tragen Sie unter{' '}
            <Anchor component={Link} to="/einstellungen">
              Einstellungen
            </Anchor>{' '}
            Ihren Namen und Ihre Kommune ein. Der Name erscheint im Änderungsprotokoll, damit alle sehen, wer was geändert hat.
          </Alert>
        ) : null}
        <Group justify="space-between" align="flex-end">
          <DashboardFilters filter={filter} onChange={setFilter} scenario={scenario} onScenario={setScenario} areas={areas} parties={parties} years={data.allYears} />
          <AreaTotalsExport totals={data.areaTotals} areaName={(id) => areas.find((a) => a.id === id)?.name ?? id} suffix={`${SCENARIO_LABELS[scenario]}_${filter.year ?? 'gesamt'}`} />
        </Group>
        <SimpleGrid cols={4}>
          <KeyFigure label="Jährliche Einsparung bei voller Wirkung" value={formatEuroWhole(f.annualSavingsFullEffect)} hint={`${f.counted} Vorschläge eingerechnet`} />
          <KeyFigure label="Kapitalwert (Summe)" value={formatEuroWhole(f.kapitalwert)} hint="abgezinst auf das jeweilige Startjahr" />
          <KeyFigure label="Beschlussreif" value={String(f.readyForDecision)} />
          <KeyFigure label="Förderschwelle NRW (≥ 15 %) erreicht" value={String(f.fundingEligible)} hint="laufende Kosten" />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <ChartFrame
            title={`Erwartete Einsparung je Aufgabenfeld (${period})`}
            testId="chart-areas"
            table={{ columns: ['Aufgabenfeld', 'Einsparung'], rows: data.areaChart.map((d) => [d.area, formatEuroCents(d.savings)]) }}
          >
            {data.areaChart.length > 0 ? <AreaSavingsChart data={data.areaChart} /> : <Text>Keine Kostendaten für diese Auswahl.</Text>}
          </ChartFrame>
          <ChartFrame
            title="Kumulierte Einsparung über die Jahre"
            description={data.cumulativeBreakEven ? `Break-even: ${data.cumulativeBreakEven}` : 'Kein Break-even im Betrachtungszeitraum.'}
            testId="chart-cumulative"
            table={{ columns: ['Jahr', 'Einsparung', 'Kumuliert'], rows: data.years.map((y) => [String(y.year), formatEuroCents(y.savings), formatEuroCents(y.cumulative)]) }}
          >
            <CumulativeSavingsChart data={data.years} breakEvenYear={data.cumulativeBreakEven} />
          </ChartFrame>
          <ChartFrame
            title={`Einsparung je Kommune nach Aufgabenfeld (${period})`}
            testId="chart-parties"
            table={{ columns: ['Kommune', ...data.areasInParty], rows: data.partyChart.map((d) => [d.party, ...data.areasInParty.map((a) => formatEuroCents(Number(d[a] ?? 0)))]) }}
          >
            <PartySavingsChart data={data.partyChart} areas={data.areasInParty} />
          </ChartFrame>
          <ChartFrame
            title={`Kosten Ist und Kooperation je Vorschlag (${period})`}
            testId="chart-istkoop"
            table={{ columns: ['Vorschlag', 'Ist', 'Kooperation'], rows: data.istKoop.map((d) => [d.name, formatEuroCents(d.ist), formatEuroCents(d.koop)]) }}
          >
            <IstKoopChart data={data.istKoop} />
          </ChartFrame>
          <ChartFrame title="Vorschläge nach Status" testId="chart-status" table={{ columns: ['Status', 'Anzahl'], rows: data.statusChart.map((d) => [d.status, d.count]) }}>
            <StatusChart data={data.statusChart} />
          </ChartFrame>
          {waiting.length > 0 ? (
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                Vorschläge, die auf andere warten
              </Title>
              <Stack gap={4}>
                {waiting.map((p) => (
                  <Anchor key={p.id} component={Link} to={`/vorschlaege/${p.id}`}>
                    {p.title}
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
