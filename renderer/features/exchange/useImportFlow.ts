/**
 * The steps of reading an exchange file: open → (password) → review → summary. Nothing is
 * written before `apply`; cancelling at any step leaves the database as it was.
 */
import { useState } from 'react';
import { backupBeforeImport, tableLabel, tableOrder } from '../../data/backups';
import { applyMerge, openExchangeFile, planMerge, readExchangeFile, type MergePlan } from '../../data/exchange';
import { useDb } from '../../state/DbContext';
import { messageOf } from '../../ui/notify';
import type { ReviewDecision } from './ReviewScreen';

export type ImportStep =
  | { step: 'idle'; refusal: string | null }
  | { step: 'password'; fileName: string; bytes: Uint8Array; error: string | null; busy: boolean }
  | { step: 'review'; fileName: string; plan: MergePlan; error: string | null; busy: boolean }
  | { step: 'summary'; fileName: string; text: string; written: string; backupName: string };

export function useImportFlow() {
  const db = useDb();
  const [state, setState] = useState<ImportStep>({ step: 'idle', refusal: null });

  const read = async (fileName: string, bytes: Uint8Array, password?: string) => {
    const result = await readExchangeFile(bytes, password);
    if (!result.ok) {
      const { code, message } = result.error;
      if (code === 'password-needed' || code === 'wrong-password') {
        return setState({ step: 'password', fileName, bytes, error: code === 'wrong-password' ? message : null, busy: false });
      }
      return setState({ step: 'idle', refusal: `„${fileName}“: ${message}` });
    }
    const plan = await planMerge(db, result.value);
    setState({ step: 'review', fileName, plan, error: null, busy: false });
  };

  const open = async () => {
    setState({ step: 'idle', refusal: null });
    try {
      const opened = await openExchangeFile();
      if (!opened) return;
      if ('error' in opened) return setState({ step: 'idle', refusal: opened.error });
      await read(opened.fileName, opened.bytes);
    } catch (e) {
      setState({ step: 'idle', refusal: messageOf(e) });
    }
  };

  const submitPassword = async (password: string) => {
    if (state.step !== 'password') return;
    setState({ ...state, busy: true, error: null });
    try {
      await read(state.fileName, state.bytes, password);
    } catch (e) {
      setState({ step: 'idle', refusal: messageOf(e) });
    }
  };

  const apply = async (decision: ReviewDecision) => {
    if (state.step !== 'review') return;
    setState({ ...state, busy: true, error: null });
    try {
      // Issue 10 §3: the state before every import is kept; without a backup nothing is imported.
      const backup = await backupBeforeImport(db);
      const summary = await applyMerge(db, state.plan, decision.resolutions, { fileName: state.fileName, acceptMasterData: decision.acceptMasterData });
      const written = Object.entries(summary.written)
        .sort(([a], [b]) => tableOrder(a, b))
        .map(([table, n]) => `${tableLabel(table)} ${n}`)
        .join(' · ');
      setState({ step: 'summary', fileName: state.fileName, text: summary.text, written, backupName: backup.name });
    } catch (e) {
      setState({ ...state, busy: false, error: messageOf(e) });
    }
  };

  const reset = () => setState({ step: 'idle', refusal: null });
  return { state, open, submitPassword, apply, reset };
}
