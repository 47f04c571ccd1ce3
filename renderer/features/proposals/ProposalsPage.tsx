import { Badge, Button, Group, Loader, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAreas, useNameLookup, useParties, useProposals } from '../../state/useWorkspace';
import {
  countByStatus,
  filterProposals,
  searchText,
  sortProposals,
  type ProposalFilter,
  type ProposalSort,
  type ProposalSortKey,
} from '../../domain/proposalQuery';
import { proposalDisplayNames } from '../../domain/proposalNames';
import { PROPOSAL_STATUSES, STATUS_LABELS, type ProposalStatus } from '../../domain/status';
import { de } from '../../i18n/de';
import { PageHeader } from '../../ui/PageHeader';
import { ProposalFilters } from './ProposalFilters';
import { ProposalTable } from './ProposalTable';

/** Filters live in the address, so going back from a proposal keeps them. */
function useFilterParams(): [ProposalFilter, (f: ProposalFilter) => void] {
  const [params, setParams] = useSearchParams();
  const filter: ProposalFilter = {
    areaId: params.get('bereich'),
    status: (params.get('status') as ProposalStatus | null) ?? null,
    partyId: params.get('kommune'),
    text: params.get('suche') ?? '',
  };
  const setFilter = (f: ProposalFilter) => {
    const next = new URLSearchParams();
    if (f.areaId) next.set('bereich', f.areaId);
    if (f.status) next.set('status', f.status);
    if (f.partyId) next.set('kommune', f.partyId);
    if (f.text) next.set('suche', f.text);
    setParams(next, { replace: true });
  };
  return [filter, setFilter];
}

export function ProposalsPage() {
  const proposals = useProposals();
  const parties = useParties();
  const areas = useAreas();
  const names = useNameLookup(parties, areas);
  const [filter, setFilter] = useFilterParams();
  const [sort, setSort] = useState<ProposalSort>({ key: 'title', direction: 'asc' });

  // Search text is built once per data change, not on every keystroke.
  const textIndex = useMemo(() => new Map((proposals ?? []).map((p) => [p.id, searchText(p, names)])), [proposals, names]);
  const visible = useMemo(() => {
    if (!proposals) return [];
    const filtered = filterProposals(proposals, filter, names, (p) => textIndex.get(p.id) ?? '');
    return sortProposals(filtered, sort, names);
  }, [proposals, filter.areaId, filter.status, filter.partyId, filter.text, sort, names, textIndex]); // eslint-disable-line react-hooks/exhaustive-deps
  const counts = useMemo(() => countByStatus(proposals ?? []), [proposals]);
  const displayNames = useMemo(() => proposalDisplayNames(proposals ?? [], names.partyName), [proposals, names]);

  const onSort = (key: ProposalSortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }));

  if (!proposals || !parties || !areas) return <Loader aria-label={de.common.loading} />;

  return (
    <>
      <PageHeader
        title={de.proposals.title}
        subtitle="Kooperationsvorschläge des Arbeitskreises: Filter, Status und Abhängigkeiten."
        actions={
          <Button component={Link} to="/vorschlaege/neu">
            {de.proposals.new}
          </Button>
        }
      />
      <Group gap="xs" mb="md" aria-label="Anzahl je Status" role="group">
        {PROPOSAL_STATUSES.filter((s) => counts[s] > 0).map((s) => (
          <Badge
            key={s}
            component="button"
            type="button"
            variant={filter.status === s ? 'filled' : 'outline'}
            color="dark"
            onClick={() => setFilter({ ...filter, status: filter.status === s ? null : s })}
            style={{ cursor: 'pointer' }}
            aria-pressed={filter.status === s}
          >
            {STATUS_LABELS[s]}: {counts[s]}
          </Badge>
        ))}
      </Group>
      <ProposalFilters filter={filter} onChange={setFilter} areas={areas} parties={parties} />
      <Text size="sm" c="gray.7" mb="xs" aria-live="polite" data-testid="proposal-count" data-filter-text={filter.text}>
        {de.proposals.count(visible.length, proposals.length)}
      </Text>
      {proposals.length === 0 ? (
        <Text>{de.proposals.noneYet}</Text>
      ) : visible.length === 0 ? (
        <Text>{de.proposals.empty}</Text>
      ) : (
        <ProposalTable proposals={visible} names={names} displayNames={displayNames} sort={sort} onSort={onSort} />
      )}
    </>
  );
}
