import { createContext, useContext, type ReactNode } from 'react';
import type { IkzDatabase } from '../data/db';

const DbContext = createContext<IkzDatabase | null>(null);

export function DbProvider({ db, children }: { db: IkzDatabase; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): IkzDatabase {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
}
