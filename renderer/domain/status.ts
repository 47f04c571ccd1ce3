/**
 * The life cycle of a cooperation proposal and which moves between stages make sense.
 * Pure: the UI and the repository both ask these functions, so a refused move is
 * refused everywhere with the same words.
 */
export const PROPOSAL_STATUSES = [
  'idee',
  'in_pruefung',
  'vertragsentwurf',
  'beschlussreif',
  'beschlossen',
  'in_umsetzung',
  'umgesetzt',
  'auf_eis',
  'verworfen',
] as const;

export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const STATUS_LABELS: Record<ProposalStatus, string> = {
  idee: 'Idee',
  in_pruefung: 'In Prüfung',
  vertragsentwurf: 'Vertragsentwurf',
  beschlussreif: 'Beschlussreif',
  beschlossen: 'Beschlossen',
  in_umsetzung: 'In Umsetzung',
  umgesetzt: 'Umgesetzt',
  auf_eis: 'Auf Eis',
  verworfen: 'Verworfen',
};

/** Stages that need a written reason, so that a reader later knows why. */
export const STATUSES_NEEDING_REASON: readonly ProposalStatus[] = ['auf_eis', 'verworfen'];

/**
 * The reason that belongs to the current status, with a heading naming that status, or
 * null. Only „Auf Eis“ and „Verworfen“ carry a current reason: once a proposal moves on,
 * the old reason (or a note typed on resuming) lives in the status history only, and is
 * never shown under another stage's name.
 */
export function currentStatusReason(p: { status: ProposalStatus; statusReason: string }): { title: string; text: string } | null {
  if (!STATUSES_NEEDING_REASON.includes(p.status)) return null;
  const text = p.statusReason.trim();
  return text ? { title: `Begründung (${STATUS_LABELS[p.status]})`, text } : null;
}

/** What `statusReason` holds after a move to `target`: the reason only where the status needs one. */
export function statusReasonFor(target: ProposalStatus, reason: string): string {
  return STATUSES_NEEDING_REASON.includes(target) ? reason.trim() : '';
}

/**
 * Forward moves of the normal path plus one step back where a draft has to be reworked.
 * "Auf Eis" and "Verworfen" are reachable from every open stage.
 */
const REGULAR_MOVES: Record<ProposalStatus, readonly ProposalStatus[]> = {
  idee: ['in_pruefung'],
  in_pruefung: ['vertragsentwurf', 'idee'],
  vertragsentwurf: ['beschlussreif', 'in_pruefung'],
  beschlussreif: ['beschlossen', 'vertragsentwurf'],
  beschlossen: ['in_umsetzung'],
  in_umsetzung: ['umgesetzt'],
  umgesetzt: [],
  auf_eis: ['idee', 'in_pruefung'],
  verworfen: ['idee'],
};

const CAN_BE_PAUSED_OR_DROPPED: readonly ProposalStatus[] = ['idee', 'in_pruefung', 'vertragsentwurf', 'beschlussreif', 'beschlossen', 'in_umsetzung'];

export interface StatusHistoryEntry {
  status: ProposalStatus;
  at: string;
  by: string;
  reason: string;
}

/** The stage a proposal had before it was put on hold, so it can resume where it stopped. */
export function statusBeforeHold(history: readonly StatusHistoryEntry[]): ProposalStatus | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry && entry.status !== 'auf_eis') return entry.status;
  }
  return null;
}

export function allowedNextStatuses(current: ProposalStatus, history: readonly StatusHistoryEntry[] = []): ProposalStatus[] {
  const next = new Set<ProposalStatus>(REGULAR_MOVES[current]);
  if (CAN_BE_PAUSED_OR_DROPPED.includes(current)) {
    next.add('auf_eis');
    next.add('verworfen');
  }
  if (current === 'auf_eis') {
    const before = statusBeforeHold(history);
    if (before && before !== 'verworfen' && before !== 'umgesetzt') next.add(before);
    next.add('verworfen');
  }
  return PROPOSAL_STATUSES.filter((s) => next.has(s));
}

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function checkTransition(current: ProposalStatus, target: ProposalStatus, reason: string, history: readonly StatusHistoryEntry[] = []): TransitionCheck {
  if (current === target) {
    return { ok: false, message: `Der Vorschlag hat bereits den Status „${STATUS_LABELS[target]}“.` };
  }
  const allowed = allowedNextStatuses(current, history);
  if (!allowed.includes(target)) {
    const options = allowed.map((s) => `„${STATUS_LABELS[s]}“`).join(', ');
    return {
      ok: false,
      message:
        `Von „${STATUS_LABELS[current]}“ kann nicht direkt zu „${STATUS_LABELS[target]}“ gewechselt werden. ` +
        (allowed.length > 0 ? `Möglich sind: ${options}.` : 'Dieser Status ist abschließend.'),
    };
  }
  if (STATUSES_NEEDING_REASON.includes(target) && reason.trim().length < 3) {
    return {
      ok: false,
      message: `Für „${STATUS_LABELS[target]}“ ist eine Begründung nötig. Bitte tragen Sie ein, warum.`,
    };
  }
  return { ok: true };
}

/** A dependency counts as settled once the other proposal has been decided. */
export const SETTLED_STATUSES: readonly ProposalStatus[] = ['beschlossen', 'in_umsetzung', 'umgesetzt'];

export function isSettled(status: ProposalStatus): boolean {
  return SETTLED_STATUSES.includes(status);
}
