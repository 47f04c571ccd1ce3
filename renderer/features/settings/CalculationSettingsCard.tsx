import { ActionIcon, Alert, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useDb } from '../../state/DbContext';
import type { CalculationSettings } from '../../data/db';
import { saveCalculationSettings } from '../../data/repositories/costs';
import type { PayRate } from '../../domain/costs/expand';
import { CATEGORY_LABELS, COST_CATEGORIES } from '../../domain/costs/model';
import { SCENARIO_LABELS, type ScenarioSet } from '../../domain/costs/scenarios';
import { messageOf, notifySuccess } from '../../ui/notify';

const EDITABLE = [
  { scenario: 'pessimistisch', variant: 'kooperation', label: 'Pessimistisch: Kooperation' },
  { scenario: 'pessimistisch', variant: 'ist', label: 'Pessimistisch: Ist' },
  { scenario: 'optimistisch', variant: 'kooperation', label: 'Optimistisch: Kooperation' },
  { scenario: 'optimistisch', variant: 'ist', label: 'Optimistisch: Ist' },
] as const;

/** Personnel cost rates per pay group and the scenario multipliers, for the whole workspace. */
export function CalculationSettingsCard({ settings }: { settings: CalculationSettings }) {
  const db = useDb();
  const [rates, setRates] = useState<PayRate[]>(settings.payRates);
  const [scenarios, setScenarios] = useState<ScenarioSet>(settings.scenarios);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    const names = rates.map((r) => r.payGroup.trim());
    if (names.some((n) => n === '')) return setError('Jede Zeile braucht eine Entgelt- oder Besoldungsgruppe.');
    if (new Set(names).size !== names.length) return setError('Eine Entgelt- oder Besoldungsgruppe steht doppelt in der Tabelle.');
    if (rates.some((r) => !(r.annualCents > 0) || r.year < 2000 || r.year > 2100))
      return setError('Bitte für jede Gruppe einen positiven Jahresbetrag und ein Jahr zwischen 2000 und 2100 eintragen.');
    try {
      await saveCalculationSettings(db, { payRates: rates.map((r) => ({ ...r, payGroup: r.payGroup.trim() })), scenarios });
      notifySuccess('Personalkostensätze und Szenarien gespeichert.');
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const setRate = (i: number, patch: Partial<PayRate>) => setRates(rates.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          Personalkostensätze und Szenarien
        </Title>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Text size="sm">
          Jährliche Kosten eines Vollzeitarbeitsplatzes je Gruppe (Näherungswerte in der Größenordnung des KGSt-Berichts; bitte mit eigenen Werten prüfen).
          Spätere Jahre werden je Kostenzeile mit deren Steigerung fortgeschrieben.
        </Text>
        <Table withTableBorder fz="sm" aria-label="Personalkostensätze">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Gruppe</Table.Th>
              <Table.Th>Kosten je VZÄ und Jahr (€)</Table.Th>
              <Table.Th>Stand (Jahr)</Table.Th>
              <Table.Th>
                <span className="visually-hidden">Entfernen</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rates.map((r, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput aria-label={`Gruppe Zeile ${i + 1}`} value={r.payGroup} onChange={(e) => setRate(i, { payGroup: e.currentTarget.value })} />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Kosten je VZÄ ${r.payGroup}`}
                    value={r.annualCents / 100}
                    onChange={(v) => setRate(i, { annualCents: Math.round((Number(v) || 0) * 100) })}
                    thousandSeparator="."
                    decimalSeparator=","
                    decimalScale={2}
                    hideControls
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Stand ${r.payGroup}`}
                    value={r.year}
                    onChange={(v) => setRate(i, { year: Number(v) || 0 })}
                    allowDecimal={false}
                    hideControls
                    w={90}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" aria-label={`${r.payGroup} entfernen`} onClick={() => setRates(rates.filter((_, j) => j !== i))}>
                    ✕
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button variant="subtle" onClick={() => setRates([...rates, { payGroup: '', annualCents: 0, year: new Date().getFullYear() }])}>
            + Gruppe hinzufügen
          </Button>
        </Group>
        <Text size="sm">Szenarien: Faktor in Prozent je Kostenkategorie (100 % = unverändert). Das Basisszenario rechnet mit den erfassten Werten.</Text>
        <Table withTableBorder fz="sm" aria-label="Szenario-Faktoren">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kategorie</Table.Th>
              {EDITABLE.map((c) => (
                <Table.Th key={c.label}>{c.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {COST_CATEGORIES.map((category) => (
              <Table.Tr key={category}>
                <Table.Td>{CATEGORY_LABELS[category]}</Table.Td>
                {EDITABLE.map((c) => (
                  <Table.Td key={c.label}>
                    <NumberInput
                      aria-label={`${c.label}, ${CATEGORY_LABELS[category]} (%)`}
                      value={Math.round(scenarios[c.scenario][c.variant][category] * 1000) / 10}
                      onChange={(v) =>
                        setScenarios({
                          ...scenarios,
                          [c.scenario]: {
                            ...scenarios[c.scenario],
                            [c.variant]: { ...scenarios[c.scenario][c.variant], [category]: Math.max(0, Number(v) || 0) / 100 },
                          },
                        })
                      }
                      decimalSeparator=","
                      suffix=" %"
                      min={0}
                      max={500}
                      hideControls
                      w={100}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="gray.7">
          {SCENARIO_LABELS.basis}: alle Faktoren 100 %.
        </Text>
        <Group>
          <Button onClick={save}>Sätze und Szenarien speichern</Button>
        </Group>
      </Stack>
    </Card>
  );
}
