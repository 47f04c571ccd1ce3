/**
 * Presentation in the browser fallback: the Fullscreen API for the slides, and a
 * BroadcastChannel between the slides and a presenter view opened with `window.open`
 * (same origin, same browser). Same operations as the Electron bridge, where the main
 * process places the windows and relays the state.
 */
import type { PreloadApi, PresentationState } from '../../electron/ipc/contract';

type Versioned = { version: number; state: PresentationState | null };
type Message = { type: 'state'; version: number; state: PresentationState } | { type: 'hello' };

const CHANNEL = 'ikz-planer-praesentation';
/** A waiting presenter view asks again after this long (as the Electron long poll does). */
const POLL_MS = 25_000;

let latest: Versioned = { version: 0, state: null };
let channel: BroadcastChannel | null = null;
const waiters = new Set<() => void>();

function wake() {
  for (const w of [...waiters]) w();
}

function open(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m?.type === 'state' && m.version > latest.version) {
      latest = { version: m.version, state: m.state };
      wake();
    } else if (m?.type === 'hello' && latest.state) {
      // A presenter view opened later learns where the talk stands.
      channel?.postMessage({ type: 'state', version: latest.version, state: latest.state } satisfies Message);
    }
  };
  return channel;
}

export const browserPresentation: Pick<PreloadApi, 'presentationStart' | 'presentationEnd' | 'presentationPublish' | 'presentationNext'> = {
  async presentationStart() {
    try {
      if (!document.fullscreenElement) await document.documentElement.requestFullscreen?.({ navigationUI: 'hide' });
    } catch {
      // Refused (no user gesture, a kiosk policy): the slides still fill the window.
    }
    return { displays: 1, presenterWindow: false };
  },
  async presentationEnd() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
    } catch {
      // Already left (the browser's own Esc).
    }
    return { ended: true };
  },
  async presentationPublish(state) {
    // Versions by the clock (+1): windows of one browser share it, so the newest wins.
    const version = Math.max(Date.now(), latest.version + 1);
    latest = { version, state };
    open()?.postMessage({ type: 'state', version, state } satisfies Message);
    wake();
    return { version };
  },
  presentationNext(since) {
    const ch = open();
    if (latest.version > since) return Promise.resolve(latest);
    if (since === 0) ch?.postMessage({ type: 'hello' } satisfies Message);
    return new Promise((resolve) => {
      const done = () => {
        waiters.delete(check);
        clearTimeout(timer);
        resolve(latest);
      };
      const check = () => {
        if (latest.version > since) done();
      };
      const timer = setTimeout(done, POLL_MS);
      waiters.add(check);
    });
  },
};

/** Opens the presenter view in a second browser window (to drag onto the laptop screen). */
export function openPresenterWindow(deck: string): boolean {
  const url = `${location.pathname}${location.search}#/praesentation/referent?${deck}`;
  return window.open(url, 'ikz-planer-referentenansicht', 'popup,width=1280,height=800') !== null;
}
