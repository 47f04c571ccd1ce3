import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES, MAX_BACKUP_FILES, numberedName, writeBackupFile, type BackupFs } from '../../electron/ipc/backups';

const DIR = path.resolve('/home/k/.config/IKZ-Planer/Sicherungen');

/**
 * An in-memory folder whose writeNewFile behaves like fs.writeFile(p, d, { flag: 'wx' }) and
 * stamps the file with the clock (`now`), as the file system does.
 */
export function memoryFs(initial: string[] = [], clock = { now: Date.parse('2027-03-31T10:00:00Z') }) {
  const files = new Map<string, Uint8Array>(initial.map((name) => [path.join(DIR, name), new Uint8Array([1])]));
  const times = new Map<string, number>(initial.map((name) => [path.join(DIR, name), clock.now]));
  const fs: BackupFs = {
    mkdir: vi.fn(async () => undefined),
    readdir: vi.fn(async () => [...files.keys()].map((p) => path.basename(p))),
    writeNewFile: vi.fn(async (p: string, data: Uint8Array) => {
      if (files.has(p)) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
      files.set(p, data);
      times.set(p, clock.now);
    }),
    stat: vi.fn(async (p: string) => ({ size: files.get(p)!.byteLength, mtimeMs: times.get(p)! })),
    readHead: vi.fn(async (p: string, bytes: number) => files.get(p)!.subarray(0, bytes)),
    readFile: vi.fn(async (p: string) => files.get(p)!),
    unlink: vi.fn(async (p: string) => void (files.delete(p), times.delete(p))),
  };
  return { fs, files, times, clock };
}

describe('automatic backups', () => {
  it('never overwrite an existing backup: the next free name gets -2, -3 …', async () => {
    const { fs, files } = memoryFs(['vor-update.json', 'vor-update-2.json']);
    const result = await writeBackupFile(fs, DIR, 'vor-update.json', '{"neu":1}');
    expect(result.location).toBe(path.join(DIR, 'vor-update-3.json'));
    expect(files.get(path.join(DIR, 'vor-update.json'))).toEqual(new Uint8Array([1]));
    expect(Buffer.from(files.get(path.join(DIR, 'vor-update-3.json'))!).toString()).toBe('{"neu":1}');
  });

  it('name copies name-2.json, name-3.json', () => {
    expect(numberedName('a.json', 1)).toBe('a.json');
    expect(numberedName('a.b.json', 2)).toBe('a.b-2.json');
  });

  it(`refuse a backup when ${MAX_BACKUP_FILES} files are there and none may go (e.g. deleting fails), with a German message`, async () => {
    const names = Array.from({ length: MAX_BACKUP_FILES }, (_, i) => `alt-${i}.json`);
    const { fs, files } = memoryFs(names);
    fs.unlink = vi.fn(async () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' })));
    await expect(writeBackupFile(fs, DIR, 'neu.json', '{}')).rejects.toThrow(/bereits 20 Sicherungen.*verschieben Sie ältere Sicherungen/);
    expect([...files.keys()].map((p) => path.basename(p)).sort()).toEqual([...names].sort());
    expect(fs.writeNewFile).not.toHaveBeenCalled();
  });

  it('do not count other files in the folder', async () => {
    const { fs } = memoryFs(Array.from({ length: 30 }, (_, i) => `notiz-${i}.txt`));
    await expect(writeBackupFile(fs, DIR, 'neu.json', '{}')).resolves.toEqual({ location: path.join(DIR, 'neu.json') });
  });

  it('refuse a backup larger than the cap in UTF-8 bytes, before touching the disk', async () => {
    const { fs } = memoryFs();
    // Under the character limit, over the byte limit: "€" is three bytes in UTF-8.
    const content = '€'.repeat(Math.floor(MAX_BACKUP_BYTES / 3) + 1);
    expect(content.length).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    await expect(writeBackupFile(fs, DIR, 'gross.json', content)).rejects.toThrow(/größer als 100 MB/);
    expect(fs.mkdir).not.toHaveBeenCalled();
    expect(fs.writeNewFile).not.toHaveBeenCalled();
  });

  it('stay inside the backups folder even if a path slipped past the contract', async () => {
    const { fs } = memoryFs();
    const result = await writeBackupFile(fs, DIR, '../../../../etc/cron.d/x.json', '{}');
    expect(result.location).toBe(path.join(DIR, 'x.json'));
  });

  it('pass on disk errors other than "exists" (full disk, no permission)', async () => {
    const { fs } = memoryFs();
    fs.writeNewFile = vi.fn(async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })));
    await expect(writeBackupFile(fs, DIR, 'neu.json', '{}')).rejects.toThrow('ENOSPC');
    expect(fs.writeNewFile).toHaveBeenCalledTimes(1);
  });
});
