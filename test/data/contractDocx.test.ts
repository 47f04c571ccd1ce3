import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createDraft, saveVersion, updateSection, addSection, removeSection, contractWithVersions } from '../../renderer/data/repositories/contracts';
import { compareVersions } from '../../renderer/domain/contracts/compare';
import { comparisonDocx, contractDocx } from '../../renderer/domain/contracts/docx';
import { partyTitle, placeholderValues } from '../../renderer/domain/contracts/placeholders';
import { builtInTemplate } from '../../renderer/domain/contracts/templates';
import { formatEuroCents } from '../../renderer/domain/money';
import { seededContexts } from './contractContexts';
import { freshDb } from './helpers';

async function xmlOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const file = async (pattern: RegExp) => {
    const names = Object.keys(zip.files).filter((n) => pattern.test(n));
    return (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('\n');
  };
  return { document: await file(/^word\/document\.xml$/), headers: await file(/^word\/header\d*\.xml$/), footers: await file(/^word\/footer\d*\.xml$/) };
}

/** The visible text of each paragraph (w:t runs joined), inserted and deleted text included. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => t[1]).join(''),
  );

async function payrollDraft() {
  const contexts = await seededContexts();
  const payroll = contexts.find((c) => c.title.startsWith('Einkaufsgemeinschaft Personalabrechnung'))!;
  const db = await freshDb();
  const contract = await createDraft(db, {
    template: builtInTemplate('builtin:einkaufsgemeinschaft')!,
    proposalId: null,
    values: placeholderValues(payroll.context),
  });
  return { db, contract, payroll };
}

describe('Word export of a contract draft', () => {
  it('has the title, § headings from the section order, the shares table with the engine’s figures and a repeated header row, ENTWURF and page numbers; no comments', async () => {
    const { db, contract, payroll } = await payrollDraft();
    await updateSection(db, contract.id, contract.sections[0]!.id, {
      html: `${contract.sections[0]!.html}<ul><li><p>Punkt <strong>fett</strong> und <em>kursiv</em></p></li></ul>`,
    });
    const stored = (await contractWithVersions(db, contract.id))!.contract;
    const withComment = { ...stored, sections: stored.sections.map((s, i) => (i === 1 ? { ...s, comment: 'GEHEIM Rechtsamt prüfen' } : s)) };
    const bytes = await contractDocx({ title: stored.title, status: stored.status, versionLabel: 'Version 1 vom 26.11.2026', sections: withComment.sections });
    const { document, headers, footers } = await xmlOf(bytes);
    const texts = paragraphs(document);
    expect(texts[0]).toBe(stored.title);
    expect(texts).toEqual(expect.arrayContaining(stored.sections.map((s, i) => `§ ${i + 1} ${s.heading}`)));
    expect(texts).toContain('§ 1 Gegenstand');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).not.toContain('GEHEIM');
    expect(document).toMatch(/<w:b\/>[\s\S]*?<w:t xml:space="preserve">fett<\/w:t>/);
    expect(document).toMatch(/<w:numPr>/);
    // The shares table: the report's figures, formatted the same way.
    expect(document).toContain('<w:tblHeader/>');
    for (const p of payroll.calculation.parties) {
      const name = partyTitle(payroll.context.parties.find((x) => x.id === p.partyId)!);
      expect(texts).toContain(name);
      expect(texts).toContain(formatEuroCents(p.jointShare));
    }
    expect(headers).toContain('ENTWURF');
    expect(headers).toContain('Version 1 vom 26.11.2026');
    expect(footers).toMatch(/Seite [\s\S]*PAGE[\s\S]* von [\s\S]*NUMPAGES/);
    // No „undefined“ or „null“ anywhere in the file's text.
    expect(texts.join('\n')).not.toMatch(/undefined|null|NaN/);
  });

  it('drops ENTWURF once signed', async () => {
    const { contract } = await payrollDraft();
    const { headers } = await xmlOf(
      await contractDocx({ title: contract.title, status: 'unterzeichnet', versionLabel: 'Version 4', sections: contract.sections }),
    );
    expect(headers).not.toContain('ENTWURF');
  });
});

describe('Word export of a comparison', () => {
  it('writes insertions and deletions as Word revisions with author and date', async () => {
    const { db, contract } = await payrollDraft();
    await saveVersion(db, contract.id, 'Erster Entwurf');
    const first = contract.sections[0]!;
    await updateSection(db, contract.id, first.id, {
      html: first.html.replace('Die Beteiligten beschaffen gemeinsam', 'Die Beteiligten beschaffen künftig gemeinsam'),
    });
    await addSection(db, contract.id, { heading: 'Salvatorische Klausel', html: '<p>Neuer Text.</p>' });
    await removeSection(db, contract.id, contract.sections[5]!.id);
    await saveVersion(db, contract.id, 'Nach Rechtsamt');
    const [v1, v2] = (await contractWithVersions(db, contract.id))!.versions;
    const comparison = compareVersions(v1!, v2!);
    const bytes = await comparisonDocx({
      title: v2!.title,
      status: v2!.status,
      comparison,
      beforeLabel: 'Version 1',
      afterLabel: 'Version 2',
      author: 'Frau Beispiel',
      date: '2027-03-01T10:15:30.123Z',
    });
    const { document, headers } = await xmlOf(bytes);
    expect(document).toMatch(
      /<w:ins w:id="\d+" w:author="Frau Beispiel" w:date="2027-03-01T10:15:30Z">\s*<w:r>[\s\S]*?<w:t xml:space="preserve">künftig <\/w:t>/,
    );
    expect(document).toContain('<w:ins');
    expect(document).toContain('<w:del');
    expect(document).toMatch(/<w:delText xml:space="preserve">[^<]*Haftung/);
    expect(document).toMatch(/<w:ins [^>]*>\s*<w:r>[\s\S]*?Salvatorische Klausel/);
    expect(headers).toContain('Vergleich Version 1 → Version 2');
    const ids = [...document.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
