import { Button, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useDb } from '../../state/DbContext';
import { saveSettings } from '../../data/repositories/saveSettings';
import { settingsInputSchema, type Party, type Settings, type SettingsInput } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { FormError } from '../../ui/FormParts';
import { useFormLeaveGuard, useValidatedForm } from '../../ui/useValidatedForm';
import { notifySuccess } from '../../ui/notify';

export function SettingsForm({ settings, parties }: { settings: Settings; parties: Party[] }) {
  const db = useDb();
  const { register, control, submit, formState, saveError } = useValidatedForm<SettingsInput>(
    settingsInputSchema,
    {
      userName: settings.userName,
      homePartyId: settings.homePartyId,
      discountRatePercent: settings.discountRatePercent,
      observationYears: settings.observationYears,
    },
    async (values) => {
      await saveSettings(db, values);
      notifySuccess('Einstellungen gespeichert.');
    },
  );
  const guard = useFormLeaveGuard(formState, 'Der Bereich „Allgemein“');
  return (
    <form onSubmit={submit} noValidate aria-label="Einstellungen">
      {guard.dialog}
      <Stack maw={720}>
        <FormError message={saveError} />
        <SimpleGrid cols={2}>
          <TextInput
            label="Ihr Name"
            description="Erscheint im Änderungsprotokoll."
            withAsterisk
            {...register('userName')}
            error={formState.errors.userName?.message}
          />
          <Controller
            control={control}
            name="homePartyId"
            render={({ field }) => (
              <Select
                label="Dieser Rechner gehört zu"
                placeholder="Bitte wählen"
                data={parties.map((p) => ({ value: p.id, label: p.name }))}
                value={field.value}
                onChange={field.onChange}
                clearable
                searchable
              />
            )}
          />
          <Controller
            control={control}
            name="discountRatePercent"
            render={({ field, fieldState }) => (
              <NumberInput
                label="Standard-Diskontierungszinssatz (% p. a.)"
                description="Gilt für alle Vorschläge ohne eigens gespeicherte Berechnungsgrundlagen. Nominal; das BMF nannte im Juli 2023 0,9 % für den Regelfall."
                decimalSeparator=","
                thousandSeparator="."
                decimalScale={3}
                value={field.value}
                onChange={(v) => field.onChange(v === '' ? undefined : Number(v))}
                error={fieldState.error?.message}
                hideControls
              />
            )}
          />
          <Controller
            control={control}
            name="observationYears"
            render={({ field, fieldState }) => (
              <NumberInput
                label="Standard-Betrachtungszeitraum (Jahre)"
                description="Für neu angelegte Vorschläge; üblich sind 5 bis 15 Jahre."
                allowDecimal={false}
                value={field.value}
                onChange={(v) => field.onChange(v === '' ? undefined : Number(v))}
                error={fieldState.error?.message}
              />
            )}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={formState.isSubmitting}>
            {de.common.save}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
