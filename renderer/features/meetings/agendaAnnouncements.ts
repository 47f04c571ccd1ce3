/**
 * What a screen reader hears while an agenda item is moved with the keyboard or the mouse
 * (@dnd-kit speaks these through its live region). German, with the TOP numbers a
 * treasurer uses, instead of dnd-kit's English defaults.
 */
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

export const AGENDA_DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'Zum Verschieben dieses Tagesordnungspunkts die Leertaste drücken. Mit Pfeil nach oben und nach unten die neue Position wählen, ' +
    'mit der Leertaste ablegen oder mit Escape abbrechen.',
};

/** `ids` in the order shown; `name(id)` is the proposal's display name. */
export function agendaAnnouncements(ids: readonly UniqueIdentifier[], name: (id: UniqueIdentifier) => string): Announcements {
  const top = (id: UniqueIdentifier) => ids.indexOf(id) + 1;
  return {
    onDragStart: ({ active }) => `„${name(active.id)}“ (TOP ${top(active.id)}) aufgenommen.`,
    // dnd-kit reports the item over itself right after pick-up, so this also speaks first.
    onDragOver: ({ active, over }) => {
      if (!over) return `„${name(active.id)}“ ist außerhalb der Tagesordnung.`;
      if (over.id === active.id) return `„${name(active.id)}“ aufgenommen, bisherige Position ${top(over.id)} von ${ids.length}.`;
      return `„${name(active.id)}“ ist über Position ${top(over.id)} von ${ids.length}.`;
    },
    onDragEnd: ({ active, over }) =>
      over ? `„${name(active.id)}“ auf Position ${top(over.id)} abgelegt.` : `„${name(active.id)}“ abgelegt; die Reihenfolge bleibt.`,
    onDragCancel: ({ active }) => `Verschieben abgebrochen. „${name(active.id)}“ bleibt TOP ${top(active.id)}.`,
  };
}
