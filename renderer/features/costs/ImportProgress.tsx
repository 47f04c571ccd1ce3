import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';

/** While a file is read in the background: what happens, how far, and a way out. */
export function ImportProgress({ fileName, phase, fraction, onCancel }: { fileName: string; phase: string; fraction: number; onCancel(): void }) {
  return (
    <Modal opened onClose={onCancel} title={`„${fileName}“ wird gelesen`} closeOnClickOutside={false}>
      <Stack>
        <Text aria-live="polite">{phase} …</Text>
        <Progress value={Math.round(fraction * 100)} animated aria-label="Fortschritt beim Einlesen" />
        <Text size="sm" c="gray.7">
          Das Programm bleibt bedienbar. Beim Abbrechen wird nichts geändert.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-testid="cancel-import-parse">
            Abbrechen
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
