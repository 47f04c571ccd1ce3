/** Saving the settings (Einstellungen): validated, one transaction, logged. */
import { firstIssueMessage, settingsInputSchema, type Settings, type SettingsInput } from '../../domain/schemas';
import { SETTINGS_ID } from '../../domain/vocabulary';
import { runCommand } from '../commands';
import type { IkzDatabase } from '../db';
import { nowIso, UserFacingError } from '../records';

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
