import { Button, Group, Select, TextInput } from '@mantine/core';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
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

/**
 * Typing in the search field re-renders only the field: the three lists are memoised on
 * their own values (they cost most of a keystroke with 500 proposals otherwise).
 */
export function ProposalFilters({ filter, onChange, areas, parties }: Props) {
  const t = de.proposals;
  const isFiltered = filter.areaId || filter.status || filter.partyId || filter.text;
  // Stable handlers for the memoised lists, always applied to the current filter.
  const latest = useRef({ filter, onChange });
  useLayoutEffect(() => {
    latest.current = { filter, onChange };
  });
  const select = useCallback((patch: Partial<ProposalFilter>) => latest.current.onChange({ ...latest.current.filter, ...patch }), []);
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
      <FilterSelects areaId={filter.areaId} status={filter.status} partyId={filter.partyId} areas={areas} parties={parties} onSelect={select} />
      {isFiltered ? (
        <Button variant="subtle" onClick={() => onChange({ areaId: null, status: null, partyId: null, text: '' })}>
          {t.resetFilters}
        </Button>
      ) : null}
    </Group>
  );
}

interface SelectsProps {
  areaId: string | null;
  status: ProposalStatus | null;
  partyId: string | null;
  areas: Area[];
  parties: Party[];
  onSelect(patch: Partial<ProposalFilter>): void;
}

const FilterSelects = memo(function FilterSelects({ areaId, status, partyId, areas, parties, onSelect }: SelectsProps) {
  const t = de.proposals;
  return (
    <>
      <Select
        label={t.filterArea}
        placeholder={t.all}
        data={areas.map((a) => ({ value: a.id, label: a.name }))}
        value={areaId}
        onChange={(v) => onSelect({ areaId: v })}
        clearable
        searchable
        w={240}
      />
      <Select
        label={t.filterStatus}
        placeholder={t.all}
        data={PROPOSAL_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        value={status}
        onChange={(v) => onSelect({ status: (v as ProposalStatus | null) ?? null })}
        clearable
        w={180}
      />
      <Select
        label={t.filterParty}
        placeholder={t.all}
        data={parties.map((p) => ({ value: p.id, label: p.name }))}
        value={partyId}
        onChange={(v) => onSelect({ partyId: v })}
        clearable
        searchable
        w={260}
      />
    </>
  );
});
