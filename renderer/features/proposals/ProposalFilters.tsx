import { Button, Group, Select, TextInput } from '@mantine/core';
import type { ProposalFilter } from '../../domain/proposalQuery';
import type { Area, Party } from '../../domain/schemas';
import { PROPOSAL_STATUSES, STATUS_LABELS, type ProposalStatus } from '../../domain/status';
import { de } from '../../i18n/de';

interface Props {
  filter: ProposalFilter;
  onChange(filter: ProposalFilter): void;
  areas: Area[];
  parties: Party[];
}

export function ProposalFilters({ filter, onChange, areas, parties }: Props) {
  const t = de.proposals;
  const isFiltered = filter.areaId || filter.status || filter.partyId || filter.text;
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Vorschläge filtern">
      <TextInput
        label={t.filterText}
        placeholder={t.filterTextPlaceholder}
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.currentTarget.value })}
        w={260}
        data-testid="filter-text"
      />
      <Select
        label={t.filterArea}
        placeholder={t.all}
        data={areas.map((a) => ({ value: a.id, label: a.name }))}
        value={filter.areaId}
        onChange={(v) => onChange({ ...filter, areaId: v })}
        clearable
        searchable
        w={240}
      />
      <Select
        label={t.filterStatus}
        placeholder={t.all}
        data={PROPOSAL_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        value={filter.status}
        onChange={(v) => onChange({ ...filter, status: (v as ProposalStatus | null) ?? null })}
        clearable
        w={180}
      />
      <Select
        label={t.filterParty}
        placeholder={t.all}
        data={parties.map((p) => ({ value: p.id, label: p.name }))}
        value={filter.partyId}
        onChange={(v) => onChange({ ...filter, partyId: v })}
        clearable
        searchable
        w={260}
      />
      {isFiltered ? (
        <Button variant="subtle" onClick={() => onChange({ areaId: null, status: null, partyId: null, text: '' })}>
          {t.resetFilters}
        </Button>
      ) : null}
    </Group>
  );
}
