import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { AREA_COLOR_NAMES } from '../../domain/figures/areaColors';
import { useDb } from '../../state/DbContext';
import { updateArea } from '../../data/repositories/masterData';
import { areaInputSchema, type Area, type AreaInput } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { useValidatedForm } from '../../ui/useValidatedForm';
import { FormModal } from '../../ui/FormModal';
import { DialogActions, FormError } from '../../ui/FormParts';
import { notifySuccess } from '../../ui/notify';

const STANDARD = 'standard';

const Swatch = ({ color }: { color: string }) => (
  <span aria-hidden="true" style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, background: color, border: '1px solid #555' }} />
);

/** The palette, „Standard“ (empty: the colour of the area's position) and a stored colour outside the palette. */
function colorOptions(fallbackColor: string, current: string | null) {
  const options = [
    { value: STANDARD, label: `Standard nach Reihenfolge (${AREA_COLOR_NAMES[fallbackColor.toUpperCase()] ?? fallbackColor})` },
    ...Object.entries(AREA_COLOR_NAMES).map(([value, label]) => ({ value, label })),
  ];
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: `Eigene Farbe ${current}` });
  return options;
}

/** `fallbackColor`: the palette colour the charts use while no colour is chosen. */
export function AreaFormDialog({ area, fallbackColor, onClose }: { area: Area; fallbackColor: string; onClose(): void }) {
  const db = useDb();
  const { register, control, submit, formState, saveError } = useValidatedForm<AreaInput>(
    areaInputSchema,
    { name: area.name, description: area.description, color: area.color ?? null },
    async (values) => {
      await updateArea(db, area.id, values);
      notifySuccess(de.common.saved);
      onClose();
    },
  );
  return (
    <FormModal opened onClose={onClose} dirty={formState.isDirty && !formState.isSubmitting} title={`Aufgabenfeld „${area.name}“ bearbeiten`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={saveError} />
          <TextInput label="Name" withAsterisk {...register('name')} error={formState.errors.name?.message} data-autofocus />
          <Textarea label="Beschreibung" autosize minRows={2} {...register('description')} error={formState.errors.description?.message} />
          <Controller
            control={control}
            name="color"
            render={({ field }) => (
              <Select
                label="Farbe in Diagrammen"
                description="Farben, die auch bei Farbsehschwäche und am Beamer unterscheidbar sind (Okabe–Ito)."
                data={colorOptions(fallbackColor, field.value ?? null)}
                value={field.value ?? STANDARD}
                onChange={(v) => field.onChange(!v || v === STANDARD ? null : v)}
                onBlur={field.onBlur}
                allowDeselect={false}
                // All nine choices visible without a scroll region (keyboard users reach each).
                maxDropdownHeight={400}
                leftSection={<Swatch color={field.value || fallbackColor} />}
                renderOption={({ option }) => (
                  <span style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                    <Swatch color={option.value === STANDARD ? fallbackColor : option.value} />
                    {option.label}
                  </span>
                )}
                error={formState.errors.color?.message}
              />
            )}
          />
          <DialogActions onCancel={onClose} saving={formState.isSubmitting} />
        </Stack>
      </form>
    </FormModal>
  );
}
