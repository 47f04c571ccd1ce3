/**
 * Every open section editor registers how to write its pending text at once. Saving a
 * version, exporting or changing the status first flushes them all, so the snapshot or
 * the file has exactly what is on screen, also a word typed a moment ago.
 * Editors also report whether they hold unsaved typing, so „Version speichern“ knows the
 * text differs from the last version before the autosave has written it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';

type Flush = () => Promise<void>;

interface Registry {
  add(flush: Flush): () => void;
  flushAll(): Promise<void>;
  setPending(owner: object, pending: boolean): void;
  subscribe(listener: () => void): () => void;
  anyPending(): boolean;
}

const Ctx = createContext<Registry | null>(null);

export function FlushRegistryProvider({ children }: { children: ReactNode }) {
  const registry = useMemo<Registry>(() => {
    const all = new Set<Flush>();
    const pending = new Set<object>();
    const listeners = new Set<() => void>();
    return {
      add: (flush) => {
        all.add(flush);
        return () => all.delete(flush);
      },
      flushAll: async () => {
        // One after the other: each is its own command on the same record.
        for (const flush of [...all]) await flush();
      },
      setPending: (owner, on) => {
        const before = pending.size > 0;
        if (on) pending.add(owner);
        else pending.delete(owner);
        if (before !== pending.size > 0) listeners.forEach((l) => l());
      },
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      anyPending: () => pending.size > 0,
    };
  }, []);
  return <Ctx.Provider value={registry}>{children}</Ctx.Provider>;
}

/** For an editor: registers its flush while mounted. */
export function useRegisterFlush(flush: Flush): void {
  const registry = useContext(Ctx);
  useEffect(() => registry?.add(flush), [registry, flush]);
}

/** For an editor or field: reports unsaved typing (only changes of the flag reach the page, not keystrokes). */
export function useReportPending(pending: boolean): void {
  const registry = useContext(Ctx);
  const owner = useMemo(() => ({}), []);
  useEffect(() => {
    registry?.setPending(owner, pending);
    return () => registry?.setPending(owner, false);
  }, [registry, owner, pending]);
}

/** Whether any editor of the page holds typing not yet written. */
export function useAnyPending(): boolean {
  const registry = useContext(Ctx);
  const subscribe = useCallback((listener: () => void) => registry?.subscribe(listener) ?? (() => undefined), [registry]);
  return useSyncExternalStore(subscribe, () => registry?.anyPending() ?? false);
}

/** For the page: writes every pending edit; resolves when all are stored. */
export function useFlushAll(): () => Promise<void> {
  const registry = useContext(Ctx);
  return registry ? registry.flushAll : async () => undefined;
}
