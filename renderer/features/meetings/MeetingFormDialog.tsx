import { MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { parseGermanDate } from '../../domain/format';
import { Controller } from 'react-hook-form';
import { useDb } from '../../state/DbContext';
import { useParties } from '../../state/useWorkspace';
import { createMeeting, updateMeetingDetails } from '../../data/repositories/meetings';
import { meetingInputSchema, type Meeting, type MeetingInput } from '../../domain/schemas';
import { MEETING_KIND_LABELS, MEETING_KINDS } from '../../domain/vocabulary';
import { DialogActions, FormError } from '../../ui/FormParts';
import { FormModal } from '../../ui/FormModal';
import { de } from '../../i18n/de';
import { useValidatedForm } from '../../ui/useValidatedForm';
import { notifySuccess } from '../../ui/notify';

const KIND_OPTIONS = MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }));

const DATE_ARIA_LABELS = {
  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  previousYear: 'Vorheriges Jahr',
  nextYear: 'Nächstes Jahr',
  previousDecade: 'Vorheriges Jahrzehnt',
  nextDecade: 'Nächstes Jahrzehnt',
  monthLevelControl: 'Monatsauswahl',
  yearLevelControl: 'Jahresauswahl',
};

/** Create or edit a meeting; the date is typed as TT.MM.JJJJ or picked in a German calendar. The agenda is edited on the meeting page. */
export function MeetingFormDialog({ meeting, onClose }: { meeting: Meeting | null; onClose(): void }) {
  const db = useDb();
  const parties = useParties();
  const { register, control, submit, formState, saveError } = useValidatedForm<MeetingInput>(
    meetingInputSchema,
    meeting
      ? {
          title: meeting.title,
          date: meeting.date,
          location: meeting.location,
          kind: meeting.kind,
          participantIds: meeting.participantIds,
          agenda: meeting.agenda,
        }
      : { title: '', date: '', location: '', kind: 'arbeitskreis', participantIds: [], agenda: [] },
    async (values) => {
      if (meeting) {
        const { agenda: _agenda, ...details } = values;
        await updateMeetingDetails(db, meeting.id, details);
      } else await createMeeting(db, values);
      notifySuccess(de.common.saved);
      onClose();
    },
  );
  return (
    <FormModal
      opened
      onClose={onClose}
      dirty={formState.isDirty && !formState.isSubmitting}
      title={meeting ? 'Termin bearbeiten' : 'Termin hinzufügen'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={saveError} />
          <TextInput label="Titel" withAsterisk {...register('title')} error={formState.errors.title?.message} data-autofocus />
          <SimpleGrid cols={2}>
            <Controller
              control={control}
              name="kind"
              render={({ field, fieldState }) => (
                <Select
                  label="Art des Termins"
                  withAsterisk
                  data={KIND_OPTIONS}
                  value={field.value}
                  onChange={(v) => v && field.onChange(v)}
                  onBlur={field.onBlur}
                  allowDeselect={false}
                  error={fieldState.error?.message}
                />
              )}
            />
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
                  ariaLabels={DATE_ARIA_LABELS}
                  dateParser={(text) => parseGermanDate(text)}
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          </SimpleGrid>
          <TextInput label="Ort" {...register('location')} error={formState.errors.location?.message} />
          <Controller
            control={control}
            name="participantIds"
            render={({ field, fieldState }) => (
              <MultiSelect
                label="Teilnehmende Kommunen"
                placeholder={field.value.length ? undefined : 'Kommunen wählen'}
                data={(parties ?? []).map((p) => ({ value: p.id, label: p.name }))}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                searchable
                clearable
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <DialogActions onCancel={onClose} saving={formState.isSubmitting} />
        </Stack>
      </form>
    </FormModal>
  );
}
