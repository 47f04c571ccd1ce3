import { Alert, Button, Checkbox, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useDb } from '../../state/DbContext';
import { applyCostLineChanges } from '../../data/repositories/costs';
import type { PayRate } from '../../domain/costs/expand';
import { CATEGORY_LABELS, COST_CATEGORIES, VARIANT_LABELS, type AmountEntry, type CostCategory, type Recurrence, type Variant } from '../../domain/costs/model';
import { formatEuroCents } from '../../domain/format';
import { FormModal } from '../../ui/FormModal';
import { messageOf, notifySuccess } from '../../ui/notify';

interface Props {
  proposalId: string;
  parties: { id: string; name: string }[];
  payRates: PayRate[];
  /** Position after the last line of a variant, so the new line appears at the end. */
  nextOrder(variant: Variant): number;
  onClose(): void;
}

const JOINT = '__gemeinsam__';

/** A cost line entered as a start value with a yearly increase, or as staff (FTE × rate). */
export function ComputedLineDialog({ proposalId, parties, payRates, nextOrder, onClose }: Props) {
  const db = useDb();
  const [mode, setMode] = useState<'growth' | 'staff'>('staff');
  const [variant, setVariant] = useState<Variant>('ist');
  const [party, setParty] = useState<string>(parties[0]?.id ?? JOINT);
  const [category, setCategory] = useState<CostCategory>('personal');
  const [label, setLabel] = useState('');
  const [recurrence, setRecurrence] = useState<Recurrence>('laufend');
  const [budgetRelevant, setBudgetRelevant] = useState(true);
  const [start, setStart] = useState<number | string>('');
  const [fte, setFte] = useState<number | string>(1);
  const [payGroup, setPayGroup] = useState<string | null>(payRates[0]?.payGroup ?? null);
  const [increase, setIncrease] = useState<number | string>(2.5);
  const [error, setError] = useState<string | null>(null);
  // What the form starts with; anything else is input that Esc must not drop silently.
  const [initial] = useState(() => JSON.stringify([mode, variant, party, category, label, recurrence, budgetRelevant, start, fte, payGroup, increase]));
  const dirty = JSON.stringify([mode, variant, party, category, label, recurrence, budgetRelevant, start, fte, payGroup, increase]) !== initial;

  const save = async () => {
    setError(null);
    if (typeof increase !== 'number') return setError('Bitte die jährliche Steigerung in Prozent eintragen (0 für keine).');
    let entry: AmountEntry;
    if (mode === 'growth') {
      if (typeof start !== 'number' || start < 0) return setError('Bitte einen Startwert in Euro eintragen (nicht negativ).');
      entry = { mode: 'growth', startCents: Math.round(start * 100), increasePercent: increase };
    } else {
      if (typeof fte !== 'number' || fte <= 0) return setError('Bitte die Vollzeitäquivalente (VZÄ) eintragen, z. B. 1,5.');
      if (!payGroup) return setError('Bitte eine Entgelt- oder Besoldungsgruppe wählen.');
      entry = { mode: 'staff', fte, payGroup, increasePercent: increase };
    }
    try {
      await applyCostLineChanges(db, proposalId, {
        upserts: [
          {
            proposalId,
            variant,
            partyId: party === JOINT ? null : party,
            category: mode === 'staff' ? 'personal' : category,
            recurrence,
            budgetRelevant,
            label,
            entry,
            isExample: false,
            order: nextOrder(variant),
          },
        ],
        deletions: [],
      });
      notifySuccess('Kostenzeile angelegt.');
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const rate = payRates.find((r) => r.payGroup === payGroup);
  return (
    <FormModal opened dirty={dirty} onClose={onClose} title="Zeile mit Fortschreibung oder Personal" size="lg">
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Text size="sm" c="gray.7">
          Diese Zeilen beginnen immer im ersten Jahr des Betrachtungszeitraums und verschieben sich mit, wenn das Startjahr geändert wird.
        </Text>
        <SegmentedControl
          aria-label="Art der Eingabe"
          value={mode}
          onChange={(v) => setMode(v as 'growth' | 'staff')}
          data={[
            { value: 'staff', label: 'Personal (VZÄ × Kostensatz)' },
            { value: 'growth', label: 'Startwert + Steigerung' },
          ]}
        />
        <SimpleGrid cols={2}>
          <Select
            label="Variante"
            data={(['ist', 'kooperation'] as const).map((v) => ({ value: v, label: VARIANT_LABELS[v] }))}
            value={variant}
            onChange={(v) => v && setVariant(v as Variant)}
            allowDeselect={false}
          />
          <Select
            label="Kommune"
            data={[...parties.map((p) => ({ value: p.id, label: p.name })), { value: JOINT, label: 'gemeinsam (nach Schlüssel verteilt)' }]}
            value={party}
            onChange={(v) => v && setParty(v)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <TextInput label="Bezeichnung" withAsterisk value={label} onChange={(e) => setLabel(e.currentTarget.value)} />
        {mode === 'staff' ? (
          <SimpleGrid cols={3}>
            <NumberInput label="Vollzeitäquivalente (VZÄ)" value={fte} onChange={setFte} decimalSeparator="," decimalScale={2} min={0} hideControls />
            <Select
              label="Entgelt-/Besoldungsgruppe"
              data={payRates.map((r) => ({ value: r.payGroup, label: r.payGroup }))}
              value={payGroup}
              onChange={setPayGroup}
              searchable
              description={rate ? `${formatEuroCents(rate.annualCents)} je VZÄ (${rate.year})` : undefined}
            />
            <NumberInput label="Steigerung (% p. a.)" value={increase} onChange={setIncrease} decimalSeparator="," decimalScale={2} hideControls />
          </SimpleGrid>
        ) : (
          <SimpleGrid cols={3}>
            <Select
              label="Kategorie"
              data={COST_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
              value={category}
              onChange={(v) => v && setCategory(v as CostCategory)}
              allowDeselect={false}
            />
            <NumberInput
              label="Startwert (€ im ersten Jahr)"
              value={start}
              onChange={setStart}
              decimalSeparator=","
              thousandSeparator="."
              decimalScale={2}
              min={0}
              hideControls
            />
            <NumberInput label="Steigerung (% p. a.)" value={increase} onChange={setIncrease} decimalSeparator="," decimalScale={2} hideControls />
          </SimpleGrid>
        )}
        <Group>
          <Select
            label="Art"
            data={[
              { value: 'laufend', label: 'laufend' },
              { value: 'einmalig', label: 'einmalig (nur im ersten Jahr)' },
            ]}
            value={recurrence}
            onChange={(v) => v && setRecurrence(v as Recurrence)}
            allowDeselect={false}
          />
          <Checkbox label="haushaltswirksam" checked={budgetRelevant} onChange={(e) => setBudgetRelevant(e.currentTarget.checked)} mt={24} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Abbrechen
          </Button>
          <Button onClick={save}>Zeile anlegen</Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
