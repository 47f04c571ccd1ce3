import { Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { CalculationInputsProvider } from './state/CalculationInputs';
import { DbProvider } from './state/DbContext';
import { openDatabase, type OpenResult } from './data/openDatabase';
import { App } from './App';
import { platform } from './platform';
import { DatabaseErrorScreen } from './features/startup/DatabaseErrorScreen';

/** Opens (and on first start seeds) the database before any screen reads from it. */
export function Bootstrap() {
  const [result, setResult] = useState<OpenResult | null>(null);
  // Bumped by „Erneut versuchen“ (e.g. after freeing disk space for the backup).
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void openDatabase(undefined, { writeBackup: async (fileName, content) => void (await platform.writeBackup({ fileName, content })) }).then((r) => {
      if (!cancelled) setResult(r);
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);
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
