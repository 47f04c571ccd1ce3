import { describe, expect, it } from 'vitest';
import { createDraft } from '../../renderer/data/repositories/contracts';
import { outdatedPlaceholders } from '../../renderer/domain/contracts/staleness';
import { missingPlaceholders } from '../../renderer/domain/contracts/placeholderMarkup';
import { currentValuesFor, draftInputFromProposal, partyTitle, placeholderValues } from '../../renderer/domain/contracts/placeholders';
import { BUILT_IN_TEMPLATES } from '../../renderer/domain/contracts/templates';
import { formatEuroCents } from '../../renderer/domain/money';
import { seededContexts } from './contractContexts';
import { freshDb } from './helpers';

const FORBIDDEN = /undefined|null|NaN|\{\{|\$\{|<span data-placeholder="[a-z_]+"><\/span>/;

describe('contract drafts filled from the seeded proposals', () => {
  it('every template × every seeded proposal: no „undefined“, „null“, „NaN“ or raw placeholder in the text; gaps are marked and listed', async () => {
    const contexts = await seededContexts();
    expect(contexts.length).toBeGreaterThanOrEqual(5);
    const db = await freshDb();
    for (const { context, title, calculation } of contexts) {
      // The table's yearly shares add up to the total the report prints, party by party.
      for (const p of calculation.parties)
        expect(
          p.jointShareByYear.reduce((a, b) => a + b, 0),
          title,
        ).toBe(p.jointShare);
      const values = placeholderValues(context);
      for (const template of BUILT_IN_TEMPLATES) {
        const draft = await createDraft(db, { template, proposalId: null, values });
        const text = draft.sections.map((s) => `${s.heading} ${s.html}`).join('\n') + draft.title + Object.values(draft.filledValues).join('');
        expect(text, `${template.name} × ${title}`).not.toMatch(FORBIDDEN);
        // § numbers come from the order only: no section heading carries one.
        for (const s of draft.sections) expect(s.heading).not.toMatch(/§/);
        const missing = missingPlaceholders(draft.sections);
        for (const key of missing) expect(draft.filledValues).not.toHaveProperty(key);
        // Everything that was missing is marked in the text, readable for the legal department.
        expect(text.match(/data-missing="true"/g)?.length ?? 0).toBeGreaterThanOrEqual(missing.length);
      }
    }
  });

  it('the Lünen payroll consortium: parties, lead, key, period and the shares table with the engine’s figures as the report prints them', async () => {
    const contexts = await seededContexts();
    const payroll = contexts.find((c) => c.title.startsWith('Einkaufsgemeinschaft Personalabrechnung'))!;
    const values = placeholderValues(payroll.context);
    expect(values.federfuehrend).toBe('Stadt Lünen');
    expect(values.kommunen).toMatch(/^Stadt Lünen, Kreisstadt Unna, .* und Gemeinde Holzwickede$/);
    expect(values.aufsichtsbehoerde).toBeNull(); // no Kreis among the parties: the user sets it
    expect(values.beginn).toMatch(/^01\.01\.\d{4}$/);
    const calc = payroll.calculation;
    const table = values.anteile;
    if (calc.parties.some((p) => p.jointShare !== 0)) {
      expect(table).not.toBeNull();
      for (const p of calc.parties) {
        const party = payroll.context.parties.find((x) => x.id === p.partyId)!;
        expect(table).toContain(`<td><p>${partyTitle(party)}</p></td>`);
        expect(table).toContain(`<td><p>${formatEuroCents(p.jointShare)}</p></td>`);
        expect(p.jointShareByYear.reduce((a, b) => a + b, 0)).toBe(p.jointShare);
      }
      expect(values.summe_gemeinsame_kosten).toBe(formatEuroCents(calc.parties.reduce((s, p) => s + p.jointShare, 0)));
    } else {
      expect(table).toBeNull();
    }
  });

  it('the Kreis as a party brings Bezirksregierung Arnsberg as supervisory authority; the draft’s own entry wins', async () => {
    const contexts = await seededContexts();
    const it = contexts.find((c) => c.title === 'Zusammenlegung der Informationstechnologien')!;
    expect(placeholderValues(it.context).aufsichtsbehoerde).toBe('Bezirksregierung Arnsberg');
    expect(placeholderValues({ ...it.context, supervisoryAuthority: 'Ministerium des Innern NRW' }).aufsichtsbehoerde).toBe('Ministerium des Innern NRW');
    expect(placeholderValues({ ...it.context, termYears: null }).laufzeit).toBe('auf unbestimmte Zeit');
  });

  it('missing data: no plan, no calculation, unknown lead party → those placeholders are null and listed as missing', async () => {
    const [first] = await seededContexts();
    const values = placeholderValues({
      ...first!.context,
      plan: null,
      calculation: null,
      proposal: { ...first!.context.proposal, leadPartyId: 'gone', description: '  ' },
    });
    expect(values).toMatchObject({
      federfuehrend: null,
      kommunen: null,
      beginn: null,
      laufzeit: null,
      verteilschluessel: null,
      anteile: null,
      beschreibung: null,
      summe_gemeinsame_kosten: null,
    });
    const db = await freshDb();
    const draft = await createDraft(db, { template: BUILT_IN_TEMPLATES[0]!, proposalId: null, values });
    expect(missingPlaceholders(draft.sections)).toEqual(expect.arrayContaining(['kommunen', 'federfuehrend', 'anteile', 'beginn', 'laufzeit']));
    expect(draft.sections.map((s) => s.html).join('')).toContain('[Federführende Kommune fehlt]');
  });

  it('a draft from a proposal keeps term and authority consistent; a later change of the data shows as out of date', async () => {
    const contexts = await seededContexts();
    const it = contexts.find((c) => c.title === 'Zusammenlegung der Informationstechnologien')!;
    const db = await freshDb();
    const draft = await createDraft(db, draftInputFromProposal(BUILT_IN_TEMPLATES[1]!, 'p-1', it.context));
    expect(draft).toMatchObject({ termYears: it.context.plan!.period.years, supervisoryAuthority: 'Bezirksregierung Arnsberg', proposalId: 'p-1' });
    expect(outdatedPlaceholders(draft, currentValuesFor(draft, it.context))).toEqual([]);
    const renamed = { ...it.context, proposal: { ...it.context.proposal, title: 'Gemeinsamer IT-Betrieb' } };
    expect(outdatedPlaceholders(draft, currentValuesFor(draft, renamed))).toEqual([
      { key: 'gegenstand', label: 'Gegenstand der Zusammenarbeit', old: 'Zusammenlegung der Informationstechnologien', new: 'Gemeinsamer IT-Betrieb' },
    ]);
    const unlimited = { ...draft, termYears: null };
    expect(outdatedPlaceholders(unlimited, currentValuesFor(unlimited, it.context)).map((o) => o.new)).toEqual(['auf unbestimmte Zeit']);
  });
});
