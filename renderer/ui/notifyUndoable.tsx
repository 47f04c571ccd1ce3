import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { de } from '../i18n/de';
import { notifyError } from './notify';

/**
 * „… gelöscht.“ with a „Rückgängig“ button for 15 seconds (deleted proposals, contract
 * drafts, own templates, agenda items). `undo` runs once; its failure is reported.
 */
export function notifyUndoable(message: ReactNode, undo: () => Promise<unknown>): void {
  const id = notifications.show({
    color: 'gray',
    autoClose: 15_000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            void undo().catch(notifyError);
          }}
        >
          {de.common.undo}
        </Button>
      </Group>
    ),
  });
}
