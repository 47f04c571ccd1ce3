import { Alert, Button, Checkbox, Group, Modal, MultiSelect, PasswordInput, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useDb } from '../../state/DbContext';
import { useParties, useProposals, useSettings } from '../../state/useWorkspace';
import { messageOf, notifySuccess } from '../../ui/notify';
import { buildExchangeFile, saveExchangeFile, type ExchangeScope } from '../../data/exchange';
import { exchangeFileName } from './fileName';

export const MIN_PASSWORD_LENGTH = 8;

type ScopeKind = ExchangeScope['kind'];

const SCOPE_LABELS: Record<ScopeKind, string> = {
  workspace: 'Ganzer Arbeitsbereich (alle Vorschläge mit Kosten, Terminen und Vertragsentwürfen, dazu die Stammdaten)',
  proposals: 'Ausgewählte Vorschläge (mit Kosten, Berechnungsgrundlage, Terminen und Vertragsentwürfen)',
  masterData: 'Nur Stammdaten (Kommunen und Aufgabenfelder)',
};

interface Props {
  onClose(): void;
  /** Opened from a proposal: that proposal is preselected. */
  proposalIds?: string[];
}

/** What the password fields say is wrong, or null when they are fine (or unused). */
export function passwordProblem(protect: boolean, password: string, repeat: string): string | null {
  if (!protect) return null;
  if (password.length < MIN_PASSWORD_LENGTH) return `Das Passwort ist zu kurz: bitte mindestens ${MIN_PASSWORD_LENGTH} Zeichen.`;
  if (password !== repeat) return 'Die beiden Passwörter stimmen nicht überein. Bitte beide Felder gleich ausfüllen.';
  return null;
}

/** Writes an exchange file (`.ikz`) for a colleague; optionally protected by a password. */
export function ExportDialog({ onClose, proposalIds }: Props) {
  const db = useDb();
  const proposals = useProposals();
  const parties = useParties();
  const settings = useSettings();
  const [scope, setScope] = useState<ScopeKind>(proposalIds ? 'proposals' : 'workspace');
  const [selected, setSelected] = useState<string[]>(proposalIds ?? []);
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const kreis = parties?.find((p) => p.kind === 'Kreis')?.name ?? 'Kreis';
  const home = parties?.find((p) => p.id === settings?.homePartyId)?.name ?? 'ohne-Kommune';
  const fileName = exchangeFileName(kreis, home, new Date());
  const problem = passwordProblem(protect, password, repeat);
  const noneSelected = scope === 'proposals' && selected.length === 0;

  const save = async () => {
    setTried(true);
    setError(null);
    if (problem || noneSelected) return;
    setBusy(true);
    try {
      const request: ExchangeScope = scope === 'proposals' ? { kind: 'proposals', proposalIds: selected } : { kind: scope };
      const built = await buildExchangeFile(db, request, protect ? { password } : {});
      const result = await saveExchangeFile({ text: built.text, fileName });
      if (result.saved) {
        notifySuccess(`Austauschdatei „${result.fileName}“ gespeichert${protect ? ' (mit Passwort geschützt)' : ''}.`);
        onClose();
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Austauschdatei erstellen" size="lg">
      <Stack>
        <Radio.Group label="Was soll die Datei enthalten?" value={scope} onChange={(v) => setScope(v as ScopeKind)}>
          <Stack gap="xs" mt="xs">
            {(Object.keys(SCOPE_LABELS) as ScopeKind[]).map((s) => (
              <Radio key={s} value={s} label={SCOPE_LABELS[s]} />
            ))}
          </Stack>
        </Radio.Group>
        {scope === 'proposals' ? (
          <MultiSelect
            label="Vorschläge"
            placeholder={selected.length === 0 ? 'Vorschläge auswählen' : undefined}
            data={(proposals ?? []).map((p) => ({ value: p.id, label: p.title }))}
            value={selected}
            onChange={setSelected}
            searchable
            clearable
            error={tried && noneSelected ? 'Bitte mindestens einen Vorschlag auswählen.' : undefined}
          />
        ) : null}
        <Checkbox label="Mit Passwort schützen" checked={protect} onChange={(e) => setProtect(e.currentTarget.checked)} />
        {protect ? (
          <>
            <PasswordInput label="Passwort" value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="new-password" />
            <PasswordInput
              label="Passwort wiederholen"
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              autoComplete="new-password"
              error={tried ? problem : undefined}
            />
            <Alert color="yellow" title="Passwort gut aufbewahren" role="note">
              Ein vergessenes Passwort kann niemand wiederherstellen, auch nicht mit diesem Programm: ohne das Passwort lässt sich die Datei nicht mehr öffnen.
              Teilen Sie es der Empfängerin oder dem Empfänger auf einem anderen Weg mit als die Datei (zum Beispiel am Telefon).
            </Alert>
          </>
        ) : null}
        <Text size="sm">
          Dateiname: <strong>{fileName}</strong>
          {settings && !settings.homePartyId ? (
            <Text span size="sm" c="gray.7" display="block">
              Unter Einstellungen „Dieser Rechner gehört zu“ eintragen, dann steht Ihre Kommune im Dateinamen und in der Datei.
            </Text>
          ) : null}
        </Text>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Abbrechen
          </Button>
          <Button onClick={save} loading={busy}>
            Datei speichern
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
