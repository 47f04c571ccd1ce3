import { useEffect, useState } from 'react';

/**
 * Reveals heavy parts of a screen one after another, one per frame: the first part is
 * on screen (and the screen usable) before the next is built. The Übersicht shows its
 * key figures and first chart at once and draws the other charts in the frames after,
 * instead of blocking the window until all five are drawn.
 */
export function useStagedReveal(stages: number): number {
  const [revealed, setRevealed] = useState(1);
  useEffect(() => {
    if (revealed >= stages) return;
    // After the next paint, not before it: a timeout queued from a frame callback runs
    // once the browser has drawn that frame.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setRevealed((n) => n + 1), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [revealed, stages]);
  return revealed;
}
