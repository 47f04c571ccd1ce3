/**
 * A dialog holding a form. Esc, the close button and a click beside the dialog used to
 * drop whatever was typed; with changed input they now ask first („Weiter bearbeiten“ /
 * „Eingaben verwerfen“). „Abbrechen“ in the form stays a plain close: that is a choice.
 */
import { Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { useState } from 'react';

export const DISCARD_TITLE = 'Eingaben verwerfen?';

export function FormModal({ dirty, onClose, children, ...props }: ModalProps & { dirty: boolean }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Modal {...props} onClose={() => (dirty ? setAsking(true) : onClose())}>
        {children}
      </Modal>
      {/* Above the form's dialog; Esc here goes back to the form. */}
      <Modal opened={asking} onClose={() => setAsking(false)} title={DISCARD_TITLE} size="md" zIndex={400}>
        <Stack>
          <Text>Das Formular enthält Eingaben, die noch nicht gespeichert sind. Beim Schließen gehen sie verloren.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              Weiter bearbeiten
            </Button>
            <Button
              color="red"
              onClick={() => {
                setAsking(false);
                onClose();
              }}
            >
              Eingaben verwerfen
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
