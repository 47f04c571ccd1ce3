import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, type Control } from 'react-hook-form';
import { useDb } from '../../state/DbContext';
import { createParty, updateParty } from '../../data/repositories/masterData';
import { partyInputSchema, type Party, type PartyInput } from '../../domain/schemas';
import { PARTY_KINDS } from '../../domain/vocabulary';
import { de } from '../../i18n/de';
import { useValidatedForm } from '../../ui/useValidatedForm';
import { FormModal } from '../../ui/FormModal';
import { DialogActions, FormError } from '../../ui/FormParts';
import { notifySuccess } from '../../ui/notify';

const EMPTY: PartyInput = { name: '', kind: 'Stadt', inhabitants: null, employees: null, payrollCases: null };

function CountInput({ control, name, label }: { control: Control<PartyInput>; name: 'inhabitants' | 'employees' | 'payrollCases'; label: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          value={field.value ?? ''}
          onChange={(v) => field.onChange(v === '' ? null : Number(v))}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
          hideControls
        />
      )}
    />
  );
}

export function PartyFormDialog({ party, onClose }: { party: Party | null; onClose(): void }) {
  const db = useDb();
  const { register, control, submit, formState, saveError } = useValidatedForm<PartyInput>(
    partyInputSchema,
    party ? { name: party.name, kind: party.kind, inhabitants: party.inhabitants, employees: party.employees, payrollCases: party.payrollCases } : EMPTY,
    async (values) => {
      if (party) await updateParty(db, party.id, values);
      else await createParty(db, values);
      notifySuccess(de.common.saved);
      onClose();
    },
  );
  return (
    <FormModal
      opened
      onClose={onClose}
      dirty={formState.isDirty && !formState.isSubmitting}
      title={party ? `${party.name} bearbeiten` : 'Beteiligten hinzufügen'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={saveError} />
          <SimpleGrid cols={2}>
            <TextInput label="Name" withAsterisk {...register('name')} error={formState.errors.name?.message} data-autofocus />
            <Controller
              control={control}
              name="kind"
              render={({ field, fieldState }) => (
                <Select
                  label="Art"
                  data={[...PARTY_KINDS]}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  error={fieldState.error?.message}
                  allowDeselect={false}
                />
              )}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <CountInput control={control} name="inhabitants" label="Einwohner" />
            <CountInput control={control} name="employees" label="Beschäftigte" />
            <CountInput control={control} name="payrollCases" label="Abrechnungsfälle je Monat" />
          </SimpleGrid>
          <DialogActions onCancel={onClose} saving={formState.isSubmitting} />
        </Stack>
      </form>
    </FormModal>
  );
}
