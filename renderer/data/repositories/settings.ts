import { DEFAULT_SETTINGS, firstIssueMessage, SETTINGS_ID, settingsInputSchema, type Settings, type SettingsInput } from '../../domain/schemas';
import { runCommand } from '../commands';
import type { IkzDatabase } from '../db';
import { nowIso, UserFacingError } from '../records';

export async function loadSettings(db: IkzDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ID);
  if (row && 'userName' in row) return row;
  return { ...DEFAULT_SETTINGS, id: SETTINGS_ID, updatedAt: '', revision: 1 };
}

export async function saveSettings(db: IkzDatabase, input: SettingsInput): Promise<Settings> {
  const parsed = settingsInputSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError(firstIssueMessage(parsed.error));
  return runCommand(db, ['settings', 'parties'], async (tx) => {
    if (parsed.data.homePartyId && !(await db.parties.get(parsed.data.homePartyId))) {
      throw new UserFacingError('Die gewählte Kommune gibt es nicht mehr. Bitte eine andere auswählen.');
    }
    const before = await db.settings.get(SETTINGS_ID);
    const previous = before && 'userName' in before ? before : null;
    const next: Settings = { ...parsed.data, id: SETTINGS_ID, updatedAt: nowIso(), revision: (previous?.revision ?? 0) + 1 };
    await tx.putSetting(next, {
      table: 'settings',
      recordId: SETTINGS_ID,
      action: previous ? 'update' : 'create',
      summary: 'Einstellungen gespeichert',
      before: previous,
      after: next,
    });
    return next;
  });
}
