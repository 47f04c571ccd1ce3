import { Card, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { usePrinting } from '../ui/usePrinting';

export interface TableAlternative {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its title, and the same data as a table that anyone can open (screen
 * readers reach it through the disclosure). The table is built only when opened: with 200
 * proposals it costs more than the chart, and a closed disclosure hides it from everyone.
 */
export function ChartFrame({
  title,
  description,
  children,
  table,
  testId,
}: {
  title: string;
  description?: string;
  children: ReactNode;
  table: TableAlternative;
  testId?: string;
}) {
  const [tableOpen, setTableOpen] = useState(false);
  // On paper the table stands in for the chart (styles.css, @media print).
  const printing = usePrinting();
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="gray.7" mb="xs">
          {description}
        </Text>
      ) : null}
      <div role="img" className="chart-frame-graphic" aria-label={`Diagramm: ${title}. Die Werte stehen in der Tabelle darunter.`}>
        {children}
      </div>
      <details className="chart-frame-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>
          <Text component="span" size="sm">
            Tabelle zum Diagramm
          </Text>
        </summary>
        {tableOpen || printing ? <ChartTable title={title} table={table} /> : null}
      </details>
    </Card>
  );
}

function ChartTable({ title, table }: { title: string; table: TableAlternative }) {
  return (
    <Table withTableBorder mt="xs" fz="sm">
      <caption className="visually-hidden">{title}</caption>
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((c) => (
            <Table.Th key={c}>{c}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((r, i) => (
          <Table.Tr key={i}>
            {r.map((cell, j) => (
              <Table.Td key={j} ta={typeof cell === 'number' || j > 0 ? 'right' : 'left'}>
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
