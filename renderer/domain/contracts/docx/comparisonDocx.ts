/**
 * A comparison of two versions as a Word document with real tracked changes: every
 * inserted word is a Word insertion (w:ins), every deleted word a deletion (w:del), with
 * author and date, so a legal department accepts or rejects them in Word as usual.
 * Sections follow the newer version; removed sections stand where they were, entirely
 * deleted; a moved section carries a note where it came from.
 */
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { BlockChange, Comparison, WordPart } from '../compare';
import { isDraftStatus, sectionNumber, type ContractStatus } from '../model';
import { NUMBERING, packDocument, PAGE, pageFooter, pageHeader, STYLES } from './layout';

export interface ComparisonDocxInput {
  title: string;
  status: ContractStatus;
  comparison: Comparison;
  /** e.g. „Version 2“ and „Version 3“. */
  beforeLabel: string;
  afterLabel: string;
  /** The author of the changes (of the newer version) and when they were made (ISO timestamp). */
  author: string;
  date: string;
}

/** Word wants a date without milliseconds. */
const wordDate = (iso: string) => `${new Date(iso).toISOString().slice(0, 19)}Z`;

function revisionRuns(
  parts: readonly WordPart[],
  meta: { author: string; date: string; nextId: () => number },
  style: { bold?: boolean } = {},
): ParagraphChild[] {
  return parts
    .filter((p) => p.text !== '')
    .map((p) => {
      if (p.type === 'same') return new TextRun({ text: p.text, ...style });
      const options = { id: meta.nextId(), author: meta.author, date: meta.date, text: p.text, ...style };
      return p.type === 'inserted' ? new InsertedTextRun(options) : new DeletedTextRun(options);
    });
}

function blockParagraph(block: BlockChange, meta: Parameters<typeof revisionRuns>[1]): Paragraph {
  const indent = block.kind === 'listItem' ? { left: 567 } : undefined;
  const prefix = block.kind === 'listItem' ? [new TextRun('– ')] : [];
  return new Paragraph({ indent, children: [...prefix, ...revisionRuns(block.parts, meta)] });
}

export function comparisonDocument(input: ComparisonDocxInput): Document {
  let id = 0;
  const meta = { author: input.author, date: wordDate(input.date), nextId: () => ++id };
  const { comparison } = input;
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: revisionRuns(comparison.title, meta) }),
    new Paragraph({
      children: [
        new TextRun({
          text: `Vergleich ${input.beforeLabel} → ${input.afterLabel}: ${comparison.counts.inserted} Einfügungen, ${comparison.counts.deleted} Löschungen; Abschnitte: ${comparison.counts.sectionsAdded} neu, ${comparison.counts.sectionsRemoved} entfernt, ${comparison.counts.sectionsMoved} verschoben.`,
          italics: true,
        }),
      ],
    }),
  ];
  for (const s of comparison.sections) {
    const index = s.newIndex ?? s.oldIndex ?? 0;
    const number = s.kind === 'removed' ? `${sectionNumber(index)} (bisher)` : sectionNumber(index);
    const numberRun =
      s.kind === 'removed'
        ? new DeletedTextRun({ id: meta.nextId(), author: meta.author, date: meta.date, text: `${number} ` })
        : s.kind === 'added'
          ? new InsertedTextRun({ id: meta.nextId(), author: meta.author, date: meta.date, text: `${number} ` })
          : new TextRun(`${number} `);
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [numberRun, ...revisionRuns(s.heading, meta)] }));
    if (s.kind === 'moved' && s.oldIndex !== null) {
      children.push(new Paragraph({ children: [new TextRun({ text: `Verschoben: bisher ${sectionNumber(s.oldIndex)}.`, italics: true })] }));
    }
    for (const block of s.blocks) children.push(blockParagraph(block, meta));
  }
  return new Document({
    creator: input.author,
    title: `Vergleich: ${input.title}`,
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: { page: PAGE },
        headers: {
          default: pageHeader({ left: input.title, right: `Vergleich ${input.beforeLabel} → ${input.afterLabel}`, draft: isDraftStatus(input.status) }),
        },
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
}

/** The comparison as a .docx file with tracked changes. */
export function comparisonDocx(input: ComparisonDocxInput): Promise<Uint8Array> {
  return packDocument(comparisonDocument(input));
}
