/**
 * What both Word documents share: A4 with German margins, styles, list numbering, the
 * header (title, version, „ENTWURF“ while not final) and the footer „Seite X von Y“.
 */
import {
  AlignmentType,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
  type Document,
  type ILevelsOptions,
  type IStylesOptions,
} from 'docx';

export const FONT = 'Arial';

export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font: FONT, size: 32, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } } },
    heading1: {
      run: { font: FONT, size: 24, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 160 }, keepNext: true },
    },
    heading2: { run: { font: FONT, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    heading3: {
      run: { font: FONT, size: 22, bold: true, italics: true, color: '000000' },
      paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
    },
  },
};

const levels = (ordered: boolean): ILevelsOptions[] =>
  Array.from({ length: 6 }, (_, level) => ({
    level,
    format: ordered ? [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3]! : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : ['•', '–', '◦'][level % 3]!,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 340 } } },
  }));

export const NUMBERING = {
  config: [
    { reference: 'contract-ol', levels: levels(true) },
    { reference: 'contract-ul', levels: levels(false) },
  ],
};

/** Page A4, margins 2.5 cm left/right, 2 cm top/bottom (twips). */
export const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1417, right: 1417, header: 567, footer: 567 } };

export function pageHeader(lines: { left: string; right: string; draft: boolean }): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: 'right', position: 9072 }],
        children: [
          new TextRun({ text: lines.left, size: 16 }),
          new TextRun({ children: [new Tab(), lines.right], size: 16 }),
          ...(lines.draft ? [new TextRun({ text: ' · ENTWURF', size: 16, bold: true })] : []),
        ],
      }),
    ],
  });
}

export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 16, children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The finished file as bytes (Node and browser alike); the screen saves it through the platform bridge. */
export async function packDocument(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
