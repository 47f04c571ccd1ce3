import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportError } from '../../renderer/data/import/costImport';
import { ImportCancelled, parseCostFile } from '../../renderer/data/import/parseInWorker';

const ctx = { proposalId: 'p', parties: [{ id: 'luenen', name: 'Lünen' }], years: [2027] };
const csv = new TextEncoder().encode('Kommune;Variante;Kategorie;Art;Haushaltswirksam;Bezeichnung;2027\nLünen;Ist;Personal;laufend;ja;A;1\n');

/** A worker that only records what happens to it; the test decides what it answers. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('parsing a cost file off the main thread', () => {
  it('parses in place where there is no Worker (same result as the worker would give)', async () => {
    const preview = await parseCostFile(csv, 'csv', ctx);
    expect(preview.lines.map((l) => l.label)).toEqual(['A']);
  });

  it('reports progress, resolves with the preview and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress = vi.fn();
    const promise = parseCostFile(csv, 'csv', ctx, { onProgress: progress });
    const worker = FakeWorker.last!;
    expect(worker.posted).toHaveLength(1);
    worker.reply({ type: 'progress', phase: 'Datei wird gelesen', fraction: 0.1 });
    worker.reply({ type: 'done', preview: { lines: [], errors: [], dataRows: 0, ignoredColumns: [] } });
    await expect(promise).resolves.toMatchObject({ dataRows: 0 });
    expect(progress).toHaveBeenCalledWith('Datei wird gelesen', 0.1);
    expect(worker.terminated).toBe(true);
  });

  it('cancelling stops the worker at once and rejects with ImportCancelled', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const promise = parseCostFile(csv, 'csv', ctx, { signal: controller.signal });
    controller.abort();
    await expect(promise).rejects.toBeInstanceOf(ImportCancelled);
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('passes the German message of a refused file on as an ImportError', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const promise = parseCostFile(csv, 'csv', ctx);
    FakeWorker.last!.reply({ type: 'error', message: 'Die Datei ist leer.', userFacing: true });
    await expect(promise).rejects.toBeInstanceOf(ImportError);
  });
});
