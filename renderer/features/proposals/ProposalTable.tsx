import { Anchor, Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../../domain/format';
import type { NameLookup, ProposalSort, ProposalSortKey } from '../../domain/proposalQuery';
import type { Proposal } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { StatusBadge } from '../../ui/StatusBadge';

const COLUMNS: { key: ProposalSortKey; label: string }[] = [
  { key: 'title', label: de.proposals.columns.title },
  { key: 'area', label: de.proposals.columns.area },
  { key: 'status', label: de.proposals.columns.status },
  { key: 'updatedAt', label: de.proposals.columns.updated },
];

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: ProposalSort; onSort(key: ProposalSortKey): void }) {
  const active = sort.key === column.key;
  const arrow = active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : '';
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(column.key)} fw={600} aria-label={de.proposals.sortBy(column.label)}>
        {column.label}
        <span aria-hidden="true">{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

const ProposalRow = memo(function ProposalRow({ proposal, names }: { proposal: Proposal; names: NameLookup }) {
  return (
    <Table.Tr data-testid="proposal-row">
      <Table.Td>
        <Anchor component={Link} to={`/vorschlaege/${proposal.id}`} fw={600}>
          {proposal.title}
        </Anchor>
        {proposal.isExample ? (
          <Badge ml="xs" size="xs" variant="outline" color="gray.7">
            {de.common.example}
          </Badge>
        ) : null}
        {proposal.statusReason ? (
          <Text size="sm" c="gray.7" mt={2}>
            {proposal.statusReason}
          </Text>
        ) : null}
        <Text size="sm" c="gray.7">
          {de.proposals.columns.lead}: {names.partyName(proposal.leadPartyId)}
          {proposal.participantIds.length > 0 ? ` + ${proposal.participantIds.length} weitere` : ''}
        </Text>
      </Table.Td>
      <Table.Td>{names.areaName(proposal.areaId)}</Table.Td>
      <Table.Td miw={150}>
        <StatusBadge status={proposal.status} />
      </Table.Td>
      <Table.Td>{formatDate(proposal.updatedAt)}</Table.Td>
    </Table.Tr>
  );
});

export function ProposalTable({ proposals, names, sort, onSort }: { proposals: Proposal[]; names: NameLookup; sort: ProposalSort; onSort(key: ProposalSortKey): void }) {
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label="Liste der Vorschläge">
      <Table.Thead>
        <Table.Tr>
          {COLUMNS.map((c) => (
            <SortHeader key={c.key} column={c} sort={sort} onSort={onSort} />
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {proposals.map((p) => (
          <ProposalRow key={p.id} proposal={p} names={names} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
