import { Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { CalculationInputsProvider } from './state/CalculationInputs';
import { DbProvider } from './state/DbContext';
import { DEFAULT_DB_NAME } from './data/db';
import { prefetchSnapshot } from './data/figureSnapshot';
import { openDatabase, type OpenResult } from './data/openDatabase';
import { App } from './App';
import { platform } from './platform';
import { DatabaseErrorScreen } from './features/startup/DatabaseErrorScreen';

const writeBackup = async (fileName: string, content: string) => void (await platform.writeBackup({ fileName, content }));

let firstOpening: Promise<OpenResult> | null = null;

/**
 * Starts opening the workspace and reading the saved figures of the Übersicht at once, before
 * React has drawn anything (main.tsx): on a cold start both reads overlap with building the
 * screen instead of following it. The first Bootstrap takes this promise; „Erneut versuchen“
 * opens anew.
 */
export function startOpeningWorkspace(): void {
  if (firstOpening) return;
  prefetchSnapshot(DEFAULT_DB_NAME, 'basis');
  firstOpening = openDatabase(DEFAULT_DB_NAME, { writeBackup });
}

function opening(attempt: number): Promise<OpenResult> {
  if (attempt === 0 && firstOpening) return firstOpening;
  return openDatabase(DEFAULT_DB_NAME, { writeBackup });
}

const START_BACKUP_DELAY_MS = 20_000;

/** Opens (and on first start seeds) the database before any screen reads from it. */
export function Bootstrap() {
  const [result, setResult] = useState<OpenResult | null>(null);
  // Bumped by „Erneut versuchen“ (e.g. after freeing disk space for the backup).
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void opening(attempt).then((r) => {
      performance.mark('ikz:database-open');
      if (!cancelled) setResult(r);
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  // The daily start backup, a little after the first screen so it does not slow the start.
  const db = result?.ok ? result.db : null;
  useEffect(() => {
    if (!db) return;
    let idle: number | undefined;
    // The backup code is loaded only now (issue 6: not part of the first screen's bundle).
    const write = () =>
      void import('./data/backups')
        .then(({ backupAtStartIfDue }) => backupAtStartIfDue(db))
        .catch((error: unknown) => console.warn('Start-Sicherung nicht geschrieben', error));
    // …and when the window is idle, so it does not land in the middle of someone's work.
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(write, { timeout: 60_000 });
      else write();
    }, START_BACKUP_DELAY_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [db]);
  if (!result)
    return (
      <Center h="100vh">
        <Loader aria-label="IKZ-Planer wird gestartet" />
      </Center>
    );
  if (!result.ok) {
    const retry = () => {
      setResult(null);
      setAttempt((n) => n + 1);
    };
    return <DatabaseErrorScreen problem={result.problem} message={result.message} detail={result.detail} onRetry={retry} />;
  }
  return (
    <DbProvider db={result.db}>
      <CalculationInputsProvider>
        <App />
      </CalculationInputsProvider>
    </DbProvider>
  );
}
