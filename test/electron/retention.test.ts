/** The retention rules (electron/ipc/retention.ts) on fixed dates, never today's. */
import { describe, expect, it } from 'vitest';
import { backupsToKeep, dayKey, weekKey, type BackupStamp } from '../../electron/ipc/retention';

const at = (iso: string, name = iso): BackupStamp => ({ name, at: new Date(iso) });

describe('ISO weeks and days in local time', () => {
  it('counts weeks from Monday, week 1 holding the first Thursday', () => {
    expect(weekKey(new Date(2027, 0, 1))).toBe('2026-W53');
    expect(weekKey(new Date(2027, 0, 4))).toBe('2027-W01');
    expect(weekKey(new Date(2026, 11, 28))).toBe('2026-W53');
    expect(weekKey(new Date(2026, 10, 26))).toBe('2026-W48');
    expect(weekKey(new Date(2025, 11, 29))).toBe('2026-W01');
    expect(weekKey(new Date(2027, 2, 7))).toBe(weekKey(new Date(2027, 2, 1)));
    expect(weekKey(new Date(2027, 2, 8))).not.toBe(weekKey(new Date(2027, 2, 7)));
    expect(dayKey(new Date(2027, 2, 5, 23, 59))).toBe('2027-03-05');
  });
});

describe('backupsToKeep', () => {
  it('keeps everything while there are few backups', () => {
    const list = [at('2027-03-01T10:00:00'), at('2027-03-02T10:00:00'), at('2027-03-02T11:00:00')];
    expect(backupsToKeep(list)).toEqual(new Set(list.map((b) => b.name)));
  });

  it('keeps the newest of each of the 10 newest days with backups, plus the 5 newest overall', () => {
    const list: BackupStamp[] = [];
    for (let d = 1; d <= 20; d++) for (const h of ['08', 12, 18]) list.push(at(`2027-03-${String(d).padStart(2, '0')}T${h}:00:00`));
    const keep = backupsToKeep(list, { last: 5, daily: 10, weekly: 0 });
    const expected = new Set([
      ...Array.from({ length: 10 }, (_, i) => `2027-03-${11 + i}T18:00:00`),
      '2027-03-20T12:00:00',
      '2027-03-20T08:00:00',
      '2027-03-19T12:00:00',
    ]);
    expect(keep).toEqual(expected);
  });

  it('counts days that have backups, not calendar days: a holiday does not delete older backups', () => {
    const list = [at('2027-01-05T10:00:00'), ...Array.from({ length: 9 }, (_, i) => at(`2027-03-${String(i + 1).padStart(2, '0')}T10:00:00`))];
    expect(backupsToKeep(list, { last: 0, daily: 10, weekly: 0 }).has('2027-01-05T10:00:00')).toBe(true);
  });

  it('keeps the newest of each of the 4 newest weeks with backups', () => {
    // Mondays and Fridays of six weeks.
    const list = ['01', '05', '08', '12', '15', '19', '22', '26', '29'].map((d) => at(`2027-03-${d}T10:00:00`));
    list.push(at('2027-02-22T10:00:00'), at('2027-02-26T10:00:00'));
    const keep = backupsToKeep(list, { last: 0, daily: 0, weekly: 4 });
    expect([...keep].sort()).toEqual(['2027-03-12T10:00:00', '2027-03-19T10:00:00', '2027-03-26T10:00:00', '2027-03-29T10:00:00']);
  });

  it('does not depend on the order of the input, and ties go by name', () => {
    const list = [at('2027-03-01T10:00:00', 'b'), at('2027-03-01T10:00:00', 'a'), at('2027-03-01T09:00:00', 'c')];
    const one = backupsToKeep(list, { last: 1, daily: 1, weekly: 1 });
    expect(one).toEqual(backupsToKeep([...list].reverse(), { last: 1, daily: 1, weekly: 1 }));
    expect(one).toEqual(new Set(['b']));
  });

  it('never deletes a backup whose time cannot be read', () => {
    const list = [at('kaputt', 'x'), ...Array.from({ length: 30 }, (_, i) => at(new Date(2027, 2, 1 + i).toISOString()))];
    expect(backupsToKeep(list).has('x')).toBe(true);
  });

  it('with the default rules, never more than 5 + 10 + 4 backups', () => {
    const list = Array.from({ length: 400 }, (_, i) => at(new Date(2027, 0, 1, i * 7).toISOString()));
    expect(backupsToKeep(list).size).toBeLessThanOrEqual(19);
  });
});
