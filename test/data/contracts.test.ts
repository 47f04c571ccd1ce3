import { describe, expect, it } from 'vitest';
import {
  addSection,
  applyPlaceholderUpdates,
  contractsOfProposal,
  contractWithVersions,
  createDraft,
  deleteContract,
  deleteTemplate,
  listContracts,
  listContractTemplates,
  loadContractSettings,
  saveVat2bFrom,
  moveSection,
  removeSection,
  renameContract,
  restoreVersion,
  saveAsTemplate,
  saveVersion,
  setProcedureDate,
  setSectionComment,
  setStatus,
  undoDeleteContract,
  undoDeleteTemplate,
  updateSection,
} from '../../renderer/data/repositories/contracts';
import { changesOfRecord } from '../../renderer/data/changeLog';
import type { ContractTemplateContent } from '../../renderer/domain/contracts/model';
import { outdatedPlaceholders } from '../../renderer/domain/contracts/staleness';
import { freshDb } from './helpers';

const template: ContractTemplateContent = {
  id: 'builtin:test',
  name: 'Testvereinbarung',
  builtIn: true,
  form: 'mandatierend',
  description: '',
  sections: [
    {
      id: 't1',
      heading: 'Gegenstand',
      html: '<p>Die <span data-placeholder="federfuehrend"></span> übernimmt <span data-placeholder="gegenstand"></span>.</p>',
      comment: '',
      role: 'gegenstand',
    },
    {
      id: 't2',
      heading: 'Kostenverteilung',
      html: '<p>Schlüssel: <span data-placeholder="verteilschluessel"></span></p><table data-placeholder="anteile"><tbody><tr><td></td></tr></tbody></table>',
      comment: '',
      role: 'kosten',
    },
    {
      id: 't3',
      heading: 'Inkrafttreten',
      html: '<p>Diese Vereinbarung tritt am Tag nach ihrer Bekanntmachung in Kraft.</p>',
      comment: '',
      role: 'inkrafttreten',
    },
  ],
};

async function draft() {
  const db = await freshDb();
  const proposal = (await db.proposals.toArray())[0]!;
  const contract = await createDraft(db, {
    template,
    proposalId: proposal.id,
    values: {
      federfuehrend: 'Stadt Lünen',
      gegenstand: 'die Entgeltabrechnung',
      verteilschluessel: null,
      anteile: '<table data-placeholder="anteile"><tbody><tr><td>Lünen</td></tr></tbody></table>',
    },
  });
  return { db, proposal, contract };
}

describe('contract repository', () => {
  it('creates a draft from a template with filled and missing placeholders, logged', async () => {
    const { db, proposal, contract } = await draft();
    expect(contract).toMatchObject({ status: 'entwurf', revision: 1, proposalId: proposal.id, title: 'Testvereinbarung: die Entgeltabrechnung' });
    expect(contract.sections.map((s) => s.heading)).toEqual(['Gegenstand', 'Kostenverteilung', 'Inkrafttreten']);
    expect(contract.sections.map((s) => s.id)).not.toContain('t1');
    expect(contract.sections[0]!.html).toBe(
      '<p>Die <span data-placeholder="federfuehrend">Stadt Lünen</span> übernimmt <span data-placeholder="gegenstand">die Entgeltabrechnung</span>.</p>',
    );
    expect(contract.sections[1]!.html).toContain('<span data-placeholder="verteilschluessel" data-missing="true">[Verteilungsschlüssel fehlt]</span>');
    expect(contract.sections[1]!.html).toContain('<td>Lünen</td>');
    expect(contract.filledValues).not.toHaveProperty('verteilschluessel');
    expect(contract.statusHistory).toEqual([expect.objectContaining({ status: 'entwurf' })]);
    expect((await changesOfRecord(db, 'contracts', contract.id))[0]).toMatchObject({ action: 'create' });
    expect((await listContracts(db)).map((c) => c.id)).toEqual([contract.id]);
    expect((await contractsOfProposal(db, proposal.id)).length).toBe(1);
  });

  it('edits, adds, moves and removes sections; the log keeps only the changed section', async () => {
    const { db, contract } = await draft();
    const [s1, s2, s3] = contract.sections;
    await updateSection(db, contract.id, s1!.id, { html: '<p>Neu</p>' });
    const entries = await changesOfRecord(db, 'contracts', contract.id);
    expect(entries.at(-1)!.changes).toEqual([{ field: 'html', before: s1!.html, after: '<p>Neu</p>' }]);
    const { sectionId } = await addSection(db, contract.id, { heading: 'Haftung' }, 1);
    await moveSection(db, contract.id, s3!.id, 0);
    await setSectionComment(db, contract.id, s2!.id, 'Rechtsamt prüfen');
    let stored = (await db.contracts.get(contract.id))!;
    expect(stored.sections.map((s) => s.heading)).toEqual(['Inkrafttreten', 'Gegenstand', 'Haftung', 'Kostenverteilung']);
    expect(stored.sections.find((s) => s.id === s2!.id)!.comment).toBe('Rechtsamt prüfen');
    await removeSection(db, contract.id, sectionId);
    stored = (await db.contracts.get(contract.id))!;
    expect(stored.sections.map((s) => s.heading)).toEqual(['Inkrafttreten', 'Gegenstand', 'Kostenverteilung']);
    expect(stored.revision).toBe(6);
    await expect(updateSection(db, contract.id, sectionId, { html: '<p>x</p>' })).rejects.toThrow('Abschnitt wurde inzwischen entfernt');
    await expect(renameContract(db, contract.id, ' ')).rejects.toThrow('Titel');
  });

  it('saves numbered versions and restores an old one as a new version without rewriting history', async () => {
    const { db, contract } = await draft();
    expect(await saveVersion(db, contract.id, 'Erster Stand')).toBe(1);
    await updateSection(db, contract.id, contract.sections[0]!.id, { html: '<p>Geändert</p>' });
    await renameContract(db, contract.id, 'Vereinbarung Entgeltabrechnung');
    expect(await saveVersion(db, contract.id, 'Nach Rechtsamt', 'Frau Beispiel')).toBe(2);
    const v1 = (await contractWithVersions(db, contract.id))!.versions[0]!;
    expect(await restoreVersion(db, contract.id, v1.id)).toBe(3);
    const { contract: now, versions } = (await contractWithVersions(db, contract.id))!;
    expect(versions.map((v) => [v.number, v.note])).toEqual([
      [1, 'Erster Stand'],
      [2, 'Nach Rechtsamt'],
      [3, 'Wiederhergestellt aus Version 1'],
    ]);
    expect(versions[1]!.author).toBe('Frau Beispiel');
    expect(versions[1]!.sections[0]!.html).toBe('<p>Geändert</p>');
    expect(now.title).toBe(contract.title);
    expect(now.sections).toEqual(v1.sections);
    expect(versions[2]!.sections).toEqual(v1.sections);
  });

  it('records who moved the status when, and procedure dates', async () => {
    const { db, contract } = await draft();
    await setStatus(db, contract.id, 'rechtsamt');
    const moved = await setProcedureDate(db, contract.id, 'submittedAt', '2027-04-01');
    expect(moved.status).toBe('rechtsamt');
    expect(moved.statusHistory.map((h) => h.status)).toEqual(['entwurf', 'rechtsamt']);
    expect(moved.statusHistory[1]!.by).toBe('Unbekannt');
    expect(moved.procedure.submittedAt).toBe('2027-04-01');
    await expect(setProcedureDate(db, contract.id, 'publishedAt', '2027-02-30')).rejects.toThrow('Dieses Datum gibt es nicht.');
    expect((await setProcedureDate(db, contract.id, 'submittedAt', null)).procedure).toEqual({});
    const log = await changesOfRecord(db, 'contracts', contract.id);
    expect(log.map((e) => e.summary)).toContain(`Status von „${contract.title}“: Entwurf → Abstimmung Rechtsamt`);
  });

  it('updates only the confirmed out-of-date placeholders', async () => {
    const { db, contract } = await draft();
    const current = {
      federfuehrend: 'Stadt Lünen',
      gegenstand: 'die Entgeltabrechnung (neu)',
      verteilschluessel: 'nach Einwohnern',
      anteile: contract.filledValues.anteile!,
    };
    expect(outdatedPlaceholders(contract, current).map((o) => [o.key, o.old, o.new])).toEqual([
      ['gegenstand', 'die Entgeltabrechnung', 'die Entgeltabrechnung (neu)'],
      ['verteilschluessel', null, 'nach Einwohnern'],
    ]);
    const updated = await applyPlaceholderUpdates(db, contract.id, ['verteilschluessel'], current);
    expect(updated.sections[1]!.html).toContain('<span data-placeholder="verteilschluessel">nach Einwohnern</span>');
    expect(updated.sections[0]!.html).toContain('die Entgeltabrechnung</span>');
    expect(outdatedPlaceholders(updated, current).map((o) => o.key)).toEqual(['gegenstand']);
  });

  it('saves the structure as a template without the filled figures', async () => {
    const { db, contract } = await draft();
    await setSectionComment(db, contract.id, contract.sections[0]!.id, 'intern');
    const own = await saveAsTemplate(db, contract.id, 'Unsere Vorlage');
    expect(own.sections[0]!.html).toBe('<p>Die <span data-placeholder="federfuehrend"></span> übernimmt <span data-placeholder="gegenstand"></span>.</p>');
    expect(own.sections[1]!.html).not.toContain('Lünen');
    expect(own.sections[0]!.comment).toBe('');
    expect((await listContractTemplates(db)).map((t) => t.name)).toEqual(['Unsere Vorlage']);
    const again = await createDraft(db, { template: own, proposalId: null, values: { federfuehrend: 'Kreis Unna' } });
    expect(again.sections[0]!.html).toContain('Kreis Unna');
    expect(again.templateId).toBe(own.id);
  });

  it('deletes an own template (tombstone, logged); drafts made from it keep their text; undo brings it back; shipped ones are refused', async () => {
    const { db, contract } = await draft();
    const own = await saveAsTemplate(db, contract.id, 'Unsere Vorlage');
    const made = await createDraft(db, { template: own, proposalId: null, values: { federfuehrend: 'Kreis Unna' } });
    const deleted = (await deleteTemplate(db, own.id))!;
    expect(deleted.name).toBe('Unsere Vorlage');
    expect(await listContractTemplates(db)).toEqual([]);
    expect(await db.tombstones.where('[table+recordId]').equals(['contractTemplates', own.id]).count()).toBe(1);
    expect((await changesOfRecord(db, 'contractTemplates', own.id)).map((c) => c.summary)).toContain('Vorlage „Unsere Vorlage“ gelöscht');
    const kept = (await contractWithVersions(db, made.id))!.contract;
    expect(kept.sections).toEqual(made.sections);
    expect(kept.templateId).toBe(own.id);
    expect(await deleteTemplate(db, own.id)).toBeNull();
    await expect(deleteTemplate(db, 'builtin:delegierend')).rejects.toThrow('Mitgelieferte Vorlagen lassen sich nicht löschen.');
    await undoDeleteTemplate(db, deleted);
    expect((await listContractTemplates(db)).map((t) => t.name)).toEqual(['Unsere Vorlage']);
    expect(await db.tombstones.where('[table+recordId]').equals(['contractTemplates', own.id]).count()).toBe(0);
  });

  it('deletes a draft with its versions (tombstones) and undoes it', async () => {
    const { db, contract } = await draft();
    await saveVersion(db, contract.id, '');
    const deleted = (await deleteContract(db, contract.id))!;
    expect(await db.contracts.count()).toBe(0);
    expect(await db.contractVersions.count()).toBe(0);
    expect(await db.tombstones.where('[table+recordId]').equals(['contracts', contract.id]).count()).toBe(1);
    expect(await db.tombstones.where('[table+recordId]').equals(['contractVersions', deleted.versions[0]!.id]).count()).toBe(1);
    const back = await undoDeleteContract(db, deleted);
    expect(back.revision).toBeGreaterThan(contract.revision);
    expect((await contractWithVersions(db, contract.id))!.versions.length).toBe(1);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('keeps the § 2b UStG date as a setting (default 01.01.2027)', async () => {
    const db = await freshDb();
    expect((await loadContractSettings(db)).vat2bFrom).toBe('2027-01-01');
    await saveVat2bFrom(db, '2028-01-01');
    expect((await loadContractSettings(db)).vat2bFrom).toBe('2028-01-01');
    await expect(saveVat2bFrom(db, '2028-13-01')).rejects.toThrow('Stichtag § 2b UStG');
  });
});
