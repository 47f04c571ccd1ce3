import { describe, expect, it, vi } from 'vitest';
import { CalculationClient, type FromWorker, type ToWorker } from '../../renderer/data/calculationClient';
import type { CalculatedProposal } from '../../renderer/domain/costs/aggregate';

function fakeWorker() {
  const sent: ToWorker[] = [];
  const w = {
    sent,
    terminated: false,
    onmessage: null as ((e: MessageEvent<FromWorker>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage: (m: ToWorker) => void sent.push(m),
    terminate() {
      w.terminated = true;
    },
    reply: (m: FromWorker) => w.onmessage!({ data: m } as MessageEvent<FromWorker>),
  };
  return w;
}

describe('CalculationClient', () => {
  it('opens the database in the worker, asks for each scenario once and tells subscribers about results', async () => {
    const w = fakeWorker();
    const client = new CalculationClient(w, 'ikz-planer');
    const listener = vi.fn();
    client.subscribe(listener);
    client.request('basis');
    client.request('basis');
    // Without a saved calculation the worker reads the workspace at once.
    await vi.waitFor(() =>
      expect(w.sent).toEqual([
        { type: 'scenario', scenario: 'basis' },
        { type: 'open', dbName: 'ikz-planer' },
      ]),
    );
    expect(client.get('basis')).toBeUndefined();
    const items = [{ id: 'p' }] as CalculatedProposal[];
    w.reply({ type: 'result', scenario: 'basis', version: 1, revision: 4, items });
    expect(client.get('basis')).toBe(items);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('marks itself failed on an error, so the app calculates on the UI thread', () => {
    const w = fakeWorker();
    const client = new CalculationClient(w, 'ikz-planer');
    const listener = vi.fn();
    client.subscribe(listener);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    w.reply({ type: 'error', message: 'IndexedDB nicht erreichbar' });
    expect(client.failed).toBe(true);
    expect(w.terminated).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('CalculationClient with a saved calculation', () => {
  const saved = [{ id: 'saved' }] as CalculatedProposal[];
  const fresh = [{ id: 'fresh' }] as CalculatedProposal[];

  it('shows the saved calculation until the worker answers, then the worker’s; the worker starts a moment later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const w = fakeWorker();
      // Saved at revision 7; the data moved on before the worker read them.
      const client = new CalculationClient(w, 'ikz-planer', async () => ({ items: saved, revision: 7 }));
      client.request('basis');
      await vi.waitFor(() => expect(client.get('basis')).toBe(saved));
      expect(w.sent.map((m) => m.type)).toEqual(['scenario']);
      vi.advanceTimersByTime(1000);
      expect(w.sent.map((m) => m.type)).toEqual(['scenario', 'open']);
      vi.advanceTimersByTime(5000);
      expect(w.sent.filter((m) => m.type === 'open')).toHaveLength(1);
      w.reply({ type: 'result', scenario: 'basis', version: 1, revision: 8, items: fresh });
      expect(client.get('basis')).toBe(fresh);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the saved calculation when the worker confirms it for the same revision: no redraw, later results still come through', async () => {
    const w = fakeWorker();
    const client = new CalculationClient(w, 'ikz-planer', async () => ({ items: saved, revision: 7 }));
    const listener = vi.fn();
    client.subscribe(listener);
    client.request('basis');
    await vi.waitFor(() => expect(client.get('basis')).toBe(saved));
    expect(listener).toHaveBeenCalledTimes(1);
    w.reply({ type: 'result', scenario: 'basis', version: 1, revision: 7, items: fresh });
    expect(client.get('basis')).toBe(saved);
    expect(listener).toHaveBeenCalledTimes(1);
    // An edit afterwards (even one that lands on the same revision number) is shown.
    const edited = [{ id: 'edited' }] as CalculatedProposal[];
    w.reply({ type: 'result', scenario: 'basis', version: 2, revision: 7, items: edited });
    expect(client.get('basis')).toBe(edited);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('starts the worker after three seconds even if the saved calculation never comes', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const w = fakeWorker();
      const client = new CalculationClient(w, 'ikz-planer', () => new Promise(() => {}));
      client.request('basis');
      vi.advanceTimersByTime(2999);
      expect(w.sent.map((m) => m.type)).toEqual(['scenario']);
      vi.advanceTimersByTime(1);
      expect(w.sent.map((m) => m.type)).toEqual(['scenario', 'open']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never lets a saved calculation that arrives late replace the worker’s', async () => {
    const w = fakeWorker();
    let release!: (v: CalculatedProposal[]) => void;
    const client = new CalculationClient(w, 'ikz-planer', () => new Promise((r) => (release = (items) => r({ items, revision: 1 }))));
    client.request('basis');
    w.reply({ type: 'result', scenario: 'basis', version: 1, revision: 1, items: fresh });
    release(saved);
    await new Promise((r) => setTimeout(r, 0));
    expect(client.get('basis')).toBe(fresh);
  });

  it('shows nothing when no saved calculation matches', async () => {
    const w = fakeWorker();
    const loader = vi.fn(async () => undefined);
    const client = new CalculationClient(w, 'ikz-planer', loader);
    client.request('basis');
    await vi.waitFor(() => expect(loader).toHaveBeenCalledWith('basis'));
    expect(client.get('basis')).toBeUndefined();
  });
});
