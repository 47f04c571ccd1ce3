/**
 * What a key does during a presentation, as a pure function (unit-tested without a
 * browser). Presenter clickers send PageDown/PageUp or the arrow keys; a number typed
 * and then Enter jumps to that slide, as in the usual presentation programs.
 */
export interface DeckPosition {
  index: number;
  count: number;
  /** Digits typed so far for a jump („3“ of „Folie 3“), empty when none. */
  digits: string;
}

export type KeyOutcome = { kind: 'move'; position: DeckPosition } | { kind: 'exit' } | { kind: 'ignored' };

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);
/** Keys a focused control (a party checkbox, the rate field) needs for itself. */
const CONTROL_KEYS = new Set([' ', 'Spacebar', 'Enter', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Backspace', 'n', 'N', 'p', 'P']);
const MAX_DIGITS = 3;

const clamp = (i: number, count: number) => Math.max(0, Math.min(count - 1, i));

export function slideKey(position: DeckPosition, key: string, options: { inControl?: boolean } = {}): KeyOutcome {
  const { index, count, digits } = position;
  if (options.inControl && (CONTROL_KEYS.has(key) || /^\d$/.test(key))) return { kind: 'ignored' };
  const at = (i: number): KeyOutcome => ({ kind: 'move', position: { index: clamp(i, count), count, digits: '' } });
  if (/^\d$/.test(key)) {
    const next = (digits + key).slice(-MAX_DIGITS);
    return { kind: 'move', position: { index, count, digits: next } };
  }
  if (key === 'Escape') return digits ? at(index) : { kind: 'exit' };
  if (key === 'Enter' && digits) {
    const wanted = Number(digits);
    // A number beyond the deck goes nowhere rather than to the last slide by surprise.
    return wanted >= 1 && wanted <= count ? at(wanted - 1) : at(index);
  }
  if (key === 'Backspace' && digits) return { kind: 'move', position: { index, count, digits: digits.slice(0, -1) } };
  if (NEXT.has(key)) return at(index + 1);
  if (PREVIOUS.has(key)) return at(index - 1);
  if (key === 'Home') return at(0);
  if (key === 'End') return at(count - 1);
  return { kind: 'ignored' };
}

/** True when keyboard focus is in a control that uses Space, Enter or arrows itself. */
export function isInControl(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('input, select, textarea, button, [role="checkbox"], [role="radio"], [role="switch"], [contenteditable="true"]') !== null;
}
