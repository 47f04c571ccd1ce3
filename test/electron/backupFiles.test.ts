/**
 * The backups folder as main sees it: listing by header line, reading and exporting by a
 * bare name only (hostile names refused by the contract and again by the handler), and the
 * retention rules applied after each write with the file system's times.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupText, type BackupHeader } from '../../electron/ipc/backupHeader';
import { backupFilePath, listBackupFiles, writeBackupFile } from '../../electron/ipc/backups';
import { checkInvocation } from '../../electron/ipc/handle';
import { createHandlers } from '../../electron/ipc/handlers';
import { memoryFs } from './backups.test';

const DIR = path.resolve('/home/k/.config/IKZ-Planer/Sicherungen');
const APP = 'app://ikz-planer/index.html';

const header = (over: Partial<BackupHeader> = {}): BackupHeader => ({
  format: 'ikz-planer-sicherung',
  formatVersion: 1,
  createdAt: '2027-03-31T10:00:00.000Z',
  appVersion: '1.2.3',
  schemaVersion: 5,
  reason: 'manuell',
  counts: { proposals: 2, parties: 10 },
  ...over,
});

const HOSTILE = [
  '../x.json',
  '..\\x.json',
  '../../../../etc/passwd',
  '/etc/x.json',
  'C:\\Users\\x.json',
  'C:x.json',
  '\\\\server\\share\\x.json',
  'a/b.json',
  'CON.json',
  'nul.json',
  'com1.json',
  'LPT1.backup.json',
  '.json',
  '..json',
  'x.json.',
  'x\u0000.json',
  'x.exe',
  '',
];

describe('backup names from the renderer', () => {
  it('the contract refuses paths, traversal and device names for reading and exporting', () => {
    for (const name of HOSTILE) {
      expect(checkInvocation('readBackup', APP, [name]), name).toMatchObject({ ok: false });
      expect(checkInvocation('exportBackup', APP, [name]), name).toMatchObject({ ok: false });
    }
    expect(checkInvocation('readBackup', APP, ['ikz-sicherung-2027-03-31T10-00-00-000Z-manuell.json'])).toMatchObject({ ok: true });
  });

  it('the handler reads only files that are in the folder, whatever slipped past the contract', async () => {
    const { fs } = memoryFs(['gut.json']);
    for (const name of [...HOSTILE, 'fehlt.json', 'Gut.json']) {
      await expect(backupFilePath(fs, DIR, name), name).rejects.toThrow(/gibt es im Sicherungsordner nicht/);
    }
    expect(fs.readFile).not.toHaveBeenCalled();
    await expect(backupFilePath(fs, DIR, 'gut.json')).resolves.toBe(path.join(DIR, 'gut.json'));
  });
});

describe('listing and reading backups', () => {
  it('lists each backup with the header of its first line, newest first; files without one get null', async () => {
    const { fs, clock } = memoryFs();
    await writeBackupFile(fs, DIR, 'a.json', backupText(header(), { tables: { proposals: [{ id: 'p' }, { id: 'q' }] } }));
    clock.now += 60_000;
    await writeBackupFile(fs, DIR, 'alt-export.json', JSON.stringify({ database: 'ikz-planer', version: 50, tables: {} }, null, 2));
    clock.now += 60_000;
    await writeBackupFile(fs, DIR, 'kaputt.json', '{"format":"ikz-planer-sicherung","schemaVersion":"x",\n');
    const list = await listBackupFiles(fs, DIR);
    expect(list.map((b) => [b.name, b.header?.counts ?? null])).toEqual([
      ['kaputt.json', null],
      ['alt-export.json', null],
      ['a.json', { proposals: 2, parties: 10 }],
    ]);
    expect(list[2]!.modifiedAt).toBe('2027-03-31T10:00:00.000Z');
  });

  it('an empty or missing folder lists nothing', async () => {
    const { fs } = memoryFs();
    fs.readdir = vi.fn(async () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })));
    expect(await listBackupFiles(fs, DIR)).toEqual([]);
  });

  it('reads a backup and exports a copy to the place chosen in the save dialog', async () => {
    const { fs } = memoryFs();
    await writeBackupFile(fs, DIR, 'b.json', '{"x":"Ümlaut"}');
    const writeFile = vi.fn(async () => undefined);
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/media/usb/sicherung.json' }));
    const h = createHandlers({
      dialog: { showSaveDialog, showOpenDialog: vi.fn() },
      fs: { ...fs, writeFile },
      window: () => null,
      documentsDir: '/home/k/Dokumente',
      backupsDir: DIR,
    } as never);
    expect(await h.readBackup('b.json')).toEqual({ name: 'b.json', content: '{"x":"Ümlaut"}' });
    expect(await h.exportBackup('b.json')).toEqual({ saved: true, fileName: 'sicherung.json' });
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: path.join('/home/k/Dokumente', 'b.json') }));
    expect(writeFile).toHaveBeenCalledWith('/media/usb/sicherung.json', Buffer.from('{"x":"Ümlaut"}'));
    await expect(h.readBackup('../b.json')).rejects.toThrow(/nicht/);
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await h.exportBackup('b.json')).toEqual({ saved: false, fileName: null });
  });
});

describe('retention in the backups folder', () => {
  it('after 30 days of one backup a day, keeps the 10 newest days and the newest of 4 weeks', async () => {
    const { fs, files, clock } = memoryFs();
    const start = Date.parse('2027-03-01T09:00:00Z');
    for (let day = 0; day < 30; day++) {
      clock.now = start + day * 86_400_000;
      await writeBackupFile(fs, DIR, `tag-${String(day + 1).padStart(2, '0')}.json`, '{}');
    }
    const kept = [...files.keys()].map((p) => path.basename(p)).sort();
    // Days 21…30 (daily) and the newest of the 4 newest ISO weeks: 29.–30.3. (the 30th),
    // 22.–28.3. (the 28th) and 15.–21.3. (the 21st) are daily ones already; 8.–14.3. adds the 14th.
    expect(kept).toEqual([...Array.from({ length: 10 }, (_, i) => `tag-${21 + i}.json`), 'tag-14.json'].sort());
  });

  it('a flood of backups in one day pushes out only that day’s older backups, never earlier days', async () => {
    const { fs, files, clock } = memoryFs();
    clock.now = Date.parse('2027-03-30T09:00:00Z');
    await writeBackupFile(fs, DIR, 'gestern.json', '{"gut":true}');
    clock.now = Date.parse('2027-03-31T09:00:00Z');
    for (let i = 0; i < 50; i++) {
      clock.now += 1000;
      await writeBackupFile(fs, DIR, `flut-${i}.json`, '{}');
    }
    const kept = [...files.keys()].map((p) => path.basename(p));
    expect(kept).toContain('gestern.json');
    expect(kept.length).toBe(6);
  });
});

describe('a folder that changes while it is listed', () => {
  it('skips a file that vanished or cannot be read', async () => {
    const { fs } = memoryFs();
    await writeBackupFile(fs, DIR, 'gut.json', '{}');
    await writeBackupFile(fs, DIR, 'weg.json', '{}');
    const stat = fs.stat;
    fs.stat = vi.fn(async (p: string) => (p.endsWith('weg.json') ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) : stat(p)));
    expect((await listBackupFiles(fs, DIR)).map((b) => b.name)).toEqual(['gut.json']);
  });
});
