/**
 * The main process's part of a presentation: which display shows the slides and which
 * the presenter view, full screen, the display kept awake, and the relay of the current
 * slide between the windows (a long poll answered here; the preload never listens).
 * Electron's modules are injected, so all of it is unit-tested with mocks.
 */
import type { PresentationStartResult, PresentationState } from './ipc/contract';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface DisplayInfo {
  id: number;
  bounds: Bounds;
}

/**
 * The slides go to a display other than the one the app is on (the projector beside the
 * laptop); the presenter view stays where the app was. One display: slides only.
 */
export function planDisplays(displays: readonly DisplayInfo[], appDisplayId: number | null): { slides: DisplayInfo; presenter: DisplayInfo | null } | null {
  if (displays.length === 0) return null;
  const app = displays.find((d) => d.id === appDisplayId) ?? displays[0]!;
  const other = displays.find((d) => d.id !== app.id);
  return other ? { slides: other, presenter: app } : { slides: app, presenter: null };
}

/** The part of a BrowserWindow the controller uses. */
export interface PresentationWindow {
  getBounds(): Bounds;
  setBounds(b: Bounds): void;
  setFullScreen(on: boolean): void;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
  close(): void;
  once(event: 'closed', listener: () => void): unknown;
}

export interface PresentationDeps {
  displays(): DisplayInfo[];
  /** The display nearest to the given window bounds (Electron: screen.getDisplayMatching). */
  displayOf(bounds: Bounds): DisplayInfo;
  mainWindow(): PresentationWindow | null;
  /** Opens the presenter view (app route) at these bounds. */
  openPresenterWindow(bounds: Bounds): PresentationWindow;
  powerSaveBlocker: { start(type: 'prevent-display-sleep'): number; stop(id: number): void; isStarted(id: number): boolean };
}

export function createPresentationController(deps: PresentationDeps) {
  let blocker: number | null = null;
  let presenter: PresentationWindow | null = null;
  let restore: Bounds | null = null;

  async function start(request: { presenterView: boolean }): Promise<PresentationStartResult> {
    const win = deps.mainWindow();
    const displays = deps.displays();
    if (!win) return { displays: displays.length, presenterWindow: false };
    const plan = planDisplays(displays, deps.displayOf(win.getBounds()).id);
    if (!plan) return { displays: 0, presenterWindow: false };
    if (!win.isFullScreen()) {
      restore = win.getBounds();
      // Full screen happens on the display the window is on: move it there first.
      if (deps.displayOf(restore).id !== plan.slides.id) win.setBounds(plan.slides.bounds);
      win.setFullScreen(true);
    }
    if (blocker === null || !deps.powerSaveBlocker.isStarted(blocker)) blocker = deps.powerSaveBlocker.start('prevent-display-sleep');
    if (request.presenterView && plan.presenter && (!presenter || presenter.isDestroyed())) {
      presenter = deps.openPresenterWindow(plan.presenter.bounds);
      presenter.once('closed', () => (presenter = null));
    }
    return { displays: displays.length, presenterWindow: presenter !== null };
  }

  async function end(): Promise<{ ended: boolean }> {
    const win = deps.mainWindow();
    if (win && !win.isDestroyed() && win.isFullScreen()) {
      win.setFullScreen(false);
      if (restore) win.setBounds(restore);
    }
    restore = null;
    if (blocker !== null) deps.powerSaveBlocker.stop(blocker);
    blocker = null;
    if (presenter && !presenter.isDestroyed()) presenter.close();
    presenter = null;
    return { ended: true };
  }

  return { start, end, relay: createRelay() };
}

export type PresentationController = ReturnType<typeof createPresentationController>;

/** How long a poll waits before answering with no news (the window then asks again). */
export const POLL_MS = 25_000;

export function createRelay(
  timers: { set(fn: () => void, ms: number): unknown; clear(t: unknown): void } = { set: setTimeout, clear: (t) => clearTimeout(t as number) },
) {
  let latest: { version: number; state: PresentationState | null } = { version: 0, state: null };
  const waiters = new Set<() => void>();
  return {
    publish(state: PresentationState): { version: number } {
      latest = { version: latest.version + 1, state };
      for (const w of [...waiters]) w();
      return { version: latest.version };
    },
    next(since: number): Promise<{ version: number; state: PresentationState | null }> {
      if (latest.version > since || since > latest.version) return Promise.resolve(latest);
      return new Promise((resolve) => {
        const done = () => {
          waiters.delete(done);
          timers.clear(timer);
          resolve(latest);
        };
        const timer = timers.set(done, POLL_MS);
        waiters.add(done);
      });
    },
  };
}
