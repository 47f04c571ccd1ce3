/**
 * The only place that calls `ipcMain.handle`: every invocation is checked for its
 * sender's origin and its arguments before a handler sees it.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isTrustedSender } from '../security';
import { IPC_CONTRACT, type IpcResults, type Operation, type OperationArgs } from './contract';

export type Handlers = { [O in Operation]: (...args: OperationArgs<O>) => Promise<IpcResults[O]> };

export type InvocationCheck<O extends Operation> = { ok: true; args: OperationArgs<O> } | { ok: false; reason: string };

export function checkInvocation<O extends Operation>(operation: O, senderUrl: unknown, rawArgs: unknown[]): InvocationCheck<O> {
  if (!isTrustedSender(senderUrl)) return { ok: false, reason: `untrusted sender for ${operation}` };
  const parsed = IPC_CONTRACT[operation].args.safeParse(rawArgs);
  if (!parsed.success) return { ok: false, reason: `invalid arguments for ${operation}` };
  return { ok: true, args: parsed.data as OperationArgs<O> };
}

export function senderUrlOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | undefined {
  return event.senderFrame?.url;
}

export function registerHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers): void {
  for (const operation of Object.keys(IPC_CONTRACT) as Operation[]) {
    ipcMain.handle(IPC_CONTRACT[operation].channel, async (event, ...rawArgs: unknown[]) => {
      const check = checkInvocation(operation, senderUrlOf(event), rawArgs);
      if (!check.ok) throw new Error(check.reason);
      const handler = handlers[operation] as (...args: unknown[]) => Promise<unknown>;
      return handler(...(check.args as unknown[]));
    });
  }
}
