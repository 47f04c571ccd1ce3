/**
 * Keeps the slides and the presenter view on the same slide: each publishes its moves
 * through the platform (Electron: the main process relays them; browser: a
 * BroadcastChannel) and follows the other's with a long poll.
 */
import { useEffect, useRef } from 'react';
import { platform, type PresentationState } from '../../platform';

export function usePresentationSync(onState: (state: PresentationState) => void) {
  const handler = useRef(onState);
  useEffect(() => {
    handler.current = onState;
  });
  const version = useRef(0);
  useEffect(() => {
    let stopped = false;
    void (async () => {
      while (!stopped) {
        try {
          const next = await platform.presentationNext(version.current);
          if (stopped) return;
          if (next.version > version.current) {
            version.current = next.version;
            if (next.state) handler.current(next.state);
          }
        } catch {
          // The relay is gone (window closing): stop following.
          return;
        }
      }
    })();
    return () => {
      stopped = true;
    };
  }, []);
  return (state: PresentationState) => {
    void platform.presentationPublish(state).then((r) => {
      version.current = Math.max(version.current, r.version);
    });
  };
}
