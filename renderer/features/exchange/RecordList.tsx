import { Badge, Group, Pagination, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PlanItem } from '../../domain/exchange/plan';
import { formatInteger } from '../../domain/format';

export const PAGE_SIZE = 25;

interface Props {
  title: string;
  items: readonly PlanItem[];
  /** What happens to each row („wird angelegt“), unless it lists changed fields. */
  action: string;
  /** Master data rows stay visible but are marked while the user has not agreed to them. */
  masterDataAccepted: boolean;
  testId: string;
}

/**
 * New, changed or deleted records, one page at a time: a review of 1,000 changes renders
 * 25 rows, so it opens at once.
 */
export function RecordList({ title, items, action, masterDataAccepted, testId }: Props) {
  const [page, setPage] = useState(1);
  if (items.length === 0) return null;
  const pages = Math.ceil(items.length / PAGE_SIZE);
  const current = Math.min(page, pages);
  const shown = items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return (
    <section aria-label={title} data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title} ({formatInteger(items.length)})
        </Title>
        {pages > 1 ? <Pagination total={pages} value={current} onChange={setPage} size="sm" aria-label={`${title}: Seiten`} /> : null}
      </Group>
      <Table fz="sm" striped aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="45%">Datensatz</Table.Th>
            <Table.Th>Änderung</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((item) => (
            <Table.Tr key={`${item.table}:${item.recordId}`} data-testid="review-row">
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {item.label}
                  </Text>
                  {item.masterData ? (
                    <Badge variant="outline" color={masterDataAccepted ? 'gray.7' : 'orange.9'} size="xs">
                      {masterDataAccepted ? 'Stammdaten' : 'Stammdaten – nur mit Haken unten'}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>{item.fields.length > 0 ? `Geändert: ${item.fields.join(', ')}` : action}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 ? (
        <Text size="sm" c="gray.7" mt={4}>
          Seite {current} von {pages}
        </Text>
      ) : null}
    </section>
  );
}
