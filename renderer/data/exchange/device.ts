import { newId } from '../../domain/ids';
import type { WriteTx } from '../commands';
import { DEVICE_ID, type DeviceIdentity } from '../db';
import { nowIso } from '../records';

/** The random id of this laptop, made on first use; a settings row, so never exchanged or merged. */
export async function ensureDeviceId(tx: WriteTx): Promise<string> {
  const row = (await tx.db.settings.get(DEVICE_ID)) as DeviceIdentity | undefined;
  if (row) return row.deviceId;
  const created: DeviceIdentity = { id: DEVICE_ID, deviceId: newId(), updatedAt: nowIso(), revision: 1 };
  // The first export of a laptop must not make all 50,000 cost lines recalculate.
  await tx.putSetting(created, null, { bookkeeping: true });
  return created.deviceId;
}

export async function readDeviceId(tx: { db: WriteTx['db'] }): Promise<string | null> {
  const row = (await tx.db.settings.get(DEVICE_ID)) as DeviceIdentity | undefined;
  return row?.deviceId ?? null;
}
