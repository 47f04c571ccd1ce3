/**
 * Unsaved edits (the cost grid, forms) are never dropped without asking: leaving the screen (menu, browser
 * back, another route), choosing another proposal (a change of the address) and in-page
 * actions that rewrite the lines ask „Speichern / Verwerfen / Abbrechen“. Closing the
 * window asks through `beforeunload` (Electron shows its own dialog, see electron/main.ts).
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router-dom';

interface Options {
  dirty: boolean;
  /** Saves everything; false when it could not (the user stays). Without it, the dialog offers Verwerfen and Abbrechen. */
  save?(): Promise<boolean>;
  discard(): void;
  /** What is unsaved, in the user's words. */
  message?: string;
}

const COST_MESSAGE = 'Die Kostentabelle enthält Änderungen, die noch nicht gespeichert sind. Was soll mit ihnen geschehen?';

export function useUnsavedGuard({ dirty, save, discard, message = COST_MESSAGE }: Options) {
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
    if (!save) return;
    setBusy(true);
    const ok = await save();
    setBusy(false);
    finish(ok);
  };

  const open = asking || blocker.state === 'blocked';
  const dialog = open ? (
    <Modal opened onClose={() => finish(false)} title="Ungespeicherte Änderungen" data-testid="unsaved-dialog">
      <Stack>
        <Text>{message}</Text>
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
          {save ? (
            <Button onClick={onSave} loading={busy} data-autofocus>
              Speichern
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  ) : null;

  return { confirm, dialog };
}
