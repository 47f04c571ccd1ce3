import { describe, expect, it } from 'vitest';
import { createParty, updateArea, updateParty } from '../../renderer/data/repositories/masterData';
import { freshDb, idsOf } from './helpers';

describe('master data repository', () => {
  it('adds a party and refuses a duplicate name', async () => {
    const db = await freshDb();
    const p = await createParty(db, { name: 'Zweckverband Muster', kind: 'Sonstige', inhabitants: null, employees: 12, payrollCases: 12 });
    expect(p.seedKey).toBeNull();
    expect(await db.parties.count()).toBe(12);
    await expect(createParty(db, { name: 'lünen', kind: 'Stadt', inhabitants: 1, employees: null, payrollCases: null })).rejects.toThrow('bereits');
  });

  it('changes population, staff and payroll cases with a change-log entry', async () => {
    const db = await freshDb();
    const { party } = await idsOf(db);
    const selm = (await db.parties.get(party('selm')))!;
    const updated = await updateParty(db, selm.id, { name: 'Selm', kind: 'Stadt', inhabitants: 26_500, employees: 310, payrollCases: 185 });
    expect(updated).toMatchObject({ inhabitants: 26_500, employees: 310, payrollCases: 185, revision: 2 });
    const log = await db.changeLog.where('[table+recordId]').equals(['parties', selm.id]).toArray();
    expect(log[0]!.changes.map((c) => c.field)).toEqual(['employees', 'inhabitants', 'payrollCases']);
  });

  it('renames an area', async () => {
    const db = await freshDb();
    const { area } = await idsOf(db);
    const renamed = await updateArea(db, area('it'), { name: 'IT-Zusammenarbeit', description: 'neu' });
    expect(renamed.name).toBe('IT-Zusammenarbeit');
    await expect(updateArea(db, area('it'), { name: 'x', description: '' })).rejects.toThrow('mindestens 3 Zeichen');
    expect((await db.areas.get(area('it')))!.name).toBe('IT-Zusammenarbeit');
  });
});
