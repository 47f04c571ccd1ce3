/** The slides of a presentation, in order, and the words that name each one. */
import type { ProposalStatus } from '../../domain/status';

export type Slide =
  | { kind: 'title' }
  | { kind: 'keyFigures' }
  | { kind: 'areas' }
  | { kind: 'cumulative' }
  | { kind: 'proposal'; proposalId: string; number: number }
  | { kind: 'nextSteps' };

export function buildDeck(proposalIds: readonly string[]): Slide[] {
  return [
    { kind: 'title' },
    { kind: 'keyFigures' },
    { kind: 'areas' },
    { kind: 'cumulative' },
    ...proposalIds.map((proposalId, i): Slide => ({ kind: 'proposal', proposalId, number: i + 1 })),
    { kind: 'nextSteps' },
  ];
}

export function slideLabel(slide: Slide, proposalTitle: (id: string) => string): string {
  switch (slide.kind) {
    case 'title':
      return 'Titel';
    case 'keyFigures':
      return 'Kennzahlen';
    case 'areas':
      return 'Einsparung je Aufgabenfeld';
    case 'cumulative':
      return 'Kumulierte Einsparung';
    case 'proposal':
      return `TOP ${slide.number}: ${proposalTitle(slide.proposalId)}`;
    case 'nextSteps':
      return 'Nächste Schritte und Termine';
  }
}

/** What usually comes next for a proposal in this stage (the slide „Nächste Schritte“). */
export const NEXT_STEP: Record<ProposalStatus, string> = {
  idee: 'Prüfauftrag erteilen',
  in_pruefung: 'Prüfung abschließen, Vertragsentwurf erarbeiten',
  vertragsentwurf: 'Vertragsentwurf abstimmen',
  beschlussreif: 'Beschluss in den Räten herbeiführen',
  beschlossen: 'Umsetzung vorbereiten',
  in_umsetzung: 'Umsetzung fortführen',
  umgesetzt: 'Wirkung nachhalten',
  auf_eis: 'Wiederaufnahme klären',
  verworfen: 'keine weiteren Schritte',
};

export const slideCounter = (index: number, count: number) => `Folie ${index + 1} von ${count}`;

/** Stable key of a slide for its presenter note (kept when the agenda is reordered). */
export function slideKeyOf(slide: Slide): string {
  return slide.kind === 'proposal' ? `proposal:${slide.proposalId}` : slide.kind;
}
