/**
 * Unsaved cost edits are never dropped without asking: leaving the screen (menu, browser
 * back, another route), choosing another proposal (a change of the address) and in-page
 * actions that rewrite the lines ask „Speichern / Verwerfen / Abbrechen“. Closing the
 * window asks through `beforeunload` (Electron shows its own dialog, see electron/main.ts).
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router-dom';

interface Options {
  dirty: boolean;
  /** Saves everything; false when it could not (the user stays). */
  save(): Promise<boolean>;
  discard(): void;
}

export function useUnsavedGuard({ dirty, save, discard }: Options) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const pending = useRef<((go: boolean) => void) | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older Chromium needs returnValue set to show its dialog.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  /** For in-page actions: resolves true once nothing unsaved is left (saved or discarded). */
  const confirm = useCallback((): Promise<boolean> => {
    if (!dirty) return Promise.resolve(true);
    setAsking(true);
    return new Promise((resolve) => (pending.current = resolve));
  }, [dirty]);

  const finish = (go: boolean) => {
    setAsking(false);
    if (blocker.state === 'blocked') {
      if (go) blocker.proceed();
      else blocker.reset();
    }
    pending.current?.(go);
    pending.current = null;
  };

  const onSave = async () => {
    setBusy(true);
    const ok = await save();
    setBusy(false);
    finish(ok);
  };

  const open = asking || blocker.state === 'blocked';
  const dialog = open ? (
    <Modal opened onClose={() => finish(false)} title="Ungespeicherte Änderungen" data-testid="unsaved-dialog">
      <Stack>
        <Text>Die Kostentabelle enthält Änderungen, die noch nicht gespeichert sind. Was soll mit ihnen geschehen?</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => finish(false)}>
            Abbrechen
          </Button>
          <Button
            color="red"
            variant="light"
            onClick={() => {
              discard();
              finish(true);
            }}
          >
            Verwerfen
          </Button>
          <Button onClick={onSave} loading={busy} data-autofocus>
            Speichern
          </Button>
        </Group>
      </Stack>
    </Modal>
  ) : null;

  return { confirm, dialog };
}
