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
  it('opens the database in the worker, asks for each scenario once and tells subscribers about results', () => {
    const w = fakeWorker();
    const client = new CalculationClient(w, 'ikz-planer');
    const listener = vi.fn();
    client.subscribe(listener);
    client.request('basis');
    client.request('basis');
    expect(w.sent).toEqual([
      { type: 'open', dbName: 'ikz-planer' },
      { type: 'scenario', scenario: 'basis' },
    ]);
    expect(client.get('basis')).toBeUndefined();
    const items = [{ id: 'p' }] as CalculatedProposal[];
    w.reply({ type: 'result', scenario: 'basis', version: 1, items });
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

  it('shows the saved calculation until the worker answers, then the worker’s', async () => {
    const w = fakeWorker();
    const client = new CalculationClient(w, 'ikz-planer', async () => saved);
    client.request('basis');
    await vi.waitFor(() => expect(client.get('basis')).toBe(saved));
    w.reply({ type: 'result', scenario: 'basis', version: 1, items: fresh });
    expect(client.get('basis')).toBe(fresh);
  });

  it('never lets a saved calculation that arrives late replace the worker’s', async () => {
    const w = fakeWorker();
    let release!: (v: CalculatedProposal[]) => void;
    const client = new CalculationClient(w, 'ikz-planer', () => new Promise((r) => (release = r)));
    client.request('basis');
    w.reply({ type: 'result', scenario: 'basis', version: 1, items: fresh });
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
