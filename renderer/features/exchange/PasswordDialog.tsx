import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';

interface Props {
  fileName: string;
  error: string | null;
  busy: boolean;
  onSubmit(password: string): void;
  onCancel(): void;
}

/** Asks for the password of an encrypted exchange file; a wrong one is said plainly, and nothing is written. */
export function PasswordDialog({ fileName, error, busy, onSubmit, onCancel }: Props) {
  const [password, setPassword] = useState('');
  return (
    <Modal opened onClose={onCancel} title="Passwort der Austauschdatei">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(password);
        }}
      >
        <Stack>
          <Text>„{fileName}“ ist mit einem Passwort geschützt. Bitte geben Sie das Passwort ein, das Sie vom Absender erhalten haben.</Text>
          <PasswordInput label="Passwort" value={password} onChange={(e) => setPassword(e.currentTarget.value)} data-autofocus autoComplete="off" />
          {error ? (
            <Alert color="red" role="alert" title="Datei nicht geöffnet">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Abbrechen
            </Button>
            <Button type="submit" loading={busy} disabled={password.length === 0}>
              Öffnen
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
