/**
 * What a screen reader hears while a section is moved with the keyboard or the mouse
 * (@dnd-kit's live region), in German with the § numbers, instead of dnd-kit's English.
 */
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

export const SECTION_DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'Zum Verschieben dieses Abschnitts die Leertaste drücken. Mit Pfeil nach oben und nach unten die neue Position wählen, ' +
    'mit der Leertaste ablegen oder mit Escape abbrechen.',
};

export function sectionAnnouncements(ids: readonly UniqueIdentifier[], name: (id: UniqueIdentifier) => string): Announcements {
  const pos = (id: UniqueIdentifier) => ids.indexOf(id) + 1;
  return {
    onDragStart: ({ active }) => `„${name(active.id)}“ (§ ${pos(active.id)}) aufgenommen.`,
    onDragOver: ({ active, over }) => {
      if (!over) return `„${name(active.id)}“ ist außerhalb der Abschnitte.`;
      if (over.id === active.id) return `„${name(active.id)}“ aufgenommen, bisher § ${pos(over.id)} von ${ids.length}.`;
      return `„${name(active.id)}“ ist über § ${pos(over.id)} von ${ids.length}.`;
    },
    onDragEnd: ({ active, over }) => (over ? `„${name(active.id)}“ als § ${pos(over.id)} abgelegt.` : `„${name(active.id)}“ abgelegt; die Reihenfolge bleibt.`),
    onDragCancel: ({ active }) => `Verschieben abgebrochen. „${name(active.id)}“ bleibt § ${pos(active.id)}.`,
  };
}
