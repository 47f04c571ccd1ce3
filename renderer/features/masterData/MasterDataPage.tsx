import { Button, Group, Loader, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useAreas, useParties } from '../../state/useWorkspace';
import { formatInteger } from '../../domain/format';
import type { Area, Party } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { PageHeader } from '../../ui/PageHeader';
import { AreaFormDialog } from './AreaFormDialog';
import { areaColors, fallbackAreaColor } from '../../domain/figures/areaColors';
import { PartyFormDialog } from './PartyFormDialog';

export function MasterDataPage() {
  const parties = useParties();
  const areas = useAreas();
  const [editingParty, setEditingParty] = useState<Party | 'new' | null>(null);
  const [editingArea, setEditingArea] = useState<Area | null>(null);
  if (!parties || !areas) return <Loader aria-label={de.common.loading} />;
  const colors = areaColors(areas);
  const total = parties.reduce((s, p) => s + (p.inhabitants ?? 0), 0);

  return (
    <>
      <PageHeader
        title={de.nav.masterData}
        subtitle="Beteiligte Kommunen und Aufgabenfelder. Die Einwohnerzahlen sind Näherungswerte und können angepasst werden."
      />
      <Stack gap="xl">
        <section aria-labelledby="parties-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3" id="parties-heading">
              Beteiligte ({parties.length})
            </Title>
            <Button onClick={() => setEditingParty('new')}>Beteiligten hinzufügen</Button>
          </Group>
          <Table striped withTableBorder aria-labelledby="parties-heading" data-testid="parties-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Art</Table.Th>
                <Table.Th ta="right">Einwohner</Table.Th>
                <Table.Th ta="right">Beschäftigte</Table.Th>
                <Table.Th ta="right">Abrechnungsfälle je Monat</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Aktionen</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parties.map((p) => (
                <Table.Tr key={p.id} data-testid="party-row">
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.kind}</Table.Td>
                  <Table.Td ta="right">{formatInteger(p.inhabitants)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(p.employees)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(p.payrollCases)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" onClick={() => setEditingParty(p)} aria-label={`${p.name} bearbeiten`}>
                      {de.common.edit}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>Summe</Table.Th>
                <Table.Th />
                <Table.Th ta="right">{formatInteger(total)}</Table.Th>
                <Table.Th />
                <Table.Th />
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </section>
        <section aria-labelledby="areas-heading">
          <Title order={2} size="h3" id="areas-heading" mb="sm">
            Aufgabenfelder ({areas.length})
          </Title>
          <Table striped withTableBorder aria-labelledby="areas-heading" data-testid="areas-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nr.</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Beschreibung</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Aktionen</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {areas.map((a) => (
                <Table.Tr key={a.id} data-testid="area-row">
                  <Table.Td>{a.order}</Table.Td>
                  <Table.Td>
                    <span
                      aria-hidden="true"
                      data-testid="area-color"
                      style={{
                        display: 'inline-block',
                        width: 12,
                        height: 12,
                        borderRadius: 2,
                        marginRight: 8,
                        verticalAlign: 'middle',
                        background: colors.get(a.id),
                      }}
                    />
                    {a.name}
                  </Table.Td>
                  <Table.Td>{a.description}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" onClick={() => setEditingArea(a)} aria-label={`${a.name} bearbeiten`}>
                      {de.common.edit}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      </Stack>
      {editingParty ? <PartyFormDialog party={editingParty === 'new' ? null : editingParty} onClose={() => setEditingParty(null)} /> : null}
      {editingArea ? (
        <AreaFormDialog
          area={editingArea}
          fallbackColor={fallbackAreaColor([...areas].sort((x, y) => x.order - y.order).findIndex((x) => x.id === editingArea.id))}
          onClose={() => setEditingArea(null)}
        />
      ) : null}
    </>
  );
}
