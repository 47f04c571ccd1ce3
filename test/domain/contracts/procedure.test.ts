import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../renderer/domain/contracts/model';
import { approvalDeemedDate, entryIntoForceDate, objectionDeadline, procedureChecklist, termCheck } from '../../../renderer/domain/contracts/procedure';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../../renderer/domain/contracts/templates';

const contract = (over: Partial<Contract> = {}): Pick<Contract, 'form' | 'procedure' | 'supervisoryAuthority' | 'termYears' | 'sections'> => ({
  form: 'delegierend',
  procedure: {},
  supervisoryAuthority: 'Bezirksregierung Arnsberg',
  termYears: 10,
  sections: builtInTemplate('builtin:delegierend')!.sections,
  ...over,
});
const item = (items: ReturnType<typeof procedureChecklist>, key: string) => items.find((i) => i.key === key)!;

describe('§ 24 GkG NRW procedure', () => {
  it('approval is deemed given four weeks after receipt, a weekend end moving to Monday', () => {
    expect(objectionDeadline('2027-04-07')).toBe('2027-05-05'); // Wednesday → Wednesday
    expect(approvalDeemedDate('2027-04-07')).toBe('2027-05-06');
    expect(objectionDeadline('2027-04-03')).toBe('2027-05-03'); // received Saturday: Saturday 01.05. → Monday 03.05.
    expect(objectionDeadline('2027-04-04')).toBe('2027-05-03'); // Sunday 02.05. → Monday
  });

  it('the checklist follows the dates: waiting, then deemed given; in force the day after publication unless later', () => {
    const submitted = contract({ procedure: { signedAt: '2027-03-20', submittedAt: '2027-04-07' } });
    expect(item(procedureChecklist(submitted, { today: '2027-04-20' }), 'genehmigung')).toMatchObject({ state: 'waiting', date: '2027-05-06' });
    expect(item(procedureChecklist(submitted, { today: '2027-05-06' }), 'genehmigung')).toMatchObject({ state: 'done', date: '2027-05-06' });
    expect(item(procedureChecklist(submitted, { today: '2027-05-06' }), 'genehmigung').detail).toContain('05.05.2027');
    expect(
      item(procedureChecklist(contract({ procedure: { submittedAt: '2027-04-07', objectedAt: '2027-04-30' } }), { today: '2027-06-01' }), 'genehmigung').state,
    ).toBe('problem');
    expect(entryIntoForceDate({ publishedAt: '2027-06-15' })).toBe('2027-06-16');
    expect(entryIntoForceDate({ publishedAt: '2027-06-15', entryIntoForceAt: '2027-07-01' })).toBe('2027-07-01');
    expect(entryIntoForceDate({ publishedAt: '2027-06-15', entryIntoForceAt: '2027-06-01' })).toBe('2027-06-16');
    const published = procedureChecklist(contract({ procedure: { publishedAt: '2027-06-15' } }), { today: '2027-06-15' });
    expect(item(published, 'inkrafttreten')).toMatchObject({ state: 'waiting', date: '2027-06-16' });
    expect(item(published, 'form').state).toBe('open');
  });

  it('a purchasing consortium needs text form only, no approval', () => {
    const keys = procedureChecklist(contract({ form: 'einkaufsgemeinschaft' }), { today: '2027-01-01' }).map((i) => i.key);
    expect(keys).toEqual(['platzhalter', 'laufzeit', 'ust2b', 'form']);
  });

  it('§ 2b UStG: the date comes from the settings; the templates carry the clause', () => {
    const later = item(procedureChecklist(contract(), { today: '2026-11-26', vat2bFrom: '2028-01-01' }), 'ust2b');
    expect(later).toMatchObject({ state: 'done', date: '2028-01-01' });
    expect(later.detail).toContain('ab dem 01.01.2028');
    const without = item(procedureChecklist(contract({ sections: [] }), { today: '2027-03-05' }), 'ust2b');
    expect(without).toMatchObject({ state: 'hint', date: '2027-01-01' });
    expect(without.detail).toContain('seit dem 01.01.2027');
  });

  it('Laufzeit und Kündigung: required when open-ended or over 20 years', () => {
    const noClause = [{ id: 'x', heading: 'Gegenstand', html: '<p>Text</p>', comment: '', role: 'gegenstand' }];
    expect(termCheck({ termYears: null, sections: noClause }).state).toBe('problem');
    expect(termCheck({ termYears: 25, sections: noClause }).detail).toContain('25 Jahre');
    expect(termCheck({ termYears: 20, sections: noClause }).state).toBe('hint');
    for (const t of BUILT_IN_TEMPLATES.filter((t) => t.form !== 'leer'))
      expect(termCheck({ termYears: null, sections: t.sections }).state, t.name).toBe('done');
  });
});
