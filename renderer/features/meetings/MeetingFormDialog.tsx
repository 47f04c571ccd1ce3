import { Modal, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { parseGermanDate } from '../../domain/format';
import { Controller } from 'react-hook-form';
import { useDb } from '../../state/DbContext';
import { createMeeting, updateMeeting } from '../../data/repositories/meetings';
import { meetingInputSchema, type Meeting, type MeetingInput } from '../../domain/schemas';
import { DialogActions, FormError } from '../../ui/FormParts';
import { de } from '../../i18n/de';
import { useValidatedForm } from '../../ui/useValidatedForm';
import { notifySuccess } from '../../ui/notify';

/** Create or edit a meeting; the date is typed as TT.MM.JJJJ or picked in a German calendar. */
export function MeetingFormDialog({ meeting, onClose }: { meeting: Meeting | null; onClose(): void }) {
  const db = useDb();
  const { register, control, submit, formState, saveError } = useValidatedForm<MeetingInput>(
    meetingInputSchema,
    // Kind, participants and agenda are edited elsewhere on the Termine screen; the form keeps them as they are.
    meeting
      ? {
          title: meeting.title,
          date: meeting.date,
          location: meeting.location,
          kind: meeting.kind,
          participantIds: meeting.participantIds,
          agenda: meeting.agenda,
        }
      : { title: '', date: '', location: '', kind: 'sonstiges', participantIds: [], agenda: [] },
    async (values) => {
      if (meeting) await updateMeeting(db, meeting.id, values);
      else await createMeeting(db, values);
      notifySuccess(de.common.saved);
      onClose();
    },
  );
  return (
    <Modal opened onClose={onClose} title={meeting ? 'Termin bearbeiten' : 'Termin hinzufügen'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={saveError} />
          <TextInput label="Titel" withAsterisk {...register('title')} error={formState.errors.title?.message} data-autofocus />
          <Controller
            control={control}
            name="date"
            render={({ field, fieldState }) => (
              <DateInput
                label="Datum"
                withAsterisk
                valueFormat="DD.MM.YYYY"
                // Days of the neighbouring months are drawn dimmed below the contrast minimum
                // (axe: 28./29.02.2028 in the March 2028 calendar); they are not needed here.
                hideOutsideDates
                placeholder="TT.MM.JJJJ"
                ariaLabels={{
                  previousMonth: 'Vorheriger Monat',
                  nextMonth: 'Nächster Monat',
                  previousYear: 'Vorheriges Jahr',
                  nextYear: 'Nächstes Jahr',
                  previousDecade: 'Vorheriges Jahrzehnt',
                  nextDecade: 'Nächstes Jahrzehnt',
                  monthLevelControl: 'Monatsauswahl',
                  yearLevelControl: 'Jahresauswahl',
                }}
                dateParser={(text) => parseGermanDate(text)}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
          <TextInput label="Ort" {...register('location')} error={formState.errors.location?.message} />
          <DialogActions onCancel={onClose} saving={formState.isSubmitting} />
        </Stack>
      </form>
    </Modal>
  );
}
