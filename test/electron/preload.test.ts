/**
 * The preload is the renderer's only door into the main process: it must expose exactly
 * one function per operation of the IPC contract, each invoking that operation's channel,
 * and nothing else (never ipcRenderer itself).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT, PRELOAD_GLOBAL } from '../../electron/ipc/contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => 'result');

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    send: () => {
      throw new Error('the preload must not send');
    },
    on: () => {
      throw new Error('the preload must not listen');
    },
  },
}));

describe('preload bridge', () => {
  beforeEach(async () => {
    exposed.clear();
    invoke.mockClear();
    vi.resetModules();
    await import('../../electron/preload');
  });

  it('exposes one global, and on it exactly the operations of the contract', () => {
    expect([...exposed.keys()]).toEqual([PRELOAD_GLOBAL]);
    const api = exposed.get(PRELOAD_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CONTRACT).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('each function invokes its own channel with the caller’s arguments only', async () => {
    const api = exposed.get(PRELOAD_GLOBAL) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const [operation, def] of Object.entries(IPC_CONTRACT)) {
      invoke.mockClear();
      const arg = { probe: operation };
      const argCount = def.args.def.items.length;
      await expect(api[operation]!(...(argCount ? [arg] : []))).resolves.toBe('result');
      expect(invoke, operation).toHaveBeenCalledTimes(1);
      expect(invoke.mock.calls[0], operation).toEqual(argCount ? [def.channel, arg] : [def.channel]);
    }
  });
});
