import { Alert, Button, Group } from '@mantine/core';
import { de } from '../i18n/de';

/** The save error of a form, announced to screen readers; nothing when there is none. */
export function FormError({ message, title = 'Nicht gespeichert' }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      {message}
    </Alert>
  );
}

/** Cancel and save, right-aligned, for forms in dialogs. */
export function DialogActions({
  onCancel,
  saving,
  saveLabel = de.common.save,
  onSave,
}: {
  onCancel(): void;
  saving?: boolean;
  saveLabel?: string;
  onSave?: () => void;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {de.common.cancel}
      </Button>
      <Button type={onSave ? 'button' : 'submit'} loading={saving} onClick={onSave}>
        {saveLabel}
      </Button>
    </Group>
  );
}

/**
 * Cancel and a red confirm, right-aligned, for dialogs that delete or overwrite something.
 * Cancel takes the focus: Enter right after the dialog opens must not destroy anything.
 */
export function ConfirmActions({ onCancel, confirmLabel, onConfirm, busy }: { onCancel(): void; confirmLabel: string; onConfirm(): void; busy?: boolean }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
        {de.common.cancel}
      </Button>
      <Button color="red" onClick={onConfirm} loading={busy}>
        {confirmLabel}
      </Button>
    </Group>
  );
}
