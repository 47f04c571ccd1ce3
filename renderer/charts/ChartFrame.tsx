import { Card, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface TableAlternative {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its title, and the same data as a table for screen readers and the PDF
 * (the table is always in the document; sighted users can open it).
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
      <details className="chart-frame-table">
        <summary>
          <Text component="span" size="sm">
            Tabelle zum Diagramm
          </Text>
        </summary>
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
      </details>
    </Card>
  );
}
