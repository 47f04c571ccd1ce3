/**
 * Every open section editor registers how to write its pending text at once. Saving a
 * version, exporting or changing the status first flushes them all, so the snapshot or
 * the file has exactly what is on screen, also a word typed a moment ago.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';

type Flush = () => Promise<void>;

interface Registry {
  add(flush: Flush): () => void;
  flushAll(): Promise<void>;
}

const Ctx = createContext<Registry | null>(null);

export function FlushRegistryProvider({ children }: { children: ReactNode }) {
  const registry = useMemo<Registry>(() => {
    const all = new Set<Flush>();
    return {
      add: (flush) => {
        all.add(flush);
        return () => all.delete(flush);
      },
      flushAll: async () => {
        // One after the other: each is its own command on the same record.
        for (const flush of [...all]) await flush();
      },
    };
  }, []);
  return <Ctx.Provider value={registry}>{children}</Ctx.Provider>;
}

/** For an editor: registers its flush while mounted. */
export function useRegisterFlush(flush: Flush): void {
  const registry = useContext(Ctx);
  useEffect(() => registry?.add(flush), [registry, flush]);
}

/** For the page: writes every pending edit; resolves when all are stored. */
export function useFlushAll(): () => Promise<void> {
  const registry = useContext(Ctx);
  return registry ? registry.flushAll : async () => undefined;
}
