import { Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';
import { DEFAULT_SETTINGS } from '../domain/vocabulary';
import { useSettings } from '../state/useWorkspace';

/** The name a change was recorded with, or null when it was the placeholder of Einstellungen (no name set then). */
export function recordedName(by: string): string | null {
  const name = by.trim();
  return name === '' || name === DEFAULT_SETTINGS.userName ? null : name;
}

/** Whether a name is set under Einstellungen now (false while it is still the placeholder). */
export function useNameIsSet(): boolean | undefined {
  const settings = useSettings();
  return settings ? recordedName(settings.userName) !== null : undefined;
}

/**
 * Who did it, for change-log, status and version entries. The app records the name from Einstellungen;
 * a change made while none was set shows no raw placeholder („Unbekannt“) but, as long as
 * there is still no name, the way to set one (later changes then carry it), else „ohne Namen“.
 */
export function AuthorName({ by }: { by: string }) {
  const nameSet = useNameIsSet();
  const name = recordedName(by);
  if (name !== null) return <>{name}</>;
  if (nameSet === false)
    return (
      <Anchor component={Link} to="/einstellungen" size="sm" underline="always">
        Name in den Einstellungen eintragen
      </Anchor>
    );
  return <>ohne Namen</>;
}
