import { Alert, Button, Card, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useDb } from '../../state/DbContext';
import { AmountsOutsidePeriodError, savePlan, type OutsideDecision } from '../../data/repositories/costs';
import { allocationProblem } from '../../domain/costs/allocation';
import { ALLOCATION_KEY_LABELS, ALLOCATION_KEYS, type Allocation, type AllocationKey, type CostPlan, type Discounting } from '../../domain/costs/model';
import type { Party } from '../../domain/schemas';
import { messageOf, notifySuccess } from '../../ui/notify';
import { OutsideAmountsDialog } from './OutsideAmountsDialog';

type PlanPatch = Parameters<typeof savePlan>[2];

function parseCurve(text: string): number[] | null {
  const parts = text
    .split(/[;\s]+/)
    .filter(Boolean)
    .map((p) => Number(p.replace(',', '.')));
  return parts.length > 0 && parts.every((p) => Number.isFinite(p) && p >= -5 && p <= 20) ? parts : null;
}

/** Observation period, discounting and allocation key of one proposal. */
export function PlanForm({ plan, parties }: { plan: CostPlan; parties: Party[] }) {
  const db = useDb();
  const [startYear, setStartYear] = useState<number | string>(plan.period.startYear);
  const [years, setYears] = useState<number | string>(plan.period.years);
  const [mode, setMode] = useState<Discounting['mode']>(plan.discounting.mode);
  const [rate, setRate] = useState<number | string>(plan.discounting.mode === 'flat' ? plan.discounting.ratePercent : 0.9);
  const [curve, setCurve] = useState(plan.discounting.mode === 'curve' ? plan.discounting.ratesPercent.map((r) => r.toLocaleString('de-DE')).join('; ') : '');
  const [allocation, setAllocation] = useState<Allocation>(plan.allocation);
  const [error, setError] = useState<string | null>(null);
  // A period change that leaves amounts outside waits here for the user's decision.
  const [pending, setPending] = useState<{ patch: PlanPatch; problem: AmountsOutsidePeriodError } | null>(null);
  const [deciding, setDeciding] = useState(false);

  const submit = async (patch: PlanPatch, outside?: OutsideDecision) => {
    try {
      await savePlan(db, plan.proposalId, patch, { outside });
      setPending(null);
      notifySuccess(
        outside === 'delete' ? 'Berechnungsgrundlagen gespeichert; Beträge außerhalb des Zeitraums gelöscht.' : 'Berechnungsgrundlagen gespeichert.',
      );
    } catch (e) {
      if (e instanceof AmountsOutsidePeriodError) return setPending({ patch, problem: e });
      setPending(null);
      setError(messageOf(e));
    }
  };

  const decide = async (outside: OutsideDecision) => {
    if (!pending) return;
    setDeciding(true);
    try {
      await submit(pending.patch, outside);
    } finally {
      setDeciding(false);
    }
  };

  const save = async () => {
    setError(null);
    let discounting: Discounting;
    if (mode === 'flat') {
      if (typeof rate !== 'number' || rate < -5 || rate > 20) return setError('Bitte einen Zinssatz zwischen -5 und 20 % eintragen.');
      discounting = { mode: 'flat', ratePercent: rate };
    } else {
      const rates = parseCurve(curve);
      if (!rates)
        return setError('Bitte die Zinssätze der Zinsstrukturkurve durch Semikolon getrennt eintragen, z. B. 0,9; 1,1; 1,4 (je Laufzeit 1, 2, 3 … Jahre).');
      discounting = { mode: 'curve', ratesPercent: rates };
    }
    await submit({ period: { startYear: Number(startYear), years: Number(years) }, discounting, allocation });
  };

  const perParty = allocation.key === 'faelle' || allocation.key === 'gewichte' || (allocation.key === 'gemischt' && allocation.variableKey !== 'einwohner');
  const perPartyField = allocation.key === 'gewichte' || (allocation.key === 'gemischt' && allocation.variableKey === 'gewichte') ? 'weights' : 'cases';
  const problem = allocationProblem(
    allocation,
    parties.map((p) => ({ id: p.id, inhabitants: p.inhabitants, name: p.name })),
  );

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Berechnungsgrundlagen
      </Title>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <SimpleGrid cols={4}>
          <NumberInput label="Startjahr" value={startYear} onChange={setStartYear} allowDecimal={false} min={2000} max={2100} />
          <NumberInput label="Betrachtungszeitraum (Jahre)" value={years} onChange={setYears} allowDecimal={false} min={1} max={30} />
          <div>
            <Text size="sm" fw={500} id="discount-mode">
              Abzinsung
            </Text>
            <SegmentedControl
              aria-labelledby="discount-mode"
              value={mode}
              onChange={(v) => setMode(v as Discounting['mode'])}
              data={[
                { value: 'flat', label: 'Ein Zinssatz' },
                { value: 'curve', label: 'Zinsstrukturkurve' },
              ]}
            />
          </div>
          {mode === 'flat' ? (
            <NumberInput label="Zinssatz (% p. a., nominal)" value={rate} onChange={setRate} decimalSeparator="," decimalScale={3} hideControls />
          ) : (
            <TextInput
              label="Zinssätze je Laufzeit (%)"
              description="1 Jahr; 2 Jahre; …"
              value={curve}
              onChange={(e) => setCurve(e.currentTarget.value)}
              placeholder="0,9; 1,1; 1,4"
            />
          )}
        </SimpleGrid>
        <Text size="xs" c="gray.7" mt={-8}>
          Jahresbeträge gehören zu ihrem Kalenderjahr und bleiben dort, wenn sich der Zeitraum ändert. Zeilen mit Fortschreibung oder Personal beginnen im
          ersten Jahr des Zeitraums.
        </Text>
        <SimpleGrid cols={3}>
          <Select
            label="Verteilung gemeinsamer Kosten"
            data={ALLOCATION_KEYS.map((k) => ({ value: k, label: ALLOCATION_KEY_LABELS[k] }))}
            value={allocation.key}
            onChange={(v) => v && setAllocation({ ...allocation, key: v as AllocationKey })}
            allowDeselect={false}
          />
          {allocation.key === 'gemischt' ? (
            <>
              <NumberInput
                label="Sockel zu gleichen Teilen (%)"
                value={allocation.basePercent}
                onChange={(v) => setAllocation({ ...allocation, basePercent: Number(v) || 0 })}
                min={0}
                max={100}
              />
              <Select
                label="Variabler Teil"
                data={[
                  { value: 'einwohner', label: 'nach Einwohnern' },
                  { value: 'faelle', label: 'nach Fallzahlen' },
                  { value: 'gewichte', label: 'nach Gewichten' },
                ]}
                value={allocation.variableKey}
                onChange={(v) => v && setAllocation({ ...allocation, variableKey: v as Allocation['variableKey'] })}
                allowDeselect={false}
              />
            </>
          ) : null}
        </SimpleGrid>
        {perParty ? (
          <Table withTableBorder fz="sm" maw={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kommune</Table.Th>
                <Table.Th>{perPartyField === 'cases' ? 'Fallzahl (z. B. Abrechnungen je Monat)' : 'Gewicht'}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parties.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${perPartyField === 'cases' ? 'Fallzahl' : 'Gewicht'} ${p.name}`}
                      value={allocation[perPartyField][p.id] ?? 0}
                      onChange={(v) => setAllocation({ ...allocation, [perPartyField]: { ...allocation[perPartyField], [p.id]: Math.max(0, Number(v) || 0) } })}
                      min={0}
                      thousandSeparator="."
                      decimalSeparator=","
                      hideControls
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {problem ? (
          <Alert color="orange" title="Verteilung gemeinsamer Kosten" data-testid="allocation-warning">
            {problem}
          </Alert>
        ) : null}
        <Group>
          <Button onClick={save}>Berechnungsgrundlagen speichern</Button>
        </Group>
        {pending ? (
          <OutsideAmountsDialog
            outside={pending.problem.outside}
            period={pending.problem.period}
            busy={deciding}
            onDecide={decide}
            onCancel={() => setPending(null)}
          />
        ) : null}
      </Stack>
    </Card>
  );
}
