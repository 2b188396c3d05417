// The DOCX's named styles and list numbering: a clerk who edits the letter in
// Word finds Title, Heading 1–2, Body Text, List Paragraph and Table Text in
// the style gallery, and adding an item to a numbered list numbers it. The
// sizes and exact line heights are layout.ts's, as in the PDF.
import { AlignmentType, LevelFormat, LevelSuffix, LineRuleType, type INumberingOptions, type IStylesOptions } from "docx";
import { LIST_HANG, SPACE, TEXT, halfPoints, twips, type TextSize } from "./layout";

export const FONT = "Arial";
/** What LibreOffice sets for Arial when it is not installed: the same metrics (Arimo is its current version). */
export const FONT_FALLBACK = "Liberation Sans";

export const STYLE = {
  title: "Title",
  subtitle: "Subtitle",
  chapter: "Heading1",
  section: "Heading2",
  body: "BodyText",
  list: "ListParagraph",
  table: "TableText",
  tableHeading: "TableHeading",
  tableCompact: "TableTextCompact",
  tableHeadingCompact: "TableHeadingCompact",
  signature: "Signature",
  small: "SmallText",
  furniture: "Furniture",
  kopGov: "KopPemerintah",
  kopOrg: "KopInstansi",
  kopAddress: "KopAlamat",
} as const;

/**
 * Word and LibreOffice break lines greedily, word spaces never narrower than
 * the font's; react-pdf breaks them as Knuth and Plass do, shrinking word
 * spaces by up to a third to keep a paragraph a line shorter. Setting Word's
 * characters a tenth of a point closer (in twentieths of a point) gives the
 * same lines per paragraph in both (docs/decisions/0004).
 */
export const CONDENSE = -2;

export const exact = (t: TextSize | number) => ({ line: twips(typeof t === "number" ? t : t.line), lineRule: LineRuleType.EXACT });

const run = (t: TextSize, bold = false, condensed = false) => ({
  font: FONT,
  size: halfPoints(t.size),
  bold,
  ...(condensed ? { characterSpacing: CONDENSE } : {}),
});

function style(id: string, name: string, t: TextSize, paragraph: Record<string, unknown>, bold = false) {
  // Justified text is where react-pdf shrinks word spaces (CONDENSE): only there are Word's characters set closer.
  const justified = paragraph.alignment === AlignmentType.JUSTIFIED;
  return {
    id,
    name,
    basedOn: "Normal",
    next: id === STYLE.list ? STYLE.list : STYLE.body,
    quickFormat: true,
    run: run(t, bold, justified),
    paragraph: { spacing: { before: 0, after: 0, ...exact(t) }, ...paragraph },
  };
}

export const STYLES: IStylesOptions = {
  default: {
    document: {
      // Kerning on, as react-pdf kerns: the lines of both break at the same words.
      run: { font: FONT, size: halfPoints(TEXT.body.size), language: { value: "id-ID" }, kern: 2 },
      paragraph: { spacing: { before: 0, after: 0, ...exact(TEXT.body) } },
    },
  },
  paragraphStyles: [
    style(
      STYLE.title,
      "Title",
      TEXT.title,
      { alignment: AlignmentType.CENTER, spacing: { before: 0, after: twips(SPACE.heading), ...exact(TEXT.title) }, keepNext: true, keepLines: true },
      true,
    ),
    style(
      STYLE.subtitle,
      "Subtitle",
      TEXT.body,
      { alignment: AlignmentType.CENTER, spacing: { before: 0, after: twips(SPACE.heading), ...exact(TEXT.body) }, keepNext: true, keepLines: true },
      true,
    ),
    style(
      STYLE.chapter,
      "heading 1",
      TEXT.body,
      {
        alignment: AlignmentType.CENTER,
        spacing: { before: twips(SPACE.chapter), after: twips(SPACE.heading), ...exact(TEXT.body) },
        keepNext: true,
        keepLines: true,
        outlineLevel: 0,
      },
      true,
    ),
    style(
      STYLE.section,
      "heading 2",
      TEXT.body,
      {
        alignment: AlignmentType.LEFT,
        spacing: { before: twips(SPACE.section), after: twips(SPACE.heading), ...exact(TEXT.body) },
        keepNext: true,
        keepLines: true,
        outlineLevel: 1,
      },
      true,
    ),
    style(STYLE.body, "Body Text", TEXT.body, {
      alignment: AlignmentType.JUSTIFIED,
      spacing: { before: 0, after: twips(SPACE.paragraph), ...exact(TEXT.body) },
    }),
    style(STYLE.list, "List Paragraph", TEXT.body, {
      alignment: AlignmentType.JUSTIFIED,
      spacing: { before: 0, after: twips(SPACE.item), ...exact(TEXT.body) },
    }),
    style(STYLE.table, "Table Text", TEXT.table, { alignment: AlignmentType.LEFT }),
    style(STYLE.tableHeading, "Table Heading", TEXT.table, { alignment: AlignmentType.CENTER, keepNext: true }, true),
    style(STYLE.tableCompact, "Table Text Compact", TEXT.tableCompact, { alignment: AlignmentType.LEFT }),
    style(STYLE.tableHeadingCompact, "Table Heading Compact", TEXT.tableCompact, { alignment: AlignmentType.CENTER, keepNext: true }, true),
    style(STYLE.signature, "Signature", TEXT.body, { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true }),
    style(STYLE.small, "Small Text", TEXT.small, { alignment: AlignmentType.CENTER }),
    style(STYLE.furniture, "Header Footer Text", TEXT.furniture, { alignment: AlignmentType.CENTER }),
    style(STYLE.kopGov, "Kop Pemerintah", TEXT.letterheadGov, { alignment: AlignmentType.CENTER }, true),
    style(STYLE.kopOrg, "Kop Instansi", TEXT.letterheadOrg, { alignment: AlignmentType.CENTER }, true),
    style(STYLE.kopAddress, "Kop Alamat", TEXT.letterheadAddress, { alignment: AlignmentType.CENTER }),
  ],
};

export const LIST_REF = { number: "daftar-angka", letter: "daftar-huruf", bullet: "daftar-butir" } as const;

const LEVELS = 3;
function levels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (l: number) => string) {
  return Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    style: { paragraph: { indent: { left: twips(LIST_HANG * (level + 1)), hanging: twips(LIST_HANG) } } },
  }));
}

export const NUMBERING: INumberingOptions = {
  config: [
    { reference: LIST_REF.number, levels: levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`) },
    { reference: LIST_REF.letter, levels: levels(LevelFormat.LOWER_LETTER, (l) => `%${l + 1}.`) },
    { reference: LIST_REF.bullet, levels: levels(LevelFormat.BULLET, () => "•") },
  ],
};
