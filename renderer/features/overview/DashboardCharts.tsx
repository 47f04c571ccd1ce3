/** The five charts of the Übersicht, drawn one per frame (see useStagedReveal). */
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { AreaSavingsChart } from '../../charts/AreaSavingsChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { CumulativeSavingsChart } from '../../charts/CumulativeSavingsChart';
import { IstKoopChart } from '../../charts/IstKoopChart';
import { PartySavingsChart } from '../../charts/PartySavingsChart';
import { StatusChart } from '../../charts/StatusChart';
import type { dashboardData } from '../../domain/figures/figures';
import { formatEuroCents } from '../../domain/format';
import { useStagedReveal } from '../../ui/useStagedReveal';

/** Holds the place of a chart that is drawn in one of the next frames. */
function ChartPending() {
  return <div style={{ minHeight: 200 }} aria-busy="true" />;
}

export function DashboardCharts({ data, period }: { data: ReturnType<typeof dashboardData>; period: string }) {
  const stage = useStagedReveal(5);
  const noCosts = (
    <Text>
      Noch keine Kostendaten für diese Auswahl. Erfassen Sie die Kosten unter{' '}
      <Anchor component={Link} to="/kosten">
        Kosten
      </Anchor>
      .
    </Text>
  );
  return (
    <>
      <ChartFrame
        title={`Erwartete Einsparung je Aufgabenfeld (${period})`}
        testId="chart-areas"
        table={{ columns: ['Aufgabenfeld', 'Einsparung'], rows: data.areaChart.map((d) => [d.area, formatEuroCents(d.savings)]) }}
      >
        {data.areaChart.length > 0 ? <AreaSavingsChart data={data.areaChart} /> : noCosts}
      </ChartFrame>
      <ChartFrame
        title="Kumulierte Einsparung über die Jahre"
        description={
          !data.hasData ? undefined : data.cumulativeBreakEven ? `Break-even: ${data.cumulativeBreakEven}` : 'Kein Break-even im Betrachtungszeitraum.'
        }
        testId="chart-cumulative"
        table={{
          columns: ['Jahr', 'Einsparung', 'Kumuliert'],
          rows: data.years.map((y) => [String(y.year), formatEuroCents(y.savings), formatEuroCents(y.cumulative)]),
        }}
      >
        {stage < 2 ? <ChartPending /> : data.hasData ? <CumulativeSavingsChart data={data.years} breakEvenYear={data.cumulativeBreakEven} /> : noCosts}
      </ChartFrame>
      <ChartFrame
        title={`Einsparung je Kommune nach Aufgabenfeld (${period})`}
        testId="chart-parties"
        table={{
          columns: ['Kommune', ...data.areasInParty.map((a) => a.key)],
          rows: data.partyChart.map((d) => [d.party, ...data.areasInParty.map((a) => formatEuroCents(Number(d[a.key] ?? 0)))]),
        }}
      >
        {stage < 3 ? (
          <ChartPending />
        ) : data.partyChart.length > 0 && data.areasInParty.length > 0 ? (
          <PartySavingsChart data={data.partyChart} areas={data.areasInParty} />
        ) : (
          noCosts
        )}
      </ChartFrame>
      <ChartFrame
        title={`Kosten Ist und Kooperation je Vorschlag (${period})`}
        description={
          data.istKoop.length > data.istKoopChart.length
            ? `Die ${data.istKoopChart.length} größten von ${data.istKoop.length} Vorschlägen; alle stehen in der Tabelle.`
            : undefined
        }
        testId="chart-istkoop"
        table={{ columns: ['Vorschlag', 'Ist', 'Kooperation'], rows: data.istKoop.map((d) => [d.name, formatEuroCents(d.ist), formatEuroCents(d.koop)]) }}
      >
        {stage < 4 ? <ChartPending /> : data.istKoopChart.length > 0 ? <IstKoopChart data={data.istKoopChart} /> : noCosts}
      </ChartFrame>
      <ChartFrame
        title="Vorschläge nach Status"
        testId="chart-status"
        table={{ columns: ['Status', 'Anzahl'], rows: data.statusChart.map((d) => [d.status, d.count]) }}
      >
        {stage < 5 ? (
          <ChartPending />
        ) : data.statusChart.length > 0 ? (
          <StatusChart data={data.statusChart} />
        ) : (
          <Text>Keine Vorschläge für diese Auswahl.</Text>
        )}
      </ChartFrame>
    </>
  );
}
