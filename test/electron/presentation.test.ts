/**
 * The main process's part of a presentation (electron/presentation.ts) with Electron's
 * modules mocked: where the windows go, full screen, the display kept awake, the relay.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { createPresentationController, createRelay, planDisplays, POLL_MS, type Bounds, type PresentationWindow } from '../../electron/presentation';
import { loadPresenterView, presenterWindowOptions, secureWebPreferences } from '../../electron/windows';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const projector = { id: 2, bounds: { x: 1920, y: 0, width: 1024, height: 768 } };

function fakeWindow(bounds: Bounds) {
  const log: string[] = [];
  let full = false;
  let current = bounds;
  let closed: (() => void) | null = null;
  const win: PresentationWindow & { log: string[] } = {
    log,
    getBounds: () => current,
    setBounds: (b) => {
      log.push(`bounds ${b.x},${b.y}`);
      current = b;
    },
    setFullScreen: (on) => {
      log.push(`fullscreen ${on}`);
      full = on;
    },
    isFullScreen: () => full,
    isDestroyed: () => false,
    close: () => {
      log.push('close');
      closed?.();
    },
    once: (_e, l) => (closed = l),
  };
  return win;
}

function setup(displays = [laptop, projector]) {
  const main = fakeWindow({ x: 100, y: 100, width: 1200, height: 800 });
  const presenters: ReturnType<typeof fakeWindow>[] = [];
  const blocker = { start: vi.fn(() => 7), stop: vi.fn(), isStarted: vi.fn(() => true) };
  const controller = createPresentationController({
    displays: () => displays,
    displayOf: (b) => displays.find((d) => b.x >= d.bounds.x && b.x < d.bounds.x + d.bounds.width) ?? displays[0]!,
    mainWindow: () => main,
    openPresenterWindow: (bounds) => {
      const w = fakeWindow(bounds);
      presenters.push(w);
      return w;
    },
    powerSaveBlocker: blocker,
  });
  return { main, presenters, blocker, controller };
}

describe('presentation windows', () => {
  it('puts the slides on the other display (moved there before full screen) and the presenter view where the app was', async () => {
    const { main, presenters, blocker, controller } = setup();
    expect(await controller.start({ presenterView: true })).toEqual({ displays: 2, presenterWindow: true });
    expect(main.log).toEqual(['bounds 1920,0', 'fullscreen true']);
    expect(presenters.map((p) => p.getBounds())).toEqual([laptop.bounds]);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    // a second start (F5 again) opens no second presenter window
    await controller.start({ presenterView: true });
    expect(presenters).toHaveLength(1);
  });

  it('with one display runs in one window, full screen, and still keeps the display awake', async () => {
    const { main, presenters, blocker, controller } = setup([laptop]);
    expect(await controller.start({ presenterView: true })).toEqual({ displays: 1, presenterWindow: false });
    expect(main.log).toEqual(['fullscreen true']);
    expect(presenters).toEqual([]);
    expect(blocker.start).toHaveBeenCalledOnce();
  });

  it('ends: leaves full screen, puts the window back, closes the presenter view, lets the display sleep', async () => {
    const { main, presenters, blocker, controller } = setup();
    await controller.start({ presenterView: true });
    await controller.end();
    expect(main.log).toEqual(['bounds 1920,0', 'fullscreen true', 'fullscreen false', 'bounds 100,100']);
    expect(presenters[0]!.log).toEqual(['close']);
    expect(blocker.stop).toHaveBeenCalledWith(7);
    await controller.end(); // twice is harmless
    expect(blocker.stop).toHaveBeenCalledOnce();
  });

  it('plans displays for any set, including none and an unknown current display', () => {
    expect(planDisplays([], 1)).toBeNull();
    expect(planDisplays([laptop, projector], 2)).toEqual({ slides: laptop, presenter: projector });
    expect(planDisplays([laptop, projector], 99)).toEqual({ slides: projector, presenter: laptop });
  });

  it('opens the presenter view with exactly the secure preferences, on the app’s own entry', async () => {
    expect(presenterWindowOptions(laptop.bounds, '/app/preload.cjs').webPreferences).toStrictEqual(secureWebPreferences('/app/preload.cjs'));
    const win = { loadURL: vi.fn(async () => undefined) };
    await loadPresenterView(win);
    expect(win.loadURL.mock.calls).toEqual([['app://ikz-planer/index.html#/praesentation/referent']]);
  });
});

describe('slide relay', () => {
  const state = (index: number) => ({ deck: 'termin=m&szenario=basis', index, count: 10, startedAt: 1, ended: false });

  it('answers a waiting window with the next state, and at once when it is behind', async () => {
    const relay = createRelay();
    const waiting = relay.next(0);
    expect(relay.publish(state(3))).toEqual({ version: 1 });
    await expect(waiting).resolves.toEqual({ version: 1, state: state(3) });
    await expect(relay.next(0)).resolves.toEqual({ version: 1, state: state(3) });
  });

  it('answers with no news after the poll time, so a closed window leaves nothing waiting', async () => {
    const timers: (() => void)[] = [];
    const relay = createRelay({ set: (fn, ms) => (expect(ms).toBe(POLL_MS), timers.push(fn)), clear: () => undefined });
    const waiting = relay.next(0);
    timers[0]!();
    await expect(waiting).resolves.toEqual({ version: 0, state: null });
  });
});
