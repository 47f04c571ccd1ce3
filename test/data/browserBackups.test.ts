/** The browser fallback's backups (IndexedDB `ikz-planer-sicherungen`): never overwritten, kept by the retention rules. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupText } from '../../electron/ipc/backupHeader';
import { browserPlatform } from '../../renderer/platform/browser';

afterEach(() => {
  vi.useRealTimers();
});

describe('backups in a browser', () => {
  it('never overwrite a backup of the same name, and list the header of each', async () => {
    const header = {
      format: 'ikz-planer-sicherung' as const,
      formatVersion: 1,
      createdAt: '2027-03-31T10:00:00.000Z',
      appVersion: '1.0.0',
      schemaVersion: 5,
      reason: 'manuell' as const,
      counts: { proposals: 1 },
    };
    const content = backupText(header, { tables: { proposals: [{ id: 'p' }] } });
    expect((await browserPlatform.writeBackup({ fileName: 'gleich.json', content })).location).toMatch(/gleich\.json$/);
    expect((await browserPlatform.writeBackup({ fileName: 'gleich.json', content: '{}' })).location).toMatch(/gleich-2\.json$/);
    const list = await browserPlatform.listBackups();
    expect(list.find((b) => b.name === 'gleich.json')!.header).toEqual(header);
    expect(list.find((b) => b.name === 'gleich-2.json')!.header).toBeNull();
    expect((await browserPlatform.readBackup('gleich.json')).content).toBe(content);
    await expect(browserPlatform.readBackup('fehlt.json')).rejects.toThrow(/gibt es nicht mehr/);
  });

  it('keep the newest of 10 days and of 4 weeks, as the desktop app does', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let day = 1; day <= 30; day++) {
      vi.setSystemTime(new Date(2027, 3, day, 12));
      await browserPlatform.writeBackup({ fileName: `tag-${String(day).padStart(2, '0')}.json`, content: '{}' });
    }
    const names = (await browserPlatform.listBackups()).map((b) => b.name).filter((n) => n.startsWith('tag-'));
    // April 2027: days 21–30 (daily); the 4 newest ISO weeks 26.–30., 19.–25., 12.–18. and 5.–11.4. add the 18th and the 11th.
    expect(names.sort()).toEqual([...Array.from({ length: 10 }, (_, i) => `tag-${21 + i}.json`), 'tag-11.json', 'tag-18.json'].sort());
  });
});
