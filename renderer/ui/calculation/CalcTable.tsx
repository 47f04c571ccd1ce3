import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import './calcTable.css';

export interface CalcCell {
  content?: ReactNode;
  /** Amounts: right-aligned. */
  right?: boolean;
  /** A loss: red and bold. */
  negative?: boolean;
  className?: string;
}

export interface CalcRow {
  key: string;
  cells: CalcCell[];
  /** Marks the row for tests and styles (data-pays-more). */
  paysMore?: boolean;
}

export interface CalcTableModel {
  head: CalcCell[];
  rows: CalcRow[];
  foot?: CalcCell[];
}

/**
 * A calculation table built once as data and drawn two ways: with Mantine's Table on
 * screen, or (`plain`) as bare `<table>` markup with CSS classes for the report, whose
 * 90 pages hold thousands of cells: Mantine's per-cell components cost render and print
 * time there. Both draw the same cells with the same text.
 */
export function CalcTable({
  model,
  plain = false,
  label,
  testId,
  className,
  caption,
}: {
  model: CalcTableModel;
  plain?: boolean;
  label?: string;
  testId?: string;
  className?: string;
  caption?: string;
}) {
  if (plain) {
    const cls = (c: CalcCell) => [c.right ? 'calc-num' : '', c.negative ? 'calc-negative' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined;
    return (
      <table className={`calc-table${className ? ` ${className}` : ''}`} aria-label={label} data-testid={testId}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {model.head.map((c, i) => (
              <th key={i} className={cls(c)}>
                {c.content}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.key} data-pays-more={r.paysMore || undefined}>
              {r.cells.map((c, i) => (
                <td key={i} className={cls(c)}>
                  {c.content}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {model.foot ? (
          <tfoot>
            <tr>
              {model.foot.map((c, i) => (
                <th key={i} className={cls(c)}>
                  {c.content}
                </th>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    );
  }
  const style = (c: CalcCell) => ({
    ta: c.right ? ('right' as const) : undefined,
    c: c.negative ? 'red.9' : undefined,
    fw: c.negative ? 700 : undefined,
    className: c.className,
  });
  return (
    <Table withTableBorder striped fz="sm" aria-label={label} data-testid={testId} className={className}>
      {caption ? <caption>{caption}</caption> : null}
      <Table.Thead>
        <Table.Tr>
          {model.head.map((c, i) => (
            <Table.Th key={i} {...style(c)}>
              {c.content}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {model.rows.map((r) => (
          <Table.Tr key={r.key} data-pays-more={r.paysMore || undefined}>
            {r.cells.map((c, i) => (
              <Table.Td key={i} {...style(c)}>
                {c.content}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
      {model.foot ? (
        <Table.Tfoot>
          <Table.Tr>
            {model.foot.map((c, i) => (
              <Table.Th key={i} {...style(c)}>
                {c.content}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      ) : null}
    </Table>
  );
}
