import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { de } from '../i18n/de';
import { messageOf } from './notify';
import { useUnsavedGuard } from './useUnsavedGuard';

/**
 * A form validated by the shared zod schema, validated on submit (a message appearing on
 * blur would shift the layout under the pointer), with one German save error: the
 * schema's field messages, or the repository's refusal. Nothing is saved until valid.
 */
// One cast: the schema's input and output types equal T for every form here.
export function useValidatedForm<T extends FieldValues>(schema: z.ZodType, defaultValues: DefaultValues<T>, save: (values: T) => Promise<void>) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useForm<T>({ resolver: zodResolver(schema as never) as unknown as Resolver<T>, defaultValues, mode: 'onSubmit' });
  const submit = form.handleSubmit(
    async (values) => {
      setSaveError(null);
      try {
        await save(values);
        // What was saved is the new starting point: the form is no longer "changed".
        form.reset(values, { keepValues: true });
      } catch (error) {
        setSaveError(messageOf(error));
      }
    },
    () => setSaveError(de.common.formHasErrors),
  );
  return { ...form, submit, saveError };
}

/** Leaving a page with a changed, unsaved form asks first (Verwerfen / Abbrechen). */
export function useFormLeaveGuard(formState: { isDirty: boolean; isSubmitting: boolean }, what: string) {
  return useUnsavedGuard({
    dirty: formState.isDirty && !formState.isSubmitting,
    discard: () => {},
    message: `${what} enthält Eingaben, die noch nicht gespeichert sind. Beim Verlassen gehen sie verloren; zum Behalten bitte „Abbrechen“ und dann speichern.`,
  });
}
