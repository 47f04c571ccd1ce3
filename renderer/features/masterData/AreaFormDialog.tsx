import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useDb } from '../../data/DbContext';
import { updateArea } from '../../data/repositories/masterData';
import { areaInputSchema, type Area, type AreaInput } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { DialogActions, FormError } from '../../ui/FormParts';
import { messageOf, notifySuccess } from '../../ui/notify';

export function AreaFormDialog({ area, onClose }: { area: Area; onClose(): void }) {
  const db = useDb();
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<AreaInput>({
    resolver: zodResolver(areaInputSchema),
    defaultValues: { name: area.name, description: area.description },
  });
  const submit = handleSubmit(
    async (values) => {
      try {
        await updateArea(db, area.id, values);
        notifySuccess(de.common.saved);
        onClose();
      } catch (e) {
        setSaveError(messageOf(e));
      }
    },
    () => setSaveError(de.common.formHasErrors),
  );
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
