import { Button, Group } from '@mantine/core';
import { saveTableFile } from '../../data/export/saveTableFile';
import type { AreaTotal } from '../../domain/costs/aggregate';
import { notifyError, notifySuccess } from '../../ui/notify';

/** The totals per area as shown on the dashboard (same filters), as XLSX or CSV. */
export function AreaTotalsExport({
  totals,
  areaName,
  kapitalwertLabel,
  suffix,
}: {
  totals: AreaTotal[];
  areaName(id: string): string;
  kapitalwertLabel: string;
  suffix: string;
}) {
  const save = async (kind: 'xlsx' | 'csv') => {
    const name = `Summen_Aufgabenfelder_${suffix}`;
    try {
      // Loaded on first use: the table code brings the import parser (zod), which the first screen does not need.
      const { areaTotalsTable } = await import('../../data/export/costExport');
      const table = areaTotalsTable(totals, areaName, kapitalwertLabel);
      const result = await saveTableFile(name, kind, table, 'Aufgabenfelder');
      if (result.saved) notifySuccess(`„${result.fileName}“ gespeichert.`);
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" onClick={() => save('xlsx')}>
        Summen als XLSX
      </Button>
      <Button size="xs" variant="default" onClick={() => save('csv')}>
        Summen als CSV
      </Button>
    </Group>
  );
}
