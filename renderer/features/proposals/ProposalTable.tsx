import { Table, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../../domain/format';
import type { NameLookup, ProposalSort, ProposalSortKey } from '../../domain/proposalQuery';
import type { Proposal } from '../../domain/schemas';
import { currentStatusReason } from '../../domain/status';
import { de } from '../../i18n/de';
import { StatusBadge } from '../../ui/StatusBadge';
import './proposalTable.css';

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

const ProposalRow = memo(function ProposalRow({ proposal, names, displayName }: { proposal: Proposal; names: NameLookup; displayName: string }) {
  const reason = currentStatusReason(proposal);
  return (
    <tr data-testid="proposal-row">
      <td>
        <Link className="proposal-title" to={`/vorschlaege/${proposal.id}`}>
          {displayName}
        </Link>
        {proposal.isExample ? <span className="example-tag">{de.common.example}</span> : null}
        {reason ? <div className="proposal-meta">{`${reason.title}: ${reason.text}`}</div> : null}
        <div className="proposal-meta">
          {de.proposals.columns.lead}: {names.partyName(proposal.leadPartyId)}
          {proposal.participantIds.length > 0 ? ` + ${proposal.participantIds.length} weitere` : ''}
        </div>
      </td>
      <td>{names.areaName(proposal.areaId)}</td>
      <td>
        <StatusBadge status={proposal.status} />
      </td>
      <td>{formatDate(proposal.updatedAt)}</td>
    </tr>
  );
});

interface TableProps {
  proposals: Proposal[];
  names: NameLookup;
  /** From `proposalDisplayNames` over all proposals: twins with one title stay apart. */
  displayNames: ReadonlyMap<string, string>;
  sort: ProposalSort;
  onSort(key: ProposalSortKey): void;
}

export function ProposalTable({ proposals, names, displayNames, sort, onSort }: TableProps) {
  return (
    <Table className="proposal-table" verticalSpacing="sm" aria-label="Liste der Vorschläge">
      <Table.Thead>
        <Table.Tr>
          {COLUMNS.map((c) => (
            <SortHeader key={c.key} column={c} sort={sort} onSort={onSort} />
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {proposals.map((p) => (
          <ProposalRow key={p.id} proposal={p} names={names} displayName={displayNames.get(p.id) ?? p.title} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
