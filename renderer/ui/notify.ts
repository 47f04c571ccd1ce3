import { notifications } from '@mantine/notifications';
import { UserFacingError } from '../domain/errors';

/** Turns any failure into a German message; unexpected ones get a generic, honest text. */
export function messageOf(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  return 'Das hat nicht geklappt; es wurde nichts geändert. Bitte versuchen Sie es noch einmal. Wenn der Fehler bleibt, starten Sie das Programm neu.';
}

export function notifyError(error: unknown): void {
  if (!(error instanceof UserFacingError)) console.error(error);
  notifications.show({ color: 'red', title: 'Nicht gespeichert', message: messageOf(error), autoClose: 10_000 });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}
