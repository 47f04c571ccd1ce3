/**
 * Benchmark (prints figures, never fails on timing): contract drafts of 50 pages
 * (about 3.000 characters a page, with lists and a shares table of 11 parties × 10 years).
 * Targets (issue 9): comparing two versions < 200 ms; DOCX export < 2 s. The comparison's
 * Word export with tracked changes is shown as well.
 */
import { performance } from 'node:perf_hooks';
import { compareVersions } from '../../renderer/domain/contracts/compare';
import { comparisonDocx, contractDocx } from '../../renderer/domain/contracts/docx';
import { sharesTableHtml } from '../../renderer/domain/contracts/placeholders';
import { BUILT_IN_TEMPLATES } from '../../renderer/domain/contracts/templates';
import type { ContractSection } from '../../renderer/domain/contracts/model';
import { verdict } from './verdict';

const PAGES = 50;
const CHARS_PER_PAGE = 3000;

// Sentences of the built-in templates, so the words are real German contract text.
const sentences = BUILT_IN_TEMPLATES.flatMap((t) => t.sections.flatMap((s) => s.html.replace(/<[^>]+>/g, ' ').split(/(?<=\.)\s+/)))
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 40);

let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
const paragraph = () => `<p>${Array.from({ length: 4 }, () => pick(sentences)).join(' ')}</p>`;

const years = Array.from({ length: 10 }, (_, i) => 2027 + i);
const table = sharesTableHtml(
  {
    years,
    parties: Array.from({ length: 11 }, (_, p) => {
      const byYear = years.map((_, i) => 1_000_000 + p * 12_345 + i * 678);
      return {
        partyId: `p${p}`,
        ist: [],
        koop: [],
        savings: [],
        totalSavings: 0,
        kapitalwert: 0,
        jointShare: byYear.reduce((a, b) => a + b, 0),
        jointShareByYear: byYear,
      };
    }),
  },
  (id) => `Stadt Beispiel ${id}`,
)!;

function contract(): ContractSection[] {
  const sections: ContractSection[] = [];
  let chars = 0;
  for (let i = 0; chars < PAGES * CHARS_PER_PAGE; i++) {
    const body = [
      paragraph(),
      paragraph(),
      `<ol><li><p>${pick(sentences)}</p></li><li><p>${pick(sentences)}</p></li></ol>`,
      paragraph(),
      i % 8 === 3 ? table : '',
      paragraph(),
    ].join('');
    chars += body.replace(/<[^>]+>/g, '').length;
    sections.push({ id: `s${i}`, heading: `Abschnitt ${i + 1}`, html: body, comment: i % 5 === 0 ? 'Rechtsamt prüfen' : '', role: null });
  }
  return sections;
}

const before = contract();
// The next version: a word changed in every third section, one section moved, one removed, one added.
const after = before.map((s, i) =>
  i % 3 === 0 ? { ...s, html: s.html.replace('Beteiligten', 'Vertragsparteien').replace('</p>', ' Ergänzt nach Abstimmung mit dem Rechtsamt.</p>') } : s,
);
after.splice(5, 1);
after.splice(2, 0, after.splice(10, 1)[0]!);
after.push({ id: 'neu', heading: 'Neuer Abschnitt', html: paragraph(), comment: '', role: null });

const totalChars = before.reduce((s, x) => s + x.html.replace(/<[^>]+>/g, '').length, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (n=${xs.length})`;

async function time(n: number, work: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await work();
    out.push(performance.now() - t0);
  }
  return out;
}

const a = { title: 'Vereinbarung', sections: before };
const b = { title: 'Vereinbarung', sections: after };
const firstCompare = await time(1, () => compareVersions(a, b));
const compare = await time(10, () => compareVersions(a, b));
const comparison = compareVersions(a, b);
const firstDocx = await time(1, () => contractDocx({ title: 'Vereinbarung', status: 'entwurf', versionLabel: 'Version 1', sections: before }));
const docx = await time(5, () => contractDocx({ title: 'Vereinbarung', status: 'entwurf', versionLabel: 'Version 1', sections: before }));
const bytes = await contractDocx({ title: 'Vereinbarung', status: 'entwurf', versionLabel: 'Version 1', sections: before });
const cmpDocx = await time(5, () =>
  comparisonDocx({
    title: 'Vereinbarung',
    status: 'entwurf',
    comparison,
    beforeLabel: 'Version 1',
    afterLabel: 'Version 2',
    author: 'Bench',
    date: '2027-03-01T10:00:00Z',
  }),
);

console.log(
  `\nVertragsentwürfe: ${before.length} Abschnitte, ${totalChars.toLocaleString('de-DE')} Zeichen (≈ ${Math.round(totalChars / CHARS_PER_PAGE)} Seiten) (Node ${process.version})`,
);
console.log(
  `  Vergleich zweier Versionen             : erster Lauf ${firstCompare[0]!.toFixed(1)} ms; ${fmt(compare)}   ${verdict('Median', median(compare), 200)}`,
);
console.log(
  `    (${comparison.counts.inserted} Einfügungen, ${comparison.counts.deleted} Löschungen, ${comparison.counts.sectionsMoved} verschoben, ${comparison.counts.sectionsAdded} neu, ${comparison.counts.sectionsRemoved} entfernt)`,
);
console.log(
  `  DOCX-Export                            : erster Lauf ${firstDocx[0]!.toFixed(0)} ms; ${fmt(docx)}   ${verdict('Median', median(docx), 2000)}  (${(bytes.length / 1024).toFixed(0)} KB)`,
);
console.log(`  DOCX-Vergleich mit Änderungsverfolgung : ${fmt(cmpDocx)}   ${verdict('Median', median(cmpDocx), 2000)}`);
