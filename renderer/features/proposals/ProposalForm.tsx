import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { formatDate } from '../../domain/format';
import { proposalDisplayNames } from '../../domain/proposalNames';
import { proposalInputSchema, type Area, type Meeting, type Party, type Proposal, type ProposalInput } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { FormError } from '../../ui/FormParts';
import { useFormLeaveGuard, useValidatedForm } from '../../ui/useValidatedForm';

interface Props {
  initial: ProposalInput;
  /** The proposal being edited; excluded from its own dependency choices. */
  editingId: string | null;
  areas: Area[];
  parties: Party[];
  meetings: Meeting[];
  proposals: Proposal[];
  onSubmit(values: ProposalInput): Promise<void>;
  onCancel(): void;
}

export function ProposalForm({ initial, editingId, areas, parties, meetings, proposals, onSubmit, onCancel }: Props) {
  const f = de.proposals.fields;
  const { register, control, submit, formState, saveError } = useValidatedForm<ProposalInput>(proposalInputSchema, initial, onSubmit);
  const lead = useWatch({ control, name: 'leadPartyId' });
  const partyOptions = parties.map((p) => ({ value: p.id, label: p.name }));
  const partyNames = new Map(parties.map((p) => [p.id, p.name]));
  const proposalNames = proposalDisplayNames(proposals, (id) => partyNames.get(id) ?? 'Unbekannt');
  const e = formState.errors;
  const guard = useFormLeaveGuard(formState, 'Das Formular');

  return (
    <form onSubmit={submit} noValidate aria-label={editingId ? de.proposals.editTitle : de.proposals.newTitle}>
      {guard.dialog}
      <Stack gap="md" maw={900}>
        <FormError message={saveError} />
        <TextInput label={f.title} withAsterisk {...register('title')} error={e.title?.message} autoFocus />
        <SimpleGrid cols={2}>
          <Controller
            control={control}
            name="areaId"
            render={({ field }) => (
              <Select
                label={f.area}
                withAsterisk
                data={areas.map((a) => ({ value: a.id, label: a.name }))}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={e.areaId?.message}
                searchable
              />
            )}
          />
          <Controller
            control={control}
            name="leadPartyId"
            render={({ field }) => (
              <Select
                label={f.lead}
                withAsterisk
                data={partyOptions}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={e.leadPartyId?.message}
                searchable
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="participantIds"
          render={({ field }) => (
            <MultiSelect
              label={f.participants}
              data={partyOptions.filter((o) => o.value !== lead)}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={e.participantIds?.message}
              searchable
              clearable
            />
          )}
        />
        <Textarea label={f.description} autosize minRows={3} {...register('description')} error={e.description?.message} />
        <SimpleGrid cols={2}>
          <Textarea label={f.goals} autosize minRows={2} {...register('goals')} error={e.goals?.message} />
          <Textarea label={f.benefits} autosize minRows={2} {...register('benefits')} error={e.benefits?.message} />
        </SimpleGrid>
        <Textarea label={f.risks} autosize minRows={2} {...register('risks')} error={e.risks?.message} />
        <SimpleGrid cols={2}>
          <TextInput label={f.responsible} {...register('responsible')} error={e.responsible?.message} />
          <Controller
            control={control}
            name="nextMeetingId"
            render={({ field }) => (
              <Select
                label={f.nextMeeting}
                placeholder="Kein Termin"
                data={meetings.map((m) => ({ value: m.id, label: `${formatDate(m.date)} – ${m.title}` }))}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                clearable
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="dependsOn"
          render={({ field }) => (
            <MultiSelect
              label={f.dependsOn}
              description="Vorschläge, deren Entscheidung abgewartet werden muss."
              data={proposals.filter((p) => p.id !== editingId).map((p) => ({ value: p.id, label: proposalNames.get(p.id) ?? p.title }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={e.dependsOn?.message}
              searchable
              clearable
            />
          )}
        />
        <Group>
          <Button type="submit" loading={formState.isSubmitting}>
            {de.common.save}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {de.common.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
