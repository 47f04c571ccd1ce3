/**
 * A contract as a Word document: title, one heading per section „§ n Überschrift“ (the
 * number from the order), paragraphs with bold/italic/underline, lists, tables (the
 * shares table with its header row repeated on every page), a header with title,
 * version and „ENTWURF“ until signed, and page numbers. Section comments are internal
 * and never read here.
 */
import { AlignmentType, Document, HeadingLevel, HighlightColor, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { isDraftStatus, sectionNumber, type ContractSection, type ContractStatus } from '../model';
import { parseSectionHtml, runsText, type Block, type Run } from '../html';
import { NUMBERING, packDocument, PAGE, pageFooter, pageHeader, STYLES } from './layout';

export interface ContractDocxInput {
  title: string;
  status: ContractStatus;
  /** e.g. „Version 3 vom 26.11.2026“ or „Arbeitsstand vom 26.11.2026“. */
  versionLabel: string;
  sections: readonly Pick<ContractSection, 'heading' | 'html'>[];
  /** Document properties. */
  author?: string;
}

const TEXT_WIDTH = 9072;
const MONEY = /^-?[\d.]+,\d{2}\s?€$/;

export function textRuns(runs: readonly Run[], size?: number): ParagraphChild[] {
  return runs.map((r) =>
    r.break
      ? new TextRun({ text: '', break: 1 })
      : new TextRun({
          text: r.text,
          bold: r.bold,
          italics: r.italic,
          underline: r.underline ? {} : undefined,
          strike: r.strike,
          size,
          highlight: r.missing ? HighlightColor.YELLOW : undefined,
        }),
  );
}

function tableOf(block: Extract<Block, { type: 'table' }>): Table {
  const columns = Math.max(1, ...block.rows.map((r) => r.cells.length));
  const size = columns > 8 ? 14 : columns > 5 ? 16 : undefined;
  const firstIsHeader = block.rows[0]?.header ?? false;
  // The first column holds the party names: wider than the amounts (twips of the 16 cm text width).
  const first = columns > 1 ? Math.min(2400, Math.round(TEXT_WIDTH / columns) * 2) : TEXT_WIDTH;
  const rest = columns > 1 ? Math.floor((TEXT_WIDTH - first) / (columns - 1)) : 0;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [first, ...Array.from({ length: columns - 1 }, () => rest)],
    rows: block.rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: i === 0 && firstIsHeader,
          cantSplit: true,
          children: Array.from({ length: columns }, (_, c) => {
            const runs = row.cells[c] ?? [];
            const numeric = MONEY.test(runsText(runs).trim());
            return new TableCell({
              children: [
                new Paragraph({
                  alignment: numeric || (row.header && c > 0) ? AlignmentType.RIGHT : AlignmentType.LEFT,
                  spacing: { after: 0 },
                  children: textRuns(row.header ? runs.map((r) => ({ ...r, bold: true })) : runs, size),
                }),
              ],
            });
          }),
        }),
    ),
  });
}

/** Paragraphs and tables of one section body. */
export function blocksToDocx(html: string, listBase = 0): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of parseSectionHtml(html)) {
    if (block.type === 'table') {
      out.push(tableOf(block), new Paragraph({ spacing: { after: 120 }, children: [] }));
    } else if (block.type === 'heading') {
      out.push(new Paragraph({ heading: block.level <= 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: textRuns(block.runs) }));
    } else if (block.type === 'listItem') {
      out.push(
        new Paragraph({
          numbering: { reference: block.ordered ? 'contract-ol' : 'contract-ul', level: Math.min(block.level, 5), instance: listBase + block.list + 1 },
          children: textRuns(block.runs),
        }),
      );
    } else {
      out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: textRuns(block.runs) }));
    }
  }
  return out;
}

export function sectionHeading(index: number, heading: string): Paragraph {
  const text = heading.trim() ? `${sectionNumber(index)} ${heading.trim()}` : sectionNumber(index);
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
}

export function contractDocument(input: ContractDocxInput): Document {
  // List numbering restarts per list: instances are unique across the whole document.
  const body = input.sections.flatMap((s, i) => [sectionHeading(i, s.heading), ...blocksToDocx(s.html, i * 1000)]);
  return new Document({
    creator: input.author ?? 'IKZ-Planer',
    title: input.title,
    description: input.versionLabel,
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: { page: PAGE },
        headers: { default: pageHeader({ left: input.title, right: input.versionLabel, draft: isDraftStatus(input.status) }) },
        footers: { default: pageFooter() },
        children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(input.title)] }), ...body],
      },
    ],
  });
}

/** The contract as a .docx file. */
export function contractDocx(input: ContractDocxInput): Promise<Uint8Array> {
  return packDocument(contractDocument(input));
}
