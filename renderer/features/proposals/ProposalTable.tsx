import { Table, UnstyledButton } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState, type Ref } from 'react';
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

interface RowProps {
  proposal: Proposal;
  names: NameLookup;
  displayName: string;
  index: number;
  ref: Ref<HTMLTableRowElement>;
}

const ProposalRow = memo(function ProposalRow({ proposal, names, displayName, index, ref }: RowProps) {
  const reason = currentStatusReason(proposal);
  return (
    // aria-rowindex: only the rows near the viewport exist, so each row says where it sits (header = 1).
    <tr data-testid="proposal-row" ref={ref} data-index={index} aria-rowindex={index + 2} className={index % 2 === 0 ? 'stripe' : undefined}>
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

/** Estimated height of a row before it is measured (title, lead line, sometimes a reason). */
const ESTIMATED_ROW_HEIGHT = 88;

/**
 * The list is virtualised: with 500 proposals, rendering every row made each keystroke in
 * the filter cost about 90 ms (p90). Only the rows in and near the viewport are in the
 * DOM; spacer rows keep the scroll height, the page itself scrolls (no inner scroll box),
 * and it stays a real table (aria-rowcount / aria-rowindex) that Tab walks row by row:
 * a focused link is scrolled into view, which renders the rows after it.
 */
export function ProposalTable({ proposals, names, displayNames, sort, onSort }: TableProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page; the status counts above the table may change it.
  useLayoutEffect(() => {
    const top = Math.round((bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    if (top !== scrollMargin) setScrollMargin(top);
  }, [scrollMargin, proposals]);
  const virtualizer = useWindowVirtualizer({
    count: proposals.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    scrollMargin,
    getItemKey: (i) => proposals[i]!.id,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const spaceBefore = first ? first.start - scrollMargin : 0;
  const spaceAfter = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;

  return (
    <Table className="proposal-table" verticalSpacing="sm" aria-label="Liste der Vorschläge" aria-rowcount={proposals.length + 1} data-testid="proposal-table">
      <Table.Thead>
        <Table.Tr aria-rowindex={1}>
          {COLUMNS.map((c) => (
            <SortHeader key={c.key} column={c} sort={sort} onSort={onSort} />
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={bodyRef}>
        {spaceBefore > 0 ? <SpacerRow height={spaceBefore} /> : null}
        {items.map((item) => {
          const p = proposals[item.index]!;
          return (
            <ProposalRow
              key={p.id}
              ref={virtualizer.measureElement}
              index={item.index}
              proposal={p}
              names={names}
              displayName={displayNames.get(p.id) ?? p.title}
            />
          );
        })}
        {spaceAfter > 0 ? <SpacerRow height={spaceAfter} /> : null}
      </Table.Tbody>
    </Table>
  );
}

function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={COLUMNS.length} style={{ height }} />
    </tr>
  );
}
