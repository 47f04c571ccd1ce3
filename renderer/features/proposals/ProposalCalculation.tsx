import { Alert, Anchor, Button, Card, Group, Loader, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ChartFrame } from '../../charts/ChartFrame';
import { CumulativeSavingsChart } from '../../charts/CumulativeSavingsChart';
import { IstKoopChart } from '../../charts/IstKoopChart';
import { PartySharesTable } from '../../ui/calculation/PartySharesTable';
import { YearTable } from '../../ui/calculation/YearTable';
import { useCalculations } from '../../state/useCalculations';
import { useNameLookup, useParties, useAreas } from '../../state/useWorkspace';
import { hasCostData, partiesPayingMore } from '../../domain/costs/aggregate';
import type { ProposalCalculation as ProposalCalc } from '../../domain/costs/engine';
import { fundingThresholdText } from '../../domain/figures/labels';
import { SCENARIO_IDS, SCENARIO_LABELS, type ScenarioId } from '../../domain/costs/scenarios';
import { criticalDiscountRate, sensitivity } from '../../domain/costs/sensitivity';
import { formatDecimal, formatEuroCents } from '../../domain/format';

const percent = (v: number | null) => (v === null ? '–' : `${formatDecimal(v)} %`);

/** The proposal's own calculation: table per year, Kapitalwert, break-even, shares per party. */
export function ProposalCalculation({ proposalId }: { proposalId: string }) {
  const [scenario, setScenario] = useState<ScenarioId>('basis');
  const items = useCalculations(scenario);
  const names = useNameLookup(useParties(), useAreas());
  const item = items?.find((i) => i.id === proposalId);
  if (!items) return <Loader aria-label="Berechnung läuft" />;
  if (!item) return null;
  const c = item.calc;
  const hasData = hasCostData(c);
  const rate = criticalDiscountRate(c.rows.map((r) => r.savings));
  const payingMore = partiesPayingMore(c);
  const paysMore = new Set(payingMore.map((p) => p.partyId));

  return (
    <Stack gap="md" data-testid="proposal-calculation">
      {/* On paper the scenario switch is hidden; the figures must still say which scenario they are. */}
      <Text className="print-only" fw={600}>
        Szenario {SCENARIO_LABELS[scenario]}
      </Text>
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Szenario"
          data={SCENARIO_IDS.map((s) => ({ value: s, label: SCENARIO_LABELS[s] }))}
          value={scenario}
          onChange={(v) => setScenario(v as ScenarioId)}
        />
        <Button component={Link} to={`/kosten?vorschlag=${proposalId}`} variant="default">
          Kosten bearbeiten
        </Button>
      </Group>
      {!hasData ? (
        <Alert color="blue" title="Noch keine Kostendaten">
          Erfassen oder importieren Sie die Kosten des Ist-Zustands und der Kooperation unter{' '}
          <Anchor component={Link} to={`/kosten?vorschlag=${proposalId}`}>
            Kosten
          </Anchor>
          . Erst dann gibt es Kapitalwert, Break-even, Diagramme und Sensitivität.
        </Alert>
      ) : null}
      {hasData ? <CalculationDetails c={c} rate={rate} payingMore={payingMore} paysMore={paysMore} partyName={names.partyName} /> : null}
    </Stack>
  );
}

function CalculationDetails({
  c,
  rate,
  payingMore,
  paysMore,
  partyName,
}: {
  c: ProposalCalc;
  rate: number | null;
  payingMore: { partyId: string; extraCost: number }[];
  paysMore: Set<string>;
  partyName(id: string): string;
}) {
  const funding = fundingThresholdText(c.runningCostReductionPercent, c.fundingThresholdMet);
  return (
    <>
      {payingMore.length > 0 ? (
        <Alert
          color="red"
          title={
            payingMore.length === 1
              ? 'Eine Kommune zahlt mit der Kooperation mehr als heute'
              : `${payingMore.length} Kommunen zahlen mit der Kooperation mehr als heute`
          }
          data-testid="paying-more"
        >
          {payingMore.map((p) => `${partyName(p.partyId)}: ${formatEuroCents(p.extraCost)} mehr über den Zeitraum`).join('; ')}. Prüfen Sie den
          Verteilungsschlüssel oder die Kosten, bevor Sie die Zahlen vorlegen.
        </Alert>
      ) : null}
      {c.warnings.map((w) => (
        <Alert key={w} color="orange">
          {w}
        </Alert>
      ))}
      <SimpleGrid cols={4}>
        <Card withBorder>
          <Text size="sm" c="gray.7">
            Kapitalwert
          </Text>
          <Text fw={700} size="xl" data-testid="kapitalwert">
            {formatEuroCents(Math.round(c.kapitalwert))}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="gray.7">
            Break-even
          </Text>
          <Text fw={700} size="xl">
            {c.breakEvenYear ?? 'nicht im Zeitraum'}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="gray.7">
            Einsparung gegenüber Ist
          </Text>
          <Text fw={700} size="xl">
            {percent(c.totals.savingsPercent)}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="gray.7">
            {funding.label}
          </Text>
          <Text fw={700} size="xl" data-testid="funding-verdict">
            {funding.verdict}
          </Text>
          <Text size="sm">{funding.change}</Text>
        </Card>
      </SimpleGrid>
      <YearTable c={c} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartFrame
          title="Einsparung und kumulierte Einsparung"
          table={{
            columns: ['Jahr', 'Einsparung', 'Kumuliert'],
            rows: c.rows.map((r) => [String(r.year), formatEuroCents(r.savings), formatEuroCents(r.cumulative)]),
          }}
        >
          <CumulativeSavingsChart data={c.rows} breakEvenYear={c.breakEvenYear} height={280} />
        </ChartFrame>
        <ChartFrame
          title="Kosten Ist und Kooperation je Jahr"
          table={{ columns: ['Jahr', 'Ist', 'Kooperation'], rows: c.rows.map((r) => [String(r.year), formatEuroCents(r.ist), formatEuroCents(r.koop)]) }}
        >
          <IstKoopChart data={c.rows.map((r) => ({ name: String(r.year), ist: r.ist, koop: r.koop }))} vertical={false} height={280} />
        </ChartFrame>
      </SimpleGrid>
      <PartySharesTable parties={c.parties} paysMore={paysMore} partyName={partyName} />
      <section aria-labelledby="sensitivity-heading">
        <Title order={3} size="h5" id="sensitivity-heading" mb="xs">
          Sensitivität: ab welcher Änderung wird der Kapitalwert null?
        </Title>
        <Table withTableBorder fz="sm">
          <Table.Tbody>
            {sensitivity(c).map((s) => (
              <Table.Tr key={s.label}>
                <Table.Td>{s.label}</Table.Td>
                <Table.Td ta="right">
                  {s.criticalChangePercent === null ? 'kein Umschlag' : `${s.criticalChangePercent > 0 ? '+' : ''}${formatDecimal(s.criticalChangePercent)} %`}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td>Diskontierungszinssatz</Table.Td>
              <Table.Td ta="right">{rate === null ? 'kein Umschlag' : `${formatDecimal(rate)} %`}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </section>
    </>
  );
}
