/** Reading the settings (Einstellungen); saving is in saveSettings.ts, with the validation. */
import type { Settings } from '../../domain/schemas';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '../../domain/vocabulary';
import type { IkzDatabase } from '../db';

export async function loadSettings(db: IkzDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ID);
  if (row && 'userName' in row) return row;
  return { ...DEFAULT_SETTINGS, id: SETTINGS_ID, updatedAt: '', revision: 1 };
}
