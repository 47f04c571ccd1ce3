import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { ImportError, type ImportPreview, MAX_IMPORT_BYTES } from '../../data/import/costImport';
import { ImportCancelled, parseCostFile } from '../../data/import/parseInWorker';
import { costTable, templateTable } from '../../data/export/costExport';
import { saveTableFile } from '../../data/export/saveTableFile';
import type { RowContext } from '../../domain/costs/costRows';
import type { PayRate } from '../../domain/costs/expand';
import type { CostLine, Period } from '../../domain/costs/model';
import { sortLinesByOrder } from '../../domain/costs/lineOrder';
import { platform } from '../../platform';
import { base64ToBytes } from '../../domain/bytes';
import { notifyError, notifySuccess } from '../../ui/notify';
import { ImportDialog } from './ImportDialog';
import { ImportProgress } from './ImportProgress';
import { useDb } from '../../state/DbContext';
import { undoCostImport, type ImportUndo } from '../../data/repositories/costs';

interface Props {
  /** Asks to save or discard unsaved grid edits first; false: the user cancelled. */
  confirmUnsaved(): Promise<boolean>;
  ctx: RowContext;
  title: string;
  lines: CostLine[];
  period: Period;
  payRates: PayRate[];
  partyName(id: string | null): string;
}

const safeName = (s: string) => s.replace(/[^\wäöüÄÖÜß-]+/g, '_').slice(0, 60);

export function CostFileActions({ confirmUnsaved, ctx, title, lines, period, payRates, partyName }: Props) {
  const [preview, setPreview] = useState<{ fileName: string; preview: ImportPreview } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lastImport, setLastImport] = useState<ImportUndo | null>(null);
  const [parsing, setParsing] = useState<{ fileName: string; phase: string; fraction: number; controller: AbortController } | null>(null);
  const db = useDb();

  const undoImport = async () => {
    if (!lastImport) return;
    try {
      await undoCostImport(db, lastImport);
      setLastImport(null);
      notifySuccess('Import rückgängig gemacht; die Kosten sind wieder wie vor dem Import.');
    } catch (e) {
      setLastImport(null);
      notifyError(e);
    }
  };

  const openImport = async () => {
    setError(null);
    if (!(await confirmUnsaved())) return;
    try {
      const result = await platform.openFile({ filters: [{ name: 'CSV oder Excel', extensions: ['csv', 'xlsx'] }], maxBytes: MAX_IMPORT_BYTES });
      if (result.status === 'cancelled') return;
      if (result.status === 'too-large')
        return setError(
          `„${result.fileName}“ ist zu groß (${Math.round(result.bytes / 1024 / 1024)} MB). Höchstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB sind möglich; bitte die Datei aufteilen.`,
        );
      const bytes = base64ToBytes(result.base64);
      // Parsed in a worker: a large file never freezes the window, and it can be cancelled.
      const controller = new AbortController();
      const fileName = result.fileName;
      setParsing({ fileName, phase: 'Datei wird gelesen', fraction: 0, controller });
      const parsed = await parseCostFile(bytes, fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv', ctx, {
        signal: controller.signal,
        onProgress: (phase, fraction) => setParsing((p) => (p ? { ...p, phase, fraction } : p)),
      });
      setPreview({ fileName, preview: parsed });
    } catch (e) {
      if (e instanceof ImportCancelled) return;
      if (e instanceof ImportError) setError(e.message);
      else notifyError(e);
    } finally {
      setParsing(null);
    }
  };

  const save = async (name: string, kind: 'csv' | 'xlsx', table: (string | number)[][]) => {
    try {
      const result = await saveTableFile(name, kind, table, 'Kosten');
      if (result.saved) notifySuccess(`„${result.fileName}“ gespeichert.`);
    } catch (e) {
      notifyError(e);
    }
  };
  // An export holds what is stored: unsaved grid edits are saved or discarded first, and
  // the lines are read afresh (the props may not show a save that just happened yet).
  const exportLines = async (kind: 'csv' | 'xlsx') => {
    if (!(await confirmUnsaved())) return;
    const stored = sortLinesByOrder(await db.costLines.ofProposal(ctx.proposalId));
    await save(
      `Kosten_${safeName(title)}`,
      kind,
      costTable(stored, period, payRates, (id) => partyName(id)),
    );
  };

  return (
    <>
      <Group gap="xs">
        <Button variant="default" onClick={openImport} data-testid="import-button">
          Importieren (CSV/XLSX) …
        </Button>
        <Button variant="default" onClick={() => exportLines('xlsx')}>
          Export XLSX
        </Button>
        <Button variant="default" onClick={() => exportLines('csv')}>
          Export CSV
        </Button>
        {lastImport && lastImport.proposalId === ctx.proposalId ? (
          <Button variant="light" color="orange" onClick={undoImport} data-testid="undo-import">
            Import rückgängig machen
          </Button>
        ) : null}
        <Button
          variant="subtle"
          onClick={() =>
            save(
              'Vorlage_Kostenimport',
              'csv',
              templateTable(
                period,
                ctx.parties.map((p) => p.name),
              ),
            )
          }
        >
          Vorlage herunterladen
        </Button>
      </Group>
      {error ? (
        <Alert color="red" role="alert" mt="xs" title="Nicht importiert" data-testid="import-file-error">
          {error} Es wurde nichts geändert.
        </Alert>
      ) : null}
      {parsing ? (
        <ImportProgress fileName={parsing.fileName} phase={parsing.phase} fraction={parsing.fraction} onCancel={() => parsing.controller.abort()} />
      ) : null}
      {preview ? (
        <ImportDialog
          fileName={preview.fileName}
          preview={preview.preview}
          proposalId={ctx.proposalId}
          existing={lines}
          period={period}
          payRates={payRates}
          partyName={partyName}
          onImported={(undo) => setLastImport(undo)}
          onClose={() => setPreview(null)}
        />
      ) : null}
    </>
  );
}
