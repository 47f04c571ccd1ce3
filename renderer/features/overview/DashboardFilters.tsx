import { Group, SegmentedControl, Select, Switch } from '@mantine/core';
import type { ScenarioId } from '../../domain/costs/scenarios';
import { SCENARIO_IDS, SCENARIO_LABELS } from '../../domain/costs/scenarios';
import type { Area, Party } from '../../domain/schemas';
import { PROPOSAL_STATUSES, STATUS_LABELS, type ProposalStatus } from '../../domain/status';
import type { DashboardFilter } from '../../domain/figures/figures';

interface Props {
  filter: DashboardFilter;
  onChange(f: DashboardFilter): void;
  scenario: ScenarioId;
  onScenario(s: ScenarioId): void;
  areas: Area[];
  parties: Party[];
  years: number[];
}

export function DashboardFilters({ filter, onChange, scenario, onScenario, areas, parties, years }: Props) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="group" aria-label="Filter der Übersicht">
      <Select
        label="Aufgabenfeld"
        placeholder="Alle"
        data={areas.map((a) => ({ value: a.id, label: a.name }))}
        value={filter.areaId}
        onChange={(v) => onChange({ ...filter, areaId: v })}
        clearable
        w={220}
      />
      <Select
        label="Status"
        placeholder="Alle"
        data={PROPOSAL_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        value={filter.status}
        onChange={(v) => onChange({ ...filter, status: v as ProposalStatus | null })}
        clearable
        w={170}
      />
      <Select
        label="Kommune"
        placeholder="Alle"
        data={parties.map((p) => ({ value: p.id, label: p.name }))}
        value={filter.partyId}
        onChange={(v) => onChange({ ...filter, partyId: v })}
        clearable
        searchable
        w={190}
      />
      <Select
        label="Zeitraum"
        data={[{ value: '', label: 'Gesamter Zeitraum' }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        value={filter.year === null ? '' : String(filter.year)}
        onChange={(v) => onChange({ ...filter, year: v ? Number(v) : null })}
        allowDeselect={false}
        w={200}
      />
      <div>
        <div id="scenario-label" style={{ fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500, marginBottom: 2 }}>
          Szenario
        </div>
        <SegmentedControl
          aria-labelledby="scenario-label"
          data={SCENARIO_IDS.map((s) => ({ value: s, label: SCENARIO_LABELS[s] }))}
          value={scenario}
          onChange={(v) => onScenario(v as ScenarioId)}
        />
      </div>
      <Switch
        label="„Auf Eis“ einrechnen"
        checked={filter.includeOnHold}
        onChange={(e) => onChange({ ...filter, includeOnHold: e.currentTarget.checked })}
        mb={8}
      />
      <Switch
        label="Beispielvorschläge einrechnen"
        checked={filter.includeExamples}
        onChange={(e) => onChange({ ...filter, includeExamples: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
