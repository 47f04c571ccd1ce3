import { ColorInput, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { SERIES_COLORS } from '../../charts/chartFormat';
import { useDb } from '../../data/DbContext';
import { updateArea } from '../../data/repositories/masterData';
import { areaInputSchema, type Area, type AreaInput } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { useValidatedForm } from '../../ui/useValidatedForm';
import { DialogActions, FormError } from '../../ui/FormParts';
import { notifySuccess } from '../../ui/notify';

/** `fallbackColor`: the palette colour the charts use while no colour is chosen. */
export function AreaFormDialog({ area, fallbackColor, onClose }: { area: Area; fallbackColor: string; onClose(): void }) {
  const db = useDb();
  const { register, control, submit, formState, saveError } = useValidatedForm<AreaInput>(areaInputSchema, { name: area.name, description: area.description, color: area.color ?? null }, async (values) => {
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
          <Controller
            control={control}
            name="color"
            render={({ field }) => (
              <ColorInput
                label="Farbe in Diagrammen"
                description={`Leer lassen für die Standardfarbe (${fallbackColor}). Die Vorschläge sind auch bei Farbsehschwäche unterscheidbar (Okabe–Ito).`}
                format="hex"
                swatches={SERIES_COLORS}
                swatchesPerRow={8}
                placeholder={fallbackColor}
                value={field.value ?? ''}
                onChange={(v) => field.onChange(v === '' ? null : v)}
                onBlur={field.onBlur}
                error={formState.errors.color?.message}
              />
            )}
          />
          <DialogActions onCancel={onClose} saving={formState.isSubmitting} />
        </Stack>
      </form>
    </Modal>
  );
}
