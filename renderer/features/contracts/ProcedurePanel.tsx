import { Alert, Badge, Card, Checkbox, Group, List, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { setProcedureDate, setSupervisoryAuthority, setTermYears } from '../../data/repositories/contracts';
import { saveVat2bFrom } from '../../data/repositories/contractSettings';
import { PROCEDURE_DATE_KEYS, PROCEDURE_DATE_LABELS, type Contract, type ProcedureDateKey } from '../../domain/contracts/model';
import { DEFAULT_VAT_2B_FROM, procedureChecklist, type CheckState } from '../../domain/contracts/procedure';
import { formatDate, parseGermanDate } from '../../domain/format';
import type { Party, Proposal } from '../../domain/schemas';
import { useDb } from '../../state/DbContext';
import { useContractSettings } from '../../state/useContracts';
import { notifyError } from '../../ui/notify';
import { localToday } from './today';
import { useFieldDraft } from '../../ui/useFieldDraft';

const STATE: Record<CheckState, { text: string; color: string }> = {
  done: { text: 'erledigt', color: 'teal' },
  open: { text: 'offen', color: 'gray' },
  waiting: { text: 'läuft', color: 'blue' },
  problem: { text: 'zu klären', color: 'red' },
  hint: { text: 'Hinweis', color: 'yellow' },
};

const DATE_LABELS = {
  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  previousYear: 'Vorheriges Jahr',
  nextYear: 'Nächstes Jahr',
  previousDecade: 'Vorheriges Jahrzehnt',
  nextDecade: 'Nächstes Jahrzehnt',
  monthLevelControl: 'Monatsauswahl',
  yearLevelControl: 'Jahresauswahl',
};

function DateField({
  label,
  value,
  onChange,
  clearable = true,
}: {
  label: string;
  value: string | undefined;
  onChange(v: string | null): void;
  clearable?: boolean;
}) {
  return (
    <DateInput
      label={label}
      valueFormat="DD.MM.YYYY"
      placeholder="TT.MM.JJJJ"
      hideOutsideDates
      clearable={clearable}
      clearButtonProps={{ 'aria-label': `${label}: Datum löschen` }}
      ariaLabels={DATE_LABELS}
      dateParser={(text) => parseGermanDate(text)}
      value={value ?? null}
      onChange={(v) => onChange(v || null)}
    />
  );
}

/** The § 24 GkG NRW procedure: the dates as they happen, the checklist with the dates the app computes, the § 2b UStG reminder. */
export function ProcedurePanel({ contract, parties, proposal }: { contract: Contract; parties: Party[]; proposal: Proposal | null }) {
  const db = useDb();
  const settings = useContractSettings();
  const [today] = useState(() => localToday());
  const vat2bFrom = settings?.vat2bFrom ?? DEFAULT_VAT_2B_FROM;
  const involved = proposal ? parties.filter((p) => p.id === proposal.leadPartyId || proposal.participantIds.includes(p.id)) : [];
  // „Sonstige“ are partners outside the Kreis' towns (another Kreis, a company of the Land …).
  const partnersOutsideKreis = proposal ? involved.some((p) => p.kind === 'Sonstige') : undefined;
  const items = procedureChecklist(contract, { today, vat2bFrom, partnersOutsideKreis });
  const authority = useFieldDraft(contract.supervisoryAuthority, (v) => setSupervisoryAuthority(db, contract.id, v));
  const setDate = (key: ProcedureDateKey, v: string | null) => void setProcedureDate(db, contract.id, key, v).catch(notifyError);

  return (
    <Stack gap="lg">
      <section aria-labelledby="checklist">
        <Title order={2} size="h4" id="checklist" mb="sm">
          Checkliste
        </Title>
        <List spacing="sm" listStyleType="none" p={0} data-testid="procedure-checklist">
          {items.map((item) => (
            <List.Item key={item.key}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Badge color={STATE[item.state].color} variant="light" w={96} style={{ flexShrink: 0 }} c="dark">
                  {STATE[item.state].text}
                </Badge>
                <div>
                  <Text fw={600}>
                    {item.label}
                    {item.date ? ` · ${formatDate(item.date)}` : ''}
                  </Text>
                  <Text size="sm">{item.detail}</Text>
                </div>
              </Group>
            </List.Item>
          ))}
        </List>
      </section>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Angaben zum Verfahren
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label="Aufsichtsbehörde"
            description="Ist der Kreis beteiligt, die Bezirksregierung Arnsberg."
            value={authority.value}
            onChange={(e) => authority.change(e.currentTarget.value)}
            onFocus={authority.focus}
            onBlur={authority.blur}
            maxLength={200}
          />
          <Group align="flex-end">
            <NumberInput
              label="Laufzeit in Jahren"
              min={1}
              max={100}
              allowDecimal={false}
              disabled={contract.termYears === null}
              value={contract.termYears ?? ''}
              onBlur={(e) => {
                const n = Number(e.currentTarget.value.replace(/\D/g, ''));
                if (n >= 1 && n <= 100 && n !== contract.termYears) void setTermYears(db, contract.id, n).catch(notifyError);
              }}
              w={160}
            />
            <Checkbox
              label="unbefristet"
              checked={contract.termYears === null}
              onChange={(e) => void setTermYears(db, contract.id, e.currentTarget.checked ? null : 10).catch(notifyError)}
              mb={8}
            />
          </Group>
          {PROCEDURE_DATE_KEYS.map((key) => (
            <DateField key={key} label={PROCEDURE_DATE_LABELS[key]} value={contract.procedure[key]} onChange={(v) => setDate(key, v)} />
          ))}
        </SimpleGrid>
      </Card>
      <Alert color="yellow" title="§ 2b UStG" data-testid="vat-reminder">
        <Stack gap="xs">
          <Text size="sm">
            Ab dem {formatDate(vat2bFrom)} gilt § 2b UStG für alle Kommunen: Leistungen zwischen den Beteiligten können umsatzsteuerpflichtig werden. Die
            Kostenregelung bitte mit der Steuerstelle abstimmen. Der Stichtag wurde schon mehrfach verschoben; er gilt für alle Verträge.
          </Text>
          <DateField label="Stichtag § 2b UStG (für alle Verträge)" value={vat2bFrom} onChange={(v) => v && void saveVat2bFrom(db, v).catch(notifyError)} />
        </Stack>
      </Alert>
    </Stack>
  );
}
