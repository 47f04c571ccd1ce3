import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useDb } from '../../data/DbContext';
import { updateArea } from '../../data/repositories/masterData';
import { areaInputSchema, type Area, type AreaInput } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { useValidatedForm } from '../../ui/useValidatedForm';
import { DialogActions, FormError } from '../../ui/FormParts';
import { notifySuccess } from '../../ui/notify';

export function AreaFormDialog({ area, onClose }: { area: Area; onClose(): void }) {
  const db = useDb();
  const { register, submit, formState, saveError } = useValidatedForm<AreaInput>(areaInputSchema, { name: area.name, description: area.description }, async (values) => {
    await updateArea(db, area.id, values);
    notifySuccess(de.common.saved);
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={`Aufgabenfeld „${area.name}“ bearbeiten`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={saveError} />
          <TextInput label="Name" withAsterisk {...register('name')} error={formState.errors.name?.message} data-autofocus />
          <Textarea label="Beschreibung" autosize minRows={2} {...register('description')} error={formState.errors.description?.message} />
          <DialogActions onCancel={onClose} saving={formState.isSubmitting} />
        </Stack>
      </form>
    </Modal>
  );
}
